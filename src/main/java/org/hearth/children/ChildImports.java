package org.hearth.children;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.hearth.access.AccessPolicy;
import org.hearth.access.Capability;
import org.hearth.access.CurrentUser;
import org.hearth.audit.AuditLog;
import org.hearth.audit.AuditRecord;
import org.hearth.audit.AuditScope;
import org.hearth.children.internal.ChildStore;
import org.hearth.children.internal.DisplayDate;
import org.hearth.children.internal.JourneyEvents;
import org.hearth.organisation.LocalAuthority;
import org.hearth.organisation.OrganisationDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a borough's own tracker: one row per child. {@link #check} finds every problem, by row and
 * column, and changes nothing; {@link #apply} imports all rows in one transaction or, when any row has
 * a problem, none. A row adds a child who is not in the tracker yet (by borough and case reference);
 * for a child who is, it adds only the journey events the child does not have (same event, same date)
 * and changes only the details that differ. An empty cell never erases what the tracker holds. So
 * importing the same file again changes nothing.
 */
@Service
@Transactional
public class ChildImports {

	static final String IMPORT_SUBJECT = "child-import";

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Pattern CODE_SEPARATORS = Pattern.compile("[\\s;,]+");

	private static final int PROGRESS_EVERY = 25;

	private final ChildStore store;

	private final AccessPolicy policy;

	private final OrganisationDirectory organisation;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ChildImports(ChildStore store, AccessPolicy policy, OrganisationDirectory organisation, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.policy = policy;
		this.organisation = organisation;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Checks every row, changing nothing. */
	@Transactional(readOnly = true)
	public ImportCheck check(CurrentUser user, List<ImportedChild> rows) {
		return check(user, rows, ImportProgress.NONE);
	}

	/** Checks every row, changing nothing, and says after every few rows how far it has got. */
	@Transactional(readOnly = true)
	public ImportCheck check(CurrentUser user, List<ImportedChild> rows, ImportProgress progress) {
		return plan(user, rows, progress).check();
	}

	/**
	 * Imports every row, or none.
	 *
	 * @throws ImportRefused when any row has a problem; nothing is saved
	 */
	public ImportResult apply(CurrentUser user, List<ImportedChild> rows) {
		return apply(user, rows, null, ImportProgress.NONE);
	}

	/**
	 * Imports every row, or none, saying how far it has got: the rows are checked again (the first
	 * half of the steps) and then saved (the second half).
	 *
	 * @param reference names the import in the audit trail, such as the id of the uploaded file
	 * @throws ImportRefused when any row has a problem; nothing is saved
	 */
	public ImportResult apply(CurrentUser user, List<ImportedChild> rows, String reference, ImportProgress progress) {
		int total = rows.size() * 2;
		var plan = plan(user, rows, (done, all) -> progress.done(done, total));
		var check = plan.check();
		if (!check.ok()) {
			throw new ImportRefused(check);
		}
		var now = clock.instant();
		var auditRecords = new ArrayList<AuditRecord>();
		int created = 0;
		int updated = 0;
		int unchanged = 0;
		int done = rows.size();
		for (var outcome : plan.outcomes()) {
			var child = outcome.child();
			switch (outcome.kind()) {
				case NEW -> {
					store.add(child, now);
					created++;
					auditRecords.add(AuditRecord.created(AuditScope.borough(child.boroughCode()), Children.SUBJECT, child.id().toString(),
							"Child added to the tracker by import (row " + outcome.row() + ")",
							auditText(child) + entriesText(outcome.added())));
				}
				case CHANGED -> {
					store.update(child);
					updated++;
					auditRecords.add(AuditRecord.changed(AuditScope.borough(child.boroughCode()), Children.SUBJECT, child.id().toString(),
							"Child's record changed by import (row " + outcome.row() + ")"
									+ (outcome.detailsChanged() ? ": details changed" : "")
									+ (outcome.added().isEmpty() ? "" : (outcome.detailsChanged() ? "," : ":") + " "
											+ outcome.added().size() + " journey events added"),
							outcome.before(), auditText(child) + entriesText(outcome.added())));
				}
				case UNCHANGED -> unchanged++;
			}
			child.journey().domainEvents().forEach(events::publishEvent);
			child.journey().clearDomainEvents();
			if (++done % PROGRESS_EVERY == 0) {
				progress.done(done, total);
			}
		}
		auditRecords.forEach(record -> audit.recordFor(user.username(), record));
		audit.recordFor(user.username(), AuditRecord.created(policy.auditScopeOf(user), IMPORT_SUBJECT, reference,
				"Borough tracker imported: " + rows.size() + " rows, " + created + " new, " + updated + " changed, "
						+ unchanged + " unchanged",
				null));
		progress.done(total, total);
		return new ImportResult(created, updated, unchanged);
	}

	private enum Kind {
		NEW, CHANGED, UNCHANGED
	}

	/** What a row would do: the child as it would be saved, and the journey entries it adds. */
	private record Outcome(int row, Kind kind, Child child, boolean detailsChanged, List<JourneyEntry> added,
			String before) {
	}

	private record Plan(List<ImportError> errors, List<Outcome> outcomes) {

		ImportCheck check() {
			if (!errors.isEmpty()) {
				return ImportCheck.failed(errors);
			}
			return new ImportCheck(errors, count(Kind.NEW), count(Kind.CHANGED), count(Kind.UNCHANGED));
		}

		private int count(Kind kind) {
			return (int) outcomes.stream().filter(o -> o.kind() == kind).count();
		}
	}

	private record Key(String borough, String caseReference) {
	}

	private Plan plan(CurrentUser user, List<ImportedChild> rows, ImportProgress progress) {
		policy.require(user, Capability.CASE_WRITE);
		var scope = policy.childRecordScope(user);
		if (scope.isEmpty()) {
			throw new AccessDeniedException("Your role does not allow this");
		}
		var boroughs = boroughsByCodeAndName();
		var wanted = rows.stream()
			.map(row -> boroughs.get(normalised(row.borough())))
			.filter(la -> la != null && scope.includes(la.code().value()))
			.map(la -> la.code().value())
			.collect(Collectors.toSet());
		Map<Key, Child> existing = store.inBoroughs(wanted)
			.stream()
			.collect(Collectors.toMap(c -> new Key(c.boroughCode(), c.details().caseReference()), Function.identity(),
					(a, b) -> a));
		var errors = new ArrayList<ImportError>();
		var outcomes = new ArrayList<Outcome>();
		var seen = new HashMap<Key, Integer>();
		int done = 0;
		for (var row : rows) {
			var rowErrors = new ArrayList<ImportError>();
			var outcome = planRow(user, row, boroughs, scope::includes, existing, seen, rowErrors);
			if (rowErrors.isEmpty() && outcome != null) {
				outcomes.add(outcome);
			}
			errors.addAll(rowErrors);
			if (++done % PROGRESS_EVERY == 0 || done == rows.size()) {
				progress.done(done, rows.size());
			}
		}
		return new Plan(errors, outcomes);
	}

	private Outcome planRow(CurrentUser user, ImportedChild row, Map<String, LocalAuthority> boroughs,
			java.util.function.Predicate<String> inScope, Map<Key, Child> existing, Map<Key, Integer> seen,
			List<ImportError> errors) {
		var cells = new Cells(row.row(), errors);
		String borough = null;
		if (blank(row.borough())) {
			cells.error(ImportedChild.BOROUGH, "Enter the borough: its ONS code (such as E09000016) or its name");
		}
		else {
			var la = boroughs.get(normalised(row.borough()));
			if (la == null) {
				cells.error(ImportedChild.BOROUGH, "\"" + row.borough().strip()
						+ "\" is not a borough Hearth knows: use its ONS code (such as E09000016) or its name");
			}
			else if (!inScope.test(la.code().value())) {
				cells.error(ImportedChild.BOROUGH,
						la.name() + " is not one of your boroughs: you can only import children of the boroughs you work for");
			}
			else {
				borough = la.code().value();
			}
		}
		String caseReference = cells.required(ImportedChild.CASE_REFERENCE, row.caseReference(),
				"Enter the borough's case reference", 40);
		String firstNames = cells.required(ImportedChild.FIRST_NAMES, row.firstNames(), "Enter the child's first names",
				200);
		String lastName = cells.required(ImportedChild.LAST_NAME, row.lastName(), "Enter the child's last name", 200);
		Optional<Boolean> unborn = cells.yesNo(ImportedChild.UNBORN, row.unborn());
		LocalDate birthDate = null;
		if (blank(row.dateOfBirth())) {
			cells.error(ImportedChild.DATE_OF_BIRTH,
					"Enter the child's date of birth, or the expected date for an unborn baby");
		}
		else {
			birthDate = cells.date(ImportedChild.DATE_OF_BIRTH, row.dateOfBirth());
		}
		var sex = cells.parsed(ImportedChild.SEX, row.sex(), Sex::of);
		var ethnicity = cells.parsed(ImportedChild.ETHNICITY, row.ethnicity(), EthnicityCode::of);
		var religion = cells.optional(ImportedChild.RELIGION, row.religion(), 100);
		var firstLanguages = cells.optional(ImportedChild.FIRST_LANGUAGES, row.firstLanguages(), 200);
		var disabilities = cells.parsed(ImportedChild.DISABILITIES, row.disabilities(),
				text -> Disabilities.of(Arrays.stream(CODE_SEPARATORS.split(text.strip()))
					.filter(code -> !code.isEmpty())
					.map(DisabilityCode::of)
					.toList()));
		var boroughSocialWorker = cells.optional(ImportedChild.BOROUGH_SOCIAL_WORKER, row.boroughSocialWorker(), 200);
		var familyFindingWorker = cells.optional(ImportedChild.FAMILY_FINDING_WORKER, row.familyFindingWorker(), 100);
		var siblingGroup = cells.optional(ImportedChild.SIBLING_GROUP, row.siblingGroup(), 40);
		var siblingPlan = cells.parsed(ImportedChild.SIBLINGS_PLACED_TOGETHER_WITH, row.siblingsPlacedTogetherWith(),
				ChildImports::siblingPlan);
		var journeyEvents = events(row, cells);

		if (borough == null || caseReference == null || birthDate == null) {
			return null;
		}
		var key = new Key(borough, caseReference);
		var earlier = seen.putIfAbsent(key, row.row());
		if (earlier != null) {
			cells.error(ImportedChild.CASE_REFERENCE, "Row " + earlier
					+ " already has this case reference for this borough: give each child one row only");
			return null;
		}
		var child = existing.get(key);
		boolean born = !unborn.orElse(child == null ? false : !child.details().birth().born());
		var birth = new Birth(birthDate, born);
		if (born && birthDate.isAfter(LocalDate.now(clock))) {
			cells.error(ImportedChild.DATE_OF_BIRTH, "The date of birth (" + DisplayDate.of(birthDate)
					+ ") cannot be in the future: for an unborn baby, write yes in the unborn column");
		}
		var journey = child == null ? Journey.start(ChildId.newId(), birth) : child.journey();
		String before = child == null ? null : auditText(child);
		if (child != null && !birth.equals(journey.birth())) {
			try {
				journey.changeBirth(birth, clock);
			}
			catch (JourneyRuleBroken e) {
				e.messages().forEach(message -> cells.error(ImportedChild.DATE_OF_BIRTH, message));
			}
		}
		var added = record(user, row, journey, journeyEvents, cells);
		if (!errors.isEmpty()) {
			return null;
		}
		if (child == null) {
			var details = new ChildDetails(caseReference, firstNames, lastName, null, birth, sex.orElse(null),
					ethnicity.orElse(null), religion.orElse(null), firstLanguages.orElse(null),
					disabilities.orElse(null), null, boroughSocialWorker.orElse(null), null,
					familyFindingWorker.orElse(null), siblingGroup.orElse(null), siblingPlan.orElse(null), null,
					null, null);
			var created = new Child(journey.child(), borough, details, journey, LifeStoryWork.notStarted());
			return new Outcome(row.row(), Kind.NEW, created, true, added, null);
		}
		var d = child.details();
		var details = new ChildDetails(caseReference, firstNames, lastName, d.prospectiveAdoptiveName(), birth,
				sex.orElse(d.sex()), ethnicity.orElse(d.ethnicity()), religion.orElse(d.religion()),
				firstLanguages.orElse(d.firstLanguages()), disabilities.orElse(d.disabilities()), d.healthAndNeeds(),
				boroughSocialWorker.orElse(d.boroughSocialWorker()), d.boroughTeamManager(),
				familyFindingWorker.orElse(d.familyFindingWorker()), siblingGroup.orElse(d.siblingGroup()),
				siblingPlan.orElse(d.siblingPlan()), d.siblingPlanReason(), d.earlyPermanence(),
				d.earlyPermanenceOutcome());
		boolean detailsChanged = !details.equals(d);
		if (detailsChanged) {
			child.describe(details, clock);
		}
		var kind = detailsChanged || !added.isEmpty() ? Kind.CHANGED : Kind.UNCHANGED;
		return new Outcome(row.row(), kind, child, detailsChanged, added, before);
	}

	/** The row's dated events, each with its column; a problem with a date is reported against its column. */
	private record Dated(String column, JourneyEvent event) {
	}

	private static List<Dated> events(ImportedChild row, Cells cells) {
		var dated = new ArrayList<Dated>();
		Optional<ReasonAdoptionNoLongerThePlan> reason = cells.parsed(ImportedChild.NO_LONGER_THE_PLAN_REASON,
				row.noLongerThePlanReason(), ReasonAdoptionNoLongerThePlan::of);
		boolean noLongerThePlan = false;
		for (var event : row.events()) {
			if (blank(event.date())) {
				continue;
			}
			var date = cells.date(event.column(), event.date());
			if (date == null) {
				continue;
			}
			if (event.type() == JourneyEventType.ADOPTION_NO_LONGER_THE_PLAN) {
				noLongerThePlan = true;
				if (reason.isEmpty()) {
					if (blank(row.noLongerThePlanReason())) {
						cells.error(ImportedChild.NO_LONGER_THE_PLAN_REASON,
								"Give the reason adoption is no longer the plan: RD1, RD2, RD3 or RD4");
					}
					continue;
				}
				dated.add(new Dated(event.column(), JourneyEvent.adoptionNoLongerThePlan(date, reason.get())));
			}
			else {
				dated.add(new Dated(event.column(), JourneyEvent.of(event.type(), date)));
			}
		}
		if (reason.isPresent() && !noLongerThePlan) {
			cells.error(ImportedChild.NO_LONGER_THE_PLAN_REASON,
					"A reason is given but no date: give the date adoption stopped being the plan, or leave the reason empty");
		}
		dated.sort(Comparator.comparing(Dated::event, JourneyEvents.JOURNEY_ORDER));
		return dated;
	}

	/**
	 * Records the events the journey does not have yet, in journey order, so each rule is checked as
	 * the journey builds up. A broken rule is reported against the column of the event its message
	 * starts with, else against the event being recorded.
	 */
	private List<JourneyEntry> record(CurrentUser user, ImportedChild row, Journey journey, List<Dated> dated,
			Cells cells) {
		Set<String> had = new HashSet<>();
		journey.effectiveEvents().forEach(event -> had.add(event.type() + "@" + event.date()));
		var added = new ArrayList<JourneyEntry>();
		for (var candidate : dated) {
			var event = candidate.event();
			if (had.contains(event.type() + "@" + event.date())) {
				continue;
			}
			try {
				added.add(journey.record(event, "Imported from the borough's tracker", user.username(), clock));
			}
			catch (JourneyRuleBroken e) {
				for (String message : e.messages()) {
					cells.error(columnOf(message, dated).orElse(candidate.column()), message);
				}
			}
		}
		return added;
	}

	private static Optional<String> columnOf(String message, List<Dated> dated) {
		return dated.stream()
			.filter(d -> message.startsWith(
					d.event().type().atSentenceStart() + " (" + DisplayDate.of(d.event().date()) + ")"))
			.map(Dated::column)
			.findFirst();
	}

	private static SiblingPlan siblingPlan(String text) {
		int siblings;
		try {
			siblings = Integer.parseInt(text.strip());
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException("\"" + text.strip()
					+ "\" is not a number: give how many siblings the child is to be placed with, 0 for placed alone");
		}
		if (siblings < 0) {
			throw new IllegalArgumentException("The number of siblings cannot be negative: use 0 for placed alone");
		}
		return siblings == 0 ? SiblingPlan.placedAlone() : SiblingPlan.togetherWith(siblings);
	}

	private Map<String, LocalAuthority> boroughsByCodeAndName() {
		var byKey = new HashMap<String, LocalAuthority>();
		for (var la : organisation.localAuthorities()) {
			byKey.put(normalised(la.code().value()), la);
			byKey.put(normalised(la.name()), la);
		}
		return byKey;
	}

	private static String normalised(String text) {
		return text == null ? "" : text.strip().replaceAll("\\s+", " ").replace("&", "and").toLowerCase(Locale.UK);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	static LocalDate parseDate(String text) {
		String value = text.strip();
		for (var format : List.of(ISO, UK)) {
			try {
				return LocalDate.parse(value, format);
			}
			catch (DateTimeParseException notThisFormat) {
				// try the next one
			}
		}
		throw new IllegalArgumentException("\"" + value + "\" is not a date: write it as 2025-03-31 or 31/03/2025");
	}

	/** The cells of one row, read one by one; each problem is kept against its column. */
	private static final class Cells {

		private final int row;

		private final List<ImportError> errors;

		Cells(int row, List<ImportError> errors) {
			this.row = row;
			this.errors = errors;
		}

		void error(String column, String message) {
			errors.add(new ImportError(row, column, message));
		}

		String required(String column, String text, String whenEmpty, int maxLength) {
			if (blank(text)) {
				error(column, whenEmpty);
				return null;
			}
			return optional(column, text, maxLength).orElse(null);
		}

		Optional<String> optional(String column, String text, int maxLength) {
			if (blank(text)) {
				return Optional.empty();
			}
			String value = text.strip();
			if (value.length() > maxLength) {
				error(column, "This must be " + maxLength + " characters or fewer; it has " + value.length());
				return Optional.empty();
			}
			return Optional.of(value);
		}

		<T> Optional<T> parsed(String column, String text, Function<String, T> reader) {
			if (blank(text)) {
				return Optional.empty();
			}
			try {
				return Optional.of(reader.apply(text.strip()));
			}
			catch (IllegalArgumentException e) {
				error(column, e.getMessage());
				return Optional.empty();
			}
		}

		LocalDate date(String column, String text) {
			return parsed(column, text, ChildImports::parseDate).orElse(null);
		}

		Optional<Boolean> yesNo(String column, String text) {
			return parsed(column, text, value -> switch (value.toLowerCase(Locale.UK)) {
				case "yes", "y", "true" -> true;
				case "no", "n", "false" -> false;
				default -> throw new IllegalArgumentException("\"" + value + "\" is not yes or no");
			});
		}
	}

	/** The record as text for the audit trail: identifying details, never special category data. */
	private static String auditText(Child child) {
		var d = child.details();
		return "{borough=" + child.boroughCode() + ", caseReference=" + d.caseReference() + ", name=" + d.name()
				+ ", birth=" + d.birth().date() + (d.birth().born() ? "" : " (expected)") + ", familyFindingWorker="
				+ d.familyFindingWorker() + ", boroughSocialWorker=" + d.boroughSocialWorker() + "}";
	}

	private static String entriesText(List<JourneyEntry> entries) {
		if (entries.isEmpty()) {
			return "";
		}
		return entries.stream()
			.map(e -> "{entry=" + e.id().value() + ", event=" + e.type() + ", date=" + e.date()
					+ e.reason().map(r -> ", reason=" + r.code()).orElse("") + "}")
			.collect(Collectors.joining(", ", " journey=[", "]"));
	}
}
