package org.hearth.audit.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletResponse;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditLog;
import org.hearth.audit.AuditQuery;
import org.hearth.audit.AuditRecord;
import org.hearth.audit.AuditTrail;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Managers' pages: search the audit trail, see who looked at a record, download CSV, check the chain. */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasAuthority('AUDIT_READ')")
class AuditController {

	static final int PAGE_ROWS = 200;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss")
		.withZone(ZoneId.of("Europe/London"));

	private final AuditTrail trail;

	private final AuditLog audit;

	AuditController(AuditTrail trail, AuditLog audit) {
		this.trail = trail;
		this.audit = audit;
	}

	record Filters(String actor, String action, String subjectType, String subjectId,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

		AuditQuery query() {
			AuditAction parsed = null;
			if (action != null && !action.isBlank()) {
				parsed = AuditAction.valueOf(action);
			}
			return new AuditQuery(actor, parsed, subjectType, subjectId, from, to);
		}
	}

	@GetMapping
	String search(Filters filters, Model model) {
		model.addAttribute("filters", filters);
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("entries", trail.search(filters.query(), PAGE_ROWS));
		model.addAttribute("pageRows", PAGE_ROWS);
		model.addAttribute("when", WHEN);
		return "audit/search";
	}

	/** Who looked at or changed this record. */
	@GetMapping("/record")
	String record(@RequestParam String type, @RequestParam String id, Model model) {
		model.addAttribute("type", type);
		model.addAttribute("id", id);
		model.addAttribute("entries", trail.search(AuditQuery.forRecord(type, id), 1000));
		model.addAttribute("when", WHEN);
		return "audit/record";
	}

	/** The CSV of a search: itself an export, recorded with its reason. */
	@PostMapping("/export")
	void export(Filters filters, @RequestParam(defaultValue = "") String reason, HttpServletResponse response)
			throws IOException {
		if (reason.isBlank()) {
			response.sendRedirect("/audit?exportError=reason");
			return;
		}
		audit.record(AuditRecord.exported("audit-trail", null, "Audit trail downloaded as CSV", reason.trim()));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"hearth-audit.csv\"");
		PrintWriter out = response.getWriter();
		out.println("seq,occurred_at,actor,remote_address,action,subject_type,subject_id,summary,reason,hash");
		trail.forEach(filters.query(),
				e -> out.println(String.join(",", String.valueOf(e.seq()), e.occurredAt().toString(), csv(e.actor()),
						csv(e.remoteAddress()), e.action().name(), csv(e.subjectType()), csv(e.subjectId()),
						csv(e.summary()), csv(e.reason()), e.hash())));
	}

	@GetMapping("/chain")
	String chain(Model model) {
		model.addAttribute("check", trail.verifyChain());
		return "audit/chain";
	}

	static String csv(String value) {
		if (value == null) {
			return "";
		}
		String safe = value;
		// a cell that a spreadsheet would read as a formula is written as text
		if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
			safe = "'" + safe;
		}
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return '"' + safe.replace("\"", "\"\"") + '"';
		}
		return safe;
	}
}
