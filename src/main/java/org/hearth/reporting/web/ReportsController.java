package org.hearth.reporting.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.IntStream;

import org.hearth.access.CurrentUser;
import org.hearth.reporting.Scorecard;
import org.hearth.reporting.ScorecardRequestRefused;
import org.hearth.reporting.Scorecards;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/** The reports pages: the adoption scorecard for a chosen period and scope, and its CSV download. */
@Controller
@RequestMapping("/reports")
@PreAuthorize("hasAuthority('AGGREGATES_READ')")
class ReportsController {

	private final Scorecards scorecards;

	private final Clock clock;

	ReportsController(Scorecards scorecards, Clock clock) {
		this.scorecards = scorecards;
		this.clock = clock;
	}

	@GetMapping
	String reports() {
		return "redirect:/reports/scorecard";
	}

	@GetMapping("/scorecard")
	String scorecard(CurrentUser user, ScorecardPage page, Model model, HttpServletResponse response) {
		var today = LocalDate.now(clock);
		var chosen = page.withDefaults(today);
		model.addAttribute("page", chosen);
		choices(user, model, today);
		try {
			var scorecard = scorecards.scorecard(user, chosen.request(today));
			model.addAttribute("scorecard", scorecard);
			model.addAttribute("exportNeedsReason", scorecards.exportListsChildren(user, scorecard));
		}
		catch (ScorecardRequestRefused e) {
			refused(model, response, e);
		}
		return "reports/scorecard";
	}

	@PostMapping("/scorecard/export")
	String export(CurrentUser user, ScorecardPage page, @RequestParam(defaultValue = "") String reason, Model model,
			HttpServletResponse response) throws IOException {
		var today = LocalDate.now(clock);
		var chosen = page.withDefaults(today);
		Scorecard scorecard;
		try {
			scorecard = scorecards.export(user, chosen.request(today), reason);
		}
		catch (ScorecardRequestRefused e) {
			model.addAttribute("page", chosen);
			choices(user, model, today);
			if ("reason".equals(e.field())) {
				model.addAttribute("scorecard", scorecards.scorecard(user, chosen.request(today)));
				model.addAttribute("exportNeedsReason", true);
			}
			refused(model, response, e);
			return "reports/scorecard";
		}
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"hearth-scorecard-" + scorecard.period().from()
				+ "-to-" + scorecard.period().to() + ".csv\"");
		ScorecardCsv.write(scorecard, response.getWriter());
		return null;
	}

	private void choices(CurrentUser user, Model model, LocalDate today) {
		model.addAttribute("scopes", scorecards.scopeChoices(user));
		model.addAttribute("years", IntStream.rangeClosed(ScorecardPage.FIRST_YEAR, ScorecardPage.latestEndedYear(today) + 1)
			.boxed()
			.sorted(java.util.Comparator.reverseOrder())
			.toList());
	}

	private static void refused(Model model, HttpServletResponse response, ScorecardRequestRefused e) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		boolean scopeField = "borough".equals(e.field()) || "agency".equals(e.field());
		model.addAttribute("errorField", scopeField ? "scope" : e.field());
		model.addAttribute("errorMessage", e.getMessage());
	}
}
