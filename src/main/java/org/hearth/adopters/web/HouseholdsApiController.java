package org.hearth.adopters.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hearth.access.Affiliation;
import org.hearth.access.Capability;
import org.hearth.access.CurrentUser;
import org.hearth.adopters.AdopterWorkload;
import org.hearth.adopters.Deadline;
import org.hearth.adopters.Household;
import org.hearth.adopters.HouseholdRuleBroken;
import org.hearth.adopters.Households;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Adopter households over the API, through the same access policy as the pages: the caller's own
 * agency only, another agency's household answers 404. Special category data (ethnicity, religion,
 * sexuality, disability) is not in these answers.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Adopters")
class HouseholdsApiController {

	private final Households households;

	private final AdopterWorkload workload;

	private final WorkloadReport report;

	HouseholdsApiController(Households households, AdopterWorkload workload, WorkloadReport report) {
		this.households = households;
		this.workload = workload;
		this.report = report;
	}

	record HouseholdSummary(UUID id, String reference, String name, String stage, String namedWorker,
			LocalDate enquiryOn, List<String> overdue) {
	}

	record Person(UUID id, String name, LocalDate dateOfBirth, String role) {
	}

	record Check(UUID id, String kind, UUID personId, String referee, boolean refereeRelated, LocalDate requestedOn,
			LocalDate returnedOn, String outcome, LocalDate expiresOn, boolean expired) {
	}

	record HouseholdDetail(UUID id, String reference, String name, String email, String phone, String boroughCode,
			String stage, String familyType, String namedWorker, Household.Journey journey, List<Person> people,
			List<Deadline> deadlines) {
	}

	@GetMapping("/households")
	@Operation(summary = "The households of the caller's agency, with their stage and what is overdue")
	List<HouseholdSummary> list(CurrentUser user) {
		var today = households.today();
		return households.ofMyAgency(user).stream()
			.map(h -> new HouseholdSummary(h.id(), h.reference(), h.contactName(), h.stage().name(), h.namedWorker(),
					h.journey().enquiryOn, h.overdueOn(today, households.calendar(), households.rules()).stream()
						.map(Deadline::what).toList()))
			.toList();
	}

	@GetMapping("/households/{id}")
	@Operation(summary = "One household: its people, the dates of its journey and its target dates")
	HouseholdDetail one(CurrentUser user, @PathVariable UUID id) {
		var h = households.view(user, id);
		var people = new java.util.ArrayList<Person>();
		h.applicants().forEach(a -> people.add(new Person(a.id(), a.name(), a.dateOfBirth(), "APPLICANT")));
		h.members().forEach(m -> people.add(new Person(m.id(), m.name(), m.dateOfBirth(), m.relationship().name())));
		var journey = h.journey();
		journey.stage1ExtensionReason = journey.stage1ExtensionReason == null ? null : "(recorded)";
		journey.stage2ExtensionReason = journey.stage2ExtensionReason == null ? null : "(recorded)";
		return new HouseholdDetail(h.id(), h.reference(), h.contactName(), h.email(), h.phone(), h.boroughCode(),
				h.stage().name(), h.familyType().orElse(null), h.namedWorker(), journey, people,
				h.deadlines(households.calendar(), households.rules()));
	}

	@GetMapping("/households/{id}/checks")
	@Operation(summary = "A household's statutory checks and references")
	List<Check> checks(CurrentUser user, @PathVariable UUID id) {
		var h = households.view(user, id);
		var today = households.today();
		return h.checks().stream()
			.map(c -> new Check(c.id(), c.kind().name(), c.personId(), c.referee(), c.refereeRelated(), c.requestedOn(),
					c.returnedOn(), c.outcome() == null ? null : c.outcome().name(), c.expiresOn(), c.expiredOn(today)))
			.toList();
	}

	@GetMapping("/adopters/workload")
	@Operation(summary = "The agency's adopter workload at the end of each of the last 12 months")
	List<AdopterWorkload.Month> workload(CurrentUser user) {
		if (!user.can(Capability.AGGREGATES_READ) || user.role().affiliation() != Affiliation.AGENCY
				|| user.agencyId() == null) {
			throw new AccessDeniedException("Your role does not allow this");
		}
		return workload.byMonth(user.agencyId(), households.today(), 12);
	}

	@GetMapping("/adopters/workload/tables")
	@Operation(summary = "Every table of the workload page: households by month, conversion, time per stage, applicants beside the children waiting")
	WorkloadTables workloadTables(CurrentUser user) {
		return report.of(user);
	}

	@ExceptionHandler(HouseholdRuleBroken.class)
	ProblemDetail ruleBroken(HouseholdRuleBroken e) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
		problem.setProperty("reasons", e.reasons());
		return problem;
	}
}
