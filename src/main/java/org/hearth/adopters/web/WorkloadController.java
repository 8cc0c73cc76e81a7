package org.hearth.adopters.web;

import org.hearth.access.AccessPolicy;
import org.hearth.access.Affiliation;
import org.hearth.access.CurrentUser;
import org.hearth.adopters.AdopterWorkload;
import org.hearth.adopters.Households;
import org.hearth.audit.AuditLog;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The agency's adopter workload: figures only, for managers, analysts and the head of service. */
@Controller
@PreAuthorize("hasAuthority('AGGREGATES_READ')")
class WorkloadController {

	private final AdopterWorkload workload;

	private final Households households;

	WorkloadController(AdopterWorkload workload, Households households) {
		this.workload = workload;
		this.households = households;
	}

	@GetMapping("/households/workload")
	String workload(CurrentUser user, Model model) {
		if (user.role().affiliation() != Affiliation.AGENCY || user.agencyId() == null) {
			throw new AccessDeniedException("Your role does not allow this");
		}
		var today = households.today();
		var yearAgo = today.minusYears(1).plusDays(1);
		model.addAttribute("months", workload.byMonth(user.agencyId(), today, 12));
		model.addAttribute("rows", AdopterWorkload.Row.values());
		model.addAttribute("conversion", workload.conversion(user.agencyId(), today.minusYears(2).plusDays(1), today));
		model.addAttribute("stageTimes", workload.stageTimes(user.agencyId(), yearAgo, today));
		model.addAttribute("characteristics", workload.characteristics(user.agencyId(), today));
		model.addAttribute("yearFrom", yearAgo);
		model.addAttribute("today", today);
		return "adopters/workload";
	}
}
