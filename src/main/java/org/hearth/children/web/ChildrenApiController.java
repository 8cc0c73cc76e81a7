package org.hearth.children.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hearth.access.CurrentUser;
import org.hearth.children.Birth;
import org.hearth.children.Child;
import org.hearth.children.ChildDetails;
import org.hearth.children.ChildId;
import org.hearth.children.ChildRuleBroken;
import org.hearth.children.Children;
import org.hearth.children.DisabilityCode;
import org.hearth.children.Disabilities;
import org.hearth.children.EarlyPermanence;
import org.hearth.children.EthnicityCode;
import org.hearth.children.JourneyEvent;
import org.hearth.children.JourneyEventType;
import org.hearth.children.JourneyRuleBroken;
import org.hearth.children.ReasonAdoptionNoLongerThePlan;
import org.hearth.children.Sex;
import org.hearth.children.SiblingPlan;
import org.hearth.children.Tracker;
import org.hearth.children.TrackerFilter;
import org.hearth.children.TrackerRow;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The children's tracker as JSON, through the same access policy and audit as the pages. */
@RestController
@RequestMapping("/api/v1/children")
@PreAuthorize("hasAuthority('CASE_READ')")
@Tag(name = "Children", description = "The regional permanence tracker")
class ChildrenApiController {

	private final Children children;

	private final Tracker tracker;

	ChildrenApiController(Children children, Tracker tracker) {
		this.children = children;
		this.tracker = tracker;
	}

	record Summary(String id, String caseReference, String name, String borough, LocalDate dateOfBirth, boolean born,
			String stage, String stageLabel, String familyFindingWorker, List<String> harderToPlace,
			Long daysSinceShouldBePlacedDecision, Long daysSincePlacementOrder, List<String> alerts) {

		static Summary of(TrackerRow row) {
			return new Summary(row.id().toString(), row.caseReference(), row.name(), row.boroughCode(), row.birthDate(),
					row.born(), row.stage().name(), row.stage().label(), row.familyFindingWorker(),
					row.harderToPlace().stream().map(Enum::name).sorted().toList(), row.daysSinceDecision(),
					row.daysSincePlacementOrder(), row.alerts());
		}
	}

	record Event(String id, String type, String label, LocalDate date, String reason, String note, String recordedBy,
			String corrects, String correctionReason, boolean withdrawal, boolean effective) {
	}

	record Detail(Summary summary, String prospectiveAdoptiveName, String sex, String ethnicity, String religion,
			String firstLanguages, List<String> disabilities, String boroughSocialWorker, String siblingGroup,
			Integer siblingsToBePlacedWith, String earlyPermanence, List<Event> journey) {
	}

	record NewChild(String borough, String caseReference, String firstNames, String lastName,
			String prospectiveAdoptiveName, LocalDate dateOfBirth, Boolean unborn, String sex, String ethnicity,
			String religion, String firstLanguages, List<String> disabilities, String healthAndNeeds,
			String boroughSocialWorker, String boroughTeamManager, String familyFindingWorker, String siblingGroup,
			Integer siblingsToBePlacedWith, String earlyPermanence) {
	}

	record NewEvent(String type, LocalDate date, String reason, String note) {
	}

