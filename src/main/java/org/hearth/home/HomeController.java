package org.hearth.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

import org.hearth.access.AccessPolicy;
import org.hearth.access.CurrentUser;
import org.hearth.calendar.BankHolidayList;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page of each role: what they can do now, and what comes later. */
@Controller
class HomeController {

	private final BankHolidayList bankHolidays;

	private final AccessPolicy policy;

	private final Clock clock;

	HomeController(BankHolidayList bankHolidays, AccessPolicy policy, Clock clock) {
		this.bankHolidays = bankHolidays;
		this.policy = policy;
		this.clock = clock;
	}

	@GetMapping("/")
	String home(CurrentUser user, Model model) {
		if (policy.mayMaintainOrganisation(user)) {
			model.addAttribute("calendarWarning", bankHolidays.warningOn(LocalDate.now(clock)));
		}
		var features = Arrays.stream(Feature.values()).filter(f -> f.isFor(user)).toList();
		model.addAttribute("user", user);
		model.addAttribute("available", features.stream().filter(Feature::available).toList());
		model.addAttribute("later", features.stream().filter(f -> !f.available()).toList());
		return "home/home";
	}

	@GetMapping("/accessibility")
	String accessibility() {
		return "home/accessibility";
	}
}
