package org.hearth.reporting;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;

import org.hearth.access.AccessPolicy;
import org.hearth.access.Affiliation;
import org.hearth.access.Capability;
import org.hearth.access.CurrentUser;
import org.hearth.access.RecordNotFound;
import org.hearth.audit.AuditLog;
import org.hearth.audit.AuditRecord;
import org.hearth.children.Adoptions;
import org.hearth.organisation.AgencyId;
import org.hearth.organisation.LocalAuthority;
import org.hearth.organisation.OnsCode;
import org.hearth.organisation.OrganisationDirectory;
import org.hearth.reporting.internal.ThresholdStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The adoption scorecard use cases. Figures for whoever may read aggregates, within the access
 * policy's scorecard scope; the children behind them only for staff who may see every child of the
 * scope, and then recorded in the audit trail as a view.
 */
@Service
@Transactional
public class Scorecards {

	static final List<Measure> MEASURES = List.of(new DaysFromCareToMovingIn(), new DaysFromAuthorityToMatch(),
			new MovedInWithinFourteenMonths(), new DaysFromCareAdjustedForFosterCarers());

	private final AccessPolicy policy;

	private final Adoptions adoptions;

	private final OrganisationDirectory organisation;

	private final ThresholdStore thresholds;

	private final AuditLog audit;

	Scorecards(AccessPolicy policy, Adoptions adoptions, OrganisationDirectory organisation, ThresholdStore thresholds,
			AuditLog audit) {
		this.policy = policy;
		this.adoptions = adoptions;
		this.organisation = organisation;
		this.thresholds = thresholds;
		this.audit = audit;
	}

	/**
	 * The scorecard for a borough, an agency, or (with neither) the user's whole scope: their agency, or
	 * the hub for hub roles. A borough or agency outside the user's scope answers as if it did not exist.
	 */
	public Scorecard scorecard(CurrentUser user, ScorecardRequest request) {
		var scorecard = compute(user, request);
		audit.record(AuditRecord.viewed(auditScope(user, scorecard), scorecard.recordsShown() ? "children" : "scorecard", null,
				"Adoption scorecard viewed for " + scorecard.scope().name() + ", " + scorecard.period().inWords()
						+ (scorecard.recordsShown() ? ": " + scorecard.childrenAdopted() + " children listed"
								: ": figures only")));
		return scorecard;
	}

	/**
	 * Records that the user downloaded the scorecard. With the children behind it (for staff who may
	 * see them and whose role may download records) the download is of personal data and needs a
	 * reason, which is recorded; anyone else downloads the figures only.
	 */
	public Scorecard export(CurrentUser user, ScorecardRequest request, String reason) {
		var scorecard = compute(user, request);
		if (scorecard.recordsShown() && policy.mayExportChildren(user)) {
			if (reason == null || reason.isBlank()) {
				throw new ScorecardRequestRefused("reason",
						"Enter why you are downloading the scorecard: it lists children by their case reference");
			}
			audit.record(AuditRecord.exported(auditScope(user, scorecard), "children", null, "Adoption scorecard downloaded as CSV for "
					+ scorecard.scope().name() + ", " + scorecard.period().inWords() + ": " + scorecard.childrenAdopted()
					+ " children", reason.strip()));
			return scorecard;
		}
		audit.record(AuditRecord.exported(auditScope(user, scorecard), "scorecard", null, "Adoption scorecard figures downloaded as CSV for "
				+ scorecard.scope().name() + ", " + scorecard.period().inWords(), null));
		return scorecard.withoutRecords();
	}

	/** Whose audit row a scorecard's view or download is: its borough, its agency, or the user's own. */
	private org.hearth.audit.AuditScope auditScope(CurrentUser user, Scorecard scorecard) {
		return switch (scorecard.scope().kind()) {
			case BOROUGH -> org.hearth.audit.AuditScope.borough(scorecard.scope().code());
			case AGENCY -> org.hearth.audit.AuditScope.agency(scorecard.scope().code());
			case HUB -> policy.auditScopeOf(user);
		};
	}

	/** Whether the user's download of this scorecard would list the children (and so needs a reason). */
	public boolean exportListsChildren(CurrentUser user, Scorecard scorecard) {
		return scorecard.recordsShown() && policy.mayExportChildren(user);
	}

	/**
	 * The scopes the user may choose: their whole scope first, then each agency wholly within it, then
	 * each borough.
	 */
	@Transactional(readOnly = true)
	public List<ScopeChoice> scopeChoices(CurrentUser user) {
		policy.require(user, Capability.AGGREGATES_READ);
		var allowed = policy.scorecardScope(user);
		var choices = new java.util.ArrayList<ScopeChoice>();
		boolean hub = user.role().affiliation() == Affiliation.HUB;
		choices.add(new ScopeChoice("", hub ? "The whole hub" : "All your boroughs"));
		for (var agency : organisation.agencies()) {
			var boroughs = organisation.localAuthoritiesOf(agency.id());
			if (hub && !boroughs.isEmpty()
					&& boroughs.stream().allMatch(la -> allowed.includes(la.code().toString()))) {
				choices.add(new ScopeChoice("agency:" + agency.id(), agency.name()));
			}
		}
		organisation.localAuthorities()
			.stream()
			.filter(la -> allowed.includes(la.code().toString()))
			.sorted(java.util.Comparator.comparing(LocalAuthority::name))
			.forEach(la -> choices.add(new ScopeChoice("borough:" + la.code(), la.name())));
		return choices;
	}

