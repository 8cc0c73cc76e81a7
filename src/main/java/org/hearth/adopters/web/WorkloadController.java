package org.hearth.adopters.web;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.http.HttpServletResponse;
import org.hearth.access.Affiliation;
import org.hearth.access.CurrentUser;
import org.hearth.adopters.AdopterWorkload;
import org.hearth.adopters.Households;
import org.hearth.audit.AuditLog;
import org.hearth.audit.AuditRecord;
import org.hearth.children.Children;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The agency's adopter workload, with the children waiting in its boroughs beside the applicants:
 * figures only, for managers, analysts and the head of service, on the page and as CSV.
 */
@Controller
@PreAuthorize("hasAuthority('AGGREGATES_READ')")
class WorkloadController {

	private final AdopterWorkload workload;

	private final Households households;

	private final Children children;

	private final AuditLog audit;

	WorkloadController(AdopterWorkload workload, Households households, Children children, AuditLog audit) {
		this.workload = workload;
		this.households = households;
		this.children = children;
		this.audit = audit;
	}

	@GetMapping("/households/workload")
	String workload(CurrentUser user, Model model) {
		model.addAttribute("report", tables(user));
		return "adopters/workload";
	}

	/** The same tables as CSV, one after another, each under its caption. Figures only, so no reason is asked. */
	@PostMapping("/households/workload/export")
	void export(CurrentUser user, HttpServletResponse response) throws IOException {
		var report = tables(user);
		audit.record(AuditRecord.exported("adopter-workload", null,
				"Adopter workload downloaded as CSV (figures only, no personal data)", null));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition",
				"attachment; filename=\"hearth-adopter-workload-" + report.today() + ".csv\"");
		PrintWriter out = response.getWriter();
		boolean first = true;
		for (WorkloadTables.Table table : report.tables()) {
			if (!first) {
				out.println();
			}
			first = false;
			out.println(cell(table.caption()));
			out.println(String.join(",", table.headers().stream().map(WorkloadController::cell).toList()));
			for (WorkloadTables.Line line : table.lines()) {
				var cells = new java.util.ArrayList<String>();
				cells.add(cell(line.label()));
				line.cells().forEach(c -> cells.add(cell(c)));
				out.println(String.join(",", cells));
			}
		}
	}

	private WorkloadTables tables(CurrentUser user) {
		if (user.role().affiliation() != Affiliation.AGENCY || user.agencyId() == null) {
			throw new AccessDeniedException("Your role does not allow this");
		}
		var today = households.today();
		var yearAgo = today.minusYears(1).plusDays(1);
		return WorkloadTables.of(today, workload.byMonth(user.agencyId(), today, 12),
				workload.conversion(user.agencyId(), today.minusYears(2).plusDays(1), today), yearAgo,
				workload.stageTimes(user.agencyId(), yearAgo, today), workload.applicants(user.agencyId(), today),
				children.waitingFigures(user));
	}

	/** A CSV cell: quoted where needed, and never read by a spreadsheet as a formula. */
	static String cell(String value) {
		if (value == null) {
			return "";
		}
		String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return '"' + safe.replace("\"", "\"\"") + '"';
		}
		return safe;
	}
}
