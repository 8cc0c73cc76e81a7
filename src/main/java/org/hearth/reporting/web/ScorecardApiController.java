package org.hearth.reporting.web;

import org.hearth.access.CurrentUser;
import org.hearth.reporting.ScorecardRequest;
import org.hearth.reporting.ScorecardRequestRefused;
import org.hearth.reporting.Scorecards;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The adoption scorecard as data, through the same access policy and audit as the page. */
@RestController
@RequestMapping("/api/v1/reports")
@PreAuthorize("hasAuthority('AGGREGATES_READ')")
@Tag(name = "Reports", description = "The figures the agency is judged by")
class ScorecardApiController {

	private final Scorecards scorecards;

	ScorecardApiController(Scorecards scorecards) {
		this.scorecards = scorecards;
	}

	/** The query parameters, as written. */
	record Query(@Parameter(description = "First day of the period, YYYY-MM-DD", required = true) String from,
			@Parameter(description = "Last day of the period, YYYY-MM-DD (included)", required = true) String to,
			@Parameter(description = "A borough's ONS code, such as E09000016") String borough,
			@Parameter(description = "An agency's identifier, such as adopt-london-east") String agency) {
	}

	@GetMapping("/scorecard")
	@Operation(summary = "The adoption scorecard (A1, A2, A3, A10) for the children adopted in a period, "
			+ "for a borough, an agency or the caller's whole scope; the children behind each figure for staff who may see them")
	ScorecardJson scorecard(CurrentUser user, @org.springdoc.core.annotations.ParameterObject Query query) {
		return ScorecardJson.of(scorecards.scorecard(user,
				ScorecardRequest.of(query.from(), query.to(), query.borough(), query.agency())));
	}

	@ExceptionHandler(ScorecardRequestRefused.class)
	ProblemDetail refused(ScorecardRequestRefused e) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
		problem.setTitle("The scorecard cannot be computed for these parameters");
		problem.setProperty("field", e.field());
		return problem;
	}
}