	private Scorecard compute(CurrentUser user, ScorecardRequest request) {
		policy.require(user, Capability.AGGREGATES_READ);
		var period = new ReportingPeriod(request.from(), request.to());
		var scope = scopeOf(user, request);
		var adopted = adoptions.adoptedBetween(user, scope.boroughs(), period.from(), period.to());
		String nobody = "No child of " + scope.name() + " had an adoption order from " + period.inWords()
				+ ", so there is no one to count";
		var records = policy.childRecordScope(user);
		boolean recordsShown = !scope.boroughs().isEmpty() && scope.boroughs().stream().allMatch(records::includes);
		var results = MEASURES.stream()
			.map(measure -> measure.over(adopted, nobody))
			.map(result -> recordsShown ? result : result.withoutRecords())
			.toList();
		var applying = new EnumMap<MeasureCode, Threshold>(MeasureCode.class);
		results.forEach(result -> thresholds.applying(result.code(), period, result.value())
			.ifPresent(threshold -> applying.put(result.code(), threshold)));
		return new Scorecard(period, scope, adopted.size(), recordsShown, results, applying);
	}

	private ScorecardScope scopeOf(CurrentUser user, ScorecardRequest request) {
		var allowed = policy.scorecardScope(user);
		boolean borough = request.borough() != null && !request.borough().isBlank();
		boolean agency = request.agency() != null && !request.agency().isBlank();
		if (borough && agency) {
			throw new ScorecardRequestRefused("agency", "Give a borough or an agency, not both");
		}
		if (borough) {
			var code = onsCode(request.borough());
			var authority = organisation.localAuthority(code).filter(la -> allowed.includes(la.code().toString()))
				.orElseThrow(() -> new RecordNotFound("Borough"));
			return new ScorecardScope(ScorecardScope.Kind.BOROUGH, code.toString(), authority.name(),
					java.util.Set.of(code.toString()));
		}
		if (agency) {
			return agencyScope(agencyId(request.agency()), allowed);
		}
		if (user.role().affiliation() == Affiliation.HUB) {
			String hub = organisation.agencies().stream().map(a -> a.hubName()).findFirst().orElse("The hub");
			return new ScorecardScope(ScorecardScope.Kind.HUB, null, hub, allowed.onsCodes());
		}
		if (user.agencyId() != null) {
			return agencyScope(agencyId(user.agencyId()), allowed);
		}
		var own = Optional.ofNullable(user.boroughCode()).flatMap(code -> organisation.localAuthority(new OnsCode(code)))
			.orElseThrow(() -> new RecordNotFound("Borough"));
		return new ScorecardScope(ScorecardScope.Kind.BOROUGH, own.code().toString(), own.name(),
				java.util.Set.of(own.code().toString()));
	}

	private ScorecardScope agencyScope(AgencyId id, org.hearth.access.BoroughScope allowed) {
		var found = organisation.agency(id).orElseThrow(() -> new RecordNotFound("Agency"));
		var boroughs = organisation.localAuthoritiesOf(id).stream().map(LocalAuthority::code).map(Object::toString)
			.collect(java.util.stream.Collectors.toSet());
		if (boroughs.isEmpty() || !boroughs.stream().allMatch(allowed::includes)) {
			throw new RecordNotFound("Agency");
		}
		return new ScorecardScope(ScorecardScope.Kind.AGENCY, id.toString(), found.name(), boroughs);
	}

	private static OnsCode onsCode(String value) {
		try {
			return new OnsCode(value);
		}
		catch (IllegalArgumentException e) {
			throw new ScorecardRequestRefused("borough", "The borough must be an ONS code like E09000016: a capital E or W and 8 digits");
		}
	}

	private static AgencyId agencyId(String value) {
		try {
			return new AgencyId(value);
		}
		catch (IllegalArgumentException e) {
			throw new ScorecardRequestRefused("agency",
					"The agency must be an agency's identifier, such as adopt-london-east: 2 to 40 lower-case letters, digits and hyphens");
		}
	}

	/**
	 * Reads a date parameter written as YYYY-MM-DD, naming the parameter when it is not one.
	 */
	public static LocalDate date(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (java.time.format.DateTimeParseException e) {
			throw new ScorecardRequestRefused(field, "The " + field + " date must be a real date written as YYYY-MM-DD, such as 2026-03-31");
		}
	}
}
