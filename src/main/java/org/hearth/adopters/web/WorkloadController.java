package org.hearth.adopters.web;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.http.HttpServletResponse;
import org.hearth.access.CurrentUser;
import org.hearth.audit.AuditLog;
import org.hearth.audit.AuditRecord;
import org.hearth.audit.AuditScope;
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

	private final WorkloadReport report;

	private final AuditLog audit;

	WorkloadController(WorkloadReport report, AuditLog audit) {
		this.report = report;
		this.audit = audit;
	}

	@GetMapping("/households/workload")
	String workload(CurrentUser user, Model model) {
		model.addAttribute("report", report.of(user));
		return "adopters/workload";
	}

	/** The same tables as CSV, one after another, each under its caption. Figures only, so no reason is asked. */
	@PostMapping("/households/workload/export")
	void export(CurrentUser user, HttpServletResponse response) throws IOException {
		var tables = report.of(user);
		audit.record(AuditRecord.exported(AuditScope.agency(user.agencyId()), "adopter-workload", null,
				"Adopter workload downloaded as CSV (figures only, no personal data)", null));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition",
				"attachment; filename=\"hearth-adopter-workload-" + tables.today() + ".csv\"");
		PrintWriter out = response.getWriter();
		boolean first = true;
		for (WorkloadTables.Table table : tables.tables()) {
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
