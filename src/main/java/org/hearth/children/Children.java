package org.hearth.children;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.hearth.access.AccessPolicy;
import org.hearth.access.CurrentUser;
import org.hearth.access.RecordNotFound;
import org.hearth.audit.AuditLog;
import org.hearth.audit.AuditRecord;
import org.hearth.audit.AuditScope;
import org.hearth.children.internal.ChildStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of the children's tracker. Every read goes through the access policy; every view,
 * change and export is audited; each new journey entry is published as {@link JourneyEntryRecorded}.
 */
@Service
@Transactional
public class Children {

	static final String SUBJECT = "child";

	private final ChildStore store;

	private final AccessPolicy policy;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Tracker tracker;

	Children(ChildStore store, AccessPolicy policy, AuditLog audit, ApplicationEventPublisher events, Clock clock,
			Tracker tracker) {
		this.store = store;
		this.policy = policy;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.tracker = tracker;
	}

	/** The children the user may see, for the tracker. The list itself is recorded as one view. */
	@Transactional(readOnly = false)
	public List<Child> tracker(CurrentUser user, String what) {
		policy.require(user, org.hearth.access.Capability.CASE_READ);
		var children = store.inBoroughs(policy.childRecordScope(user).onsCodes());
		audit.record(AuditRecord.viewed(policy.auditScopeOf(user), "children", null, what + ": " + children.size() + " children listed"));
		return children;
	}

	/**
	 * How many children wait for a family today in the boroughs whose figures the user may see, counted
	 * as the children waiting page counts them. Figures only, for roles that may read aggregates.
	 */
	@Transactional(readOnly = true)
	public ChildrenWaiting waitingFigures(CurrentUser user) {
		policy.require(user, org.hearth.access.Capability.AGGREGATES_READ);
		var waiting = store.inBoroughs(policy.figuresScope(user).onsCodes())
			.stream()
			.filter(child -> tracker.rowOf(child).waiting())
			.toList();
		return ChildrenWaiting.of(waiting, tracker.today());
	}

	/** One child's record, for someone who may see it; anyone else is told it does not exist. */
	public Child view(CurrentUser user, ChildId id) {
		var child = find(user, id);
		audit.record(AuditRecord.viewed(AuditScope.borough(child.boroughCode()), SUBJECT, id.toString(), "Child record viewed"));
		return child;
	}

	public Child register(CurrentUser user, String boroughCode, ChildDetails details) {
		policy.checkMayChangeChildOf(user, boroughCode, "Borough");
		if (store.byCaseReference(boroughCode, details.caseReference()).isPresent()) {
			throw new ChildRuleBroken("caseReference", "There is already a child with this case reference in the borough");
		}
		var id = ChildId.newId();
		details = withoutAdoptiveNameUnlessAllowed(user, boroughCode, id, details, null);
		var child = new Child(id, boroughCode, details, Journey.start(id, details.birth()), LifeStoryWork.notStarted());
		store.add(child, clock.instant());
		audit.record(AuditRecord.created(AuditScope.borough(boroughCode), SUBJECT, id.toString(), "Child added to the tracker", auditText(child)));
		return child;
	}

	public JourneyEntry record(CurrentUser user, ChildId id, JourneyEvent event, String note) {
		var child = findToChange(user, id);
		var entry = child.journey().record(event, note, user.username(), clock);
		save(child, "Journey event recorded: " + event.type().label(), null, entry);
		return entry;
	}

	public JourneyEntry correct(CurrentUser user, ChildId id, JourneyEntryId entryId, Optional<JourneyEvent> corrected,
			String reason) {
		var child = findToChange(user, id);
		var before = child.journey().entries().stream().filter(e -> e.id().equals(entryId)).findFirst()
			.orElseThrow(() -> new RecordNotFound("Journey entry"));
		var entry = corrected.isPresent()
				? child.journey().correct(entryId, corrected.get(), reason, user.username(), clock)
				: child.journey().withdraw(entryId, reason, user.username(), clock);
		save(child, (corrected.isPresent() ? "Journey entry corrected: " : "Journey entry withdrawn: ")
				+ before.type().label(), before, entry);
		return entry;
	}

	public Child describe(CurrentUser user, ChildId id, ChildDetails details) {
		var child = findToChange(user, id);
		String before = auditText(child);
		if (store.byCaseReference(child.boroughCode(), details.caseReference()).filter(other -> !other.equals(id)).isPresent()) {
			throw new ChildRuleBroken("caseReference", "There is already a child with this case reference in the borough");
		}
		details = withoutAdoptiveNameUnlessAllowed(user, child.boroughCode(), id, details, child.details().prospectiveAdoptiveName());
		child.describe(details, clock);
		store.update(child);
		audit.record(AuditRecord.changed(AuditScope.borough(child.boroughCode()), SUBJECT, id.toString(), "Child's details changed", before, auditText(child)));
		return child;
	}

