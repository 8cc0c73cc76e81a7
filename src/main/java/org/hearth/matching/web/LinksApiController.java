package org.hearth.matching.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hearth.access.CurrentUser;
import org.hearth.children.ChildId;
import org.hearth.children.JourneyRuleBroken;
import org.hearth.matching.HouseholdId;
import org.hearth.matching.HouseholdShown;
import org.hearth.matching.LinkCloseReason;
import org.hearth.matching.LinkDetails;
import org.hearth.matching.LinkId;
import org.hearth.matching.LinkRuleBroken;
import org.hearth.matching.LinkStep;
import org.hearth.matching.LinkStepType;
import org.hearth.matching.Links;
import org.hearth.matching.SearchId;
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

/**
 * Links over the API, through the same access policy as the pages: the searching agency's staff work on
 * them, the child's borough's staff read them, only the borough's decision maker records the match
 * decision. A household is a profile without names, address or contact details until the policy allows
 * it to be identified.
 */
@RestController
@RequestMapping("/api/v1/links")
@PreAuthorize("hasAuthority('CASE_READ')")
@Tag(name = "Links", description = "From the shortlist to the placement")
class LinksApiController {

	private final Links links;

	LinksApiController(Links links) {
		this.links = links;
	}

	record NewLink(List<UUID> childIds, UUID householdId, UUID searchId) {
	}

	record NewStep(String step, LocalDate date, String outcome, String details) {
	}

	record Closing(String reason, LocalDate date, String sharedWithHousehold, String internalNote) {
	}

	record Child(String id, String name) {
	}

	record Household(String view, String id, String agency, String origin, List<HouseholdShown.ProfileLine> profile,
			List<String> applicantNames, String reference) {
	}

	record Step(String step, String label, LocalDate date, String outcome, String note, String recordedBy) {
	}

	record Closure(LocalDate date, String reason, String sharedWithHousehold, String internalNote) {
	}

	record PlacementJson(String kind, LocalDate placementDate, String agency, long feePence, String fee,
			String feeBasis, boolean feeUnconfirmed) {
	}

	record LinkJson(String id, List<Child> children, String borough, String boroughName, String searchId,
			String status, String currentStep, long daysOpen, boolean openTooLong, List<String> nextSteps,
			Household household, List<Step> steps, Closure closure, PlacementJson placement) {
	}

	@GetMapping
	@Operation(summary = "The open links the caller may see: the agency's own, or those of the borough's children")
	List<LinkJson> list(CurrentUser user) {
		return links.openLinks(user).stream().map(LinksApiController::json).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One link with its dated steps; the household as a profile or identified, as the caller may see it")
	LinkJson one(CurrentUser user, @PathVariable LinkId id) {
		return json(links.view(user, id));
	}

	@PostMapping
	@PreAuthorize("hasAuthority('CASE_WRITE')")
	@Operation(summary = "Shortlist a household for a child, or for children to be placed together")
	ResponseEntity<LinkJson> shortlist(CurrentUser user, @RequestBody NewLink body) {
		var link = links.shortlist(user, body.searchId() == null ? null : new SearchId(body.searchId()),
				body.childIds() == null ? List.of() : body.childIds().stream().map(ChildId::new).toList(),
				body.householdId() == null ? null : new HouseholdId(body.householdId()));
		return ResponseEntity.created(URI.create("/api/v1/links/" + link.id())).body(json(links.view(user, link.id())));
	}

	@PostMapping("/{id}/steps")
	@PreAuthorize("hasAuthority('CASE_WRITE')")
	@Operation(summary = "Record the next step (VISIT, LINKED, CHILD_APPRECIATION_DAY, PROPOSED_MATCH, MATCHING_PANEL,"
			+ " MATCH_DECISION, INTRODUCTIONS, PLACED) with its date; outcome is FAMILY_FINDER or HOUSEHOLD for a link,"
			+ " RECOMMENDED, NOT_RECOMMENDED or DEFERRED for a panel, AGREED or NOT_AGREED for the decision")
	ResponseEntity<LinkJson> step(CurrentUser user, @PathVariable LinkId id, @RequestBody NewStep body) {
		links.checkMayRecordSteps(user, id);
		LinkStepType type;
		try {
			type = LinkStepType.valueOf(body.step() == null ? "" : body.step());
		}
		catch (IllegalArgumentException e) {
			throw new LinkRuleBroken("step", "Give the step: one of VISIT, LINKED, CHILD_APPRECIATION_DAY, PROPOSED_MATCH,"
					+ " MATCHING_PANEL, MATCH_DECISION, INTRODUCTIONS, PLACED");
		}
		links.recordStep(user, id, type, body.date(), body.outcome(), body.details());
		return ResponseEntity.status(HttpStatus.CREATED).body(json(links.view(user, id)));
	}

	@PostMapping("/{id}/close")
	@PreAuthorize("hasAuthority('CASE_WRITE')")
	@Operation(summary = "Close the link with a reason, words that can be shared with the household and a note")
	LinkJson close(CurrentUser user, @PathVariable LinkId id, @RequestBody Closing body) {
		links.checkMayWork(user, id);
		LinkCloseReason reason;
		try {
			reason = LinkCloseReason.valueOf(body.reason() == null ? "" : body.reason());
		}
		catch (IllegalArgumentException e) {
			throw new LinkRuleBroken("reason", "Give the reason: one of " + java.util.Arrays.toString(LinkCloseReason.values()));
		}
		links.close(user, id, body.date(), reason, body.sharedWithHousehold(), body.internalNote());
		return json(links.view(user, id));
	}

	@ExceptionHandler(LinkRuleBroken.class)
	ProblemDetail ruleBroken(LinkRuleBroken e) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
		problem.setProperty("field", e.field());
		return problem;
	}

	@ExceptionHandler(JourneyRuleBroken.class)
	ProblemDetail journeyRuleBroken(JourneyRuleBroken e) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.join(" ", e.messages()));
		problem.setTitle("The child's journey refuses this step");
		problem.setProperty("errors", e.messages());
		return problem;
	}

	private static LinkJson json(LinkDetails d) {
		var link = d.link();
		var h = d.household();
		var household = new Household(h.view().name(), h.id().toString(), h.agencyName(), h.origin().name(), h.profile(),
				h.applicantNames(), h.reference());
		var steps = link.steps().stream().map(LinksApiController::step).toList();
		var closure = link.closure().map(c -> new Closure(c.date(), c.reason().name(), c.sharedWithHousehold(),
				d.mayWork() ? c.internalNote() : null)).orElse(null);
		var placement = link.placement().map(p -> new PlacementJson(p.kind().name(), p.placementDate(), p.agency().name(),
				p.feeDue().amount().pence(), p.feeDue().amount().toString(), p.feeDue().basis(), p.feeDue().unconfirmed()))
			.orElse(null);
		return new LinkJson(link.id().toString(),
				d.children().stream().map(c -> new Child(c.id().toString(), c.name())).toList(), link.boroughCode(),
				d.boroughName(), link.search().map(Object::toString).orElse(null), link.status().name(),
				link.currentStep().name(), d.daysOpen(), d.openTooLong(),
				link.nextSteps().stream().map(Enum::name).toList(), household, steps, closure, placement);
	}

	private static Step step(LinkStep s) {
		return new Step(s.type().name(), s.type().label(), s.date(), s.outcome(), s.note(), s.recordedBy());
	}
}