	@GetMapping
	@Operation(summary = "The children the caller may see, with their derived stage; filter by borough, stage, worker, characteristic")
	List<Summary> list(CurrentUser user, @org.springdoc.core.annotations.ParameterObject TrackerFilter filter) {
		return tracker.rows(children.tracker(user, "Tracker read through the API"), filter).stream().map(Summary::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One child's record and journey")
	Detail read(CurrentUser user, @PathVariable ChildId id) {
		return detail(user, children.view(user, id));
	}

	@PostMapping
	@PreAuthorize("hasAuthority('CASE_WRITE')")
	@Operation(summary = "Add a child to the tracker")
	ResponseEntity<Detail> create(CurrentUser user, @RequestBody NewChild body) {
		var birthDate = required(body.dateOfBirth(), "Give dateOfBirth (the expected date if unborn)");
		var details = new ChildDetails(body.caseReference(), body.firstNames(), body.lastName(),
				body.prospectiveAdoptiveName(),
				Boolean.TRUE.equals(body.unborn()) ? Birth.expectedOn(birthDate) : Birth.on(birthDate),
				body.sex() == null ? null : Sex.of(body.sex()),
				body.ethnicity() == null ? null : EthnicityCode.of(body.ethnicity()), body.religion(),
				body.firstLanguages(),
				body.disabilities() == null ? null
						: Disabilities.of(body.disabilities().stream().map(DisabilityCode::of).toList()),
				body.healthAndNeeds(), body.boroughSocialWorker(), body.boroughTeamManager(), body.familyFindingWorker(),
				body.siblingGroup(),
				body.siblingsToBePlacedWith() == null ? SiblingPlan.notDecided()
						: body.siblingsToBePlacedWith() == 0 ? SiblingPlan.placedAlone()
								: SiblingPlan.togetherWith(body.siblingsToBePlacedWith()),
				null, body.earlyPermanence() == null ? null : EarlyPermanence.valueOf(body.earlyPermanence()), null);
		if (body.borough() == null) {
			throw new IllegalArgumentException("Give the borough's ONS code");
		}
		var child = children.register(user, body.borough(), details);
		return ResponseEntity.created(URI.create("/api/v1/children/" + child.id())).body(detail(user, child));
	}

	@PostMapping("/{id}/events")
	@PreAuthorize("hasAuthority('CASE_WRITE')")
	@Operation(summary = "Record an event of the child's journey; a wrong order is refused with a message naming both dates")
	ResponseEntity<Detail> record(CurrentUser user, @PathVariable ChildId id, @RequestBody NewEvent body) {
		children.checkMayChange(user, id);
		if (body.type() == null || body.date() == null) {
			throw new IllegalArgumentException("Give the event's type and date");
		}
		var type = JourneyEventType.valueOf(body.type());
		var event = type.takesReason()
				? JourneyEvent.adoptionNoLongerThePlan(body.date(), ReasonAdoptionNoLongerThePlan.of(body.reason()))
				: JourneyEvent.of(type, body.date());
		children.record(user, id, event, body.note());
		return ResponseEntity.status(HttpStatus.CREATED).body(detail(user, children.view(user, id)));
	}

	@ExceptionHandler(JourneyRuleBroken.class)
	ProblemDetail journeyRuleBroken(JourneyRuleBroken e) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, String.join(" ", e.messages()));
		problem.setTitle("The journey's dates are not in order");
		problem.setProperty("errors", e.messages());
		return problem;
	}

	@ExceptionHandler(ChildRuleBroken.class)
	ProblemDetail childRuleBroken(ChildRuleBroken e) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
		problem.setProperty("field", e.field());
		return problem;
	}

	private Detail detail(CurrentUser user, Child child) {
		var d = child.details();
		boolean adoptionStaff = children.mayKnowProspectiveAdoptiveName(user);
		var journey = child.journey().timeline().stream().map(t -> new Event(t.entry().id().value().toString(),
				t.entry().type().name(), t.entry().type().label(), t.entry().date(),
				t.entry().reason().map(ReasonAdoptionNoLongerThePlan::code).orElse(null), t.entry().note().orElse(null),
				t.entry().recordedBy(), t.entry().corrects().map(c -> c.value().toString()).orElse(null),
				t.entry().correctionReason().orElse(null), t.entry().isWithdrawal(), t.isEffective())).toList();
		return new Detail(Summary.of(tracker.rowOf(child)), adoptionStaff ? d.prospectiveAdoptiveName() : null,
				d.sex().code(), d.ethnicity().code(), d.religion(), d.firstLanguages(),
				d.disabilities().codes().stream().map(DisabilityCode::code).sorted().toList(), d.boroughSocialWorker(),
				d.siblingGroup(), d.siblingPlan().decided() ? d.siblingPlan().siblingsToBePlacedWith() : null,
				d.earlyPermanence().name(), journey);
	}

	private static <T> T required(T value, String message) {
		if (value == null) {
			throw new IllegalArgumentException(message);
		}
		return value;
	}
}