	public Child recordLifeStory(CurrentUser user, ChildId id, LifeStoryWork work) {
		var child = findToChange(user, id);
		String before = child.storedLifeStory().toString();
		child.recordLifeStory(work);
		store.update(child);
		audit.record(AuditRecord.changed(AuditScope.borough(child.boroughCode()), SUBJECT, id.toString(), "Life story work recorded", before, work.toString()));
		return child;
	}

	/**
	 * Whether the user may read and write children's prospective adoptive names (the access policy
	 * decides); pages and API answers leave the name out for anyone else.
	 */
	public boolean mayKnowProspectiveAdoptiveName(CurrentUser user) {
		return policy.mayKnowProspectiveAdoptiveName(user);
	}

	/**
	 * The details as the user may write them: someone who may not know the prospective adoptive name
	 * cannot set or change it, so the stored name is kept; an attempt to write one is audited.
	 */
	private ChildDetails withoutAdoptiveNameUnlessAllowed(CurrentUser user, String boroughCode, ChildId id, ChildDetails details,
			String stored) {
		if (policy.mayKnowProspectiveAdoptiveName(user)) {
			return details;
		}
		if (details.prospectiveAdoptiveName() != null && !details.prospectiveAdoptiveName().equals(stored)) {
			audit.record(AuditRecord.changed(AuditScope.borough(boroughCode), SUBJECT, id.toString(),
					"Prospective adoptive name not written: only adoption staff may set it", null, null));
		}
		return details.withProspectiveAdoptiveName(stored);
	}

	/** Records that the user downloaded these children's records, and why. */
	public void exported(CurrentUser user, int count, String reason) {
		policy.checkMayExportChildrenOf(user);
		audit.record(AuditRecord.exported(policy.auditScopeOf(user), "children", null, "Tracker downloaded as CSV: " + count + " children", reason));
	}

	/** Passes if the user may change this child's record; otherwise 403, or 404 outside their boroughs. */
	@Transactional(readOnly = true)
	public void checkMayChange(CurrentUser user, ChildId id) {
		findToChange(user, id);
	}

	private Child find(CurrentUser user, ChildId id) {
		var child = store.byId(id).orElseThrow(() -> new RecordNotFound("Child"));
		refusalRecorded(child, () -> policy.checkMayReadChildOf(user, child.boroughCode(), "Child"));
		return child;
	}

	private Child findToChange(CurrentUser user, ChildId id) {
		var child = store.byId(id).orElseThrow(() -> new RecordNotFound("Child"));
		refusalRecorded(child, () -> policy.checkMayChangeChildOf(user, child.boroughCode(), "Child"));
		return child;
	}

	/** A refused attempt at a child's record is in the audit trail, for the child's borough to see. */
	private void refusalRecorded(Child child, Runnable check) {
		try {
			check.run();
		}
		catch (RecordNotFound | org.springframework.security.access.AccessDeniedException refused) {
			audit.recordRefusal(AuditRecord.refused(AuditScope.borough(child.boroughCode()), SUBJECT,
					child.id().toString(), "Child record refused: " + (refused instanceof RecordNotFound
							? "outside the user's boroughs" : "the user's role may not")));
			throw refused;
		}
	}

	private void save(Child child, String summary, JourneyEntry before, JourneyEntry after) {
		store.update(child);
		audit.record(AuditRecord.changed(AuditScope.borough(child.boroughCode()), SUBJECT, child.id().toString(), summary,
				before == null ? null : describe(before), describe(after)));
		child.journey().domainEvents().forEach(events::publishEvent);
		child.journey().clearDomainEvents();
	}

	private static String describe(JourneyEntry entry) {
		return "{entry=" + entry.id().value() + ", event=" + entry.type() + ", date=" + entry.date()
				+ entry.reason().map(r -> ", reason=" + r.code()).orElse("")
				+ entry.correction().map(c -> (c.withdrawal() ? ", withdraws=" : ", corrects=") + c.corrects().value()
						+ ", why=" + c.reason()).orElse("") + "}";
	}

	/** The record as text for the audit trail: identifying details, never special category data. */
	private static String auditText(Child child) {
		var d = child.details();
		return "{borough=" + child.boroughCode() + ", caseReference=" + d.caseReference() + ", name=" + d.name()
				+ ", birth=" + d.birth().date() + (d.birth().born() ? "" : " (expected)") + ", familyFindingWorker="
				+ d.familyFindingWorker() + ", boroughSocialWorker=" + d.boroughSocialWorker()
				+ ", prospectiveAdoptiveName=" + d.prospectiveAdoptiveName() + "}";
	}
}
