package org.hearth.audit.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditEntry;
import org.hearth.audit.AuditLog;
import org.hearth.audit.AuditQuery;
import org.hearth.audit.AuditReaders;
import org.hearth.audit.AuditRecord;
import org.hearth.audit.AuditTrail;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Managers' pages: search the audit trail, see who looked at a record, download CSV, check the chain.
 * Each reader sees only the rows the access policy gives them, and each of these pages is itself audited.
 */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasAuthority('AUDIT_READ')")
class AuditController {

	static final int PAGE_ROWS = 200;

	private static final String SUBJECT = "audit-trail";

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss")
		.withZone(ZoneId.of("Europe/London"));

	private final AuditTrail trail;

	private final AuditLog audit;

	private final AuditReaders readers;

	AuditController(AuditTrail trail, AuditLog audit, AuditReaders readers) {
		this.trail = trail;
		this.audit = audit;
		this.readers = readers;
	}

	@GetMapping
	String search(AuditFilters filters, Model model, HttpServletResponse response) {
		model.addAttribute("filters", filters);
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("pageRows", PAGE_ROWS);
		model.addAttribute("when", WHEN);
		var problems = filters.problems();
		model.addAttribute("problems", problems);
		model.addAttribute("problemFields",
				problems.stream().map(AuditFilters.Problem::field).collect(Collectors.toSet()));
		if (!problems.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("entries", List.of());
			model.addAttribute("names", Map.of());
			return "audit/search";
		}
		var entries = trail.search(readers.visibilityOfCurrentReader(), filters.query(), PAGE_ROWS);
		audit.record(AuditRecord.viewed(readers.scopeOfCurrentReader(), SUBJECT, null,
				"Audit trail searched: " + entries.size() + " rows shown"));
		model.addAttribute("entries", entries);
		model.addAttribute("names", names(entries));
		return "audit/search";
	}

	/** Who looked at or changed this record, among the rows the reader may see. */
	@GetMapping("/record")
	String record(@RequestParam String type, @RequestParam String id, Model model) {
		var entries = trail.search(readers.visibilityOfCurrentReader(), AuditQuery.forRecord(type, id), 1000);
		audit.record(AuditRecord.viewed(readers.scopeOfCurrentReader(), SUBJECT, null,
				"Who looked at " + type + " " + id + ": " + entries.size() + " rows shown"));
		model.addAttribute("type", type);
		model.addAttribute("id", id);
		model.addAttribute("entries", entries);
		model.addAttribute("names", names(entries));
		model.addAttribute("when", WHEN);
		return "audit/record";
	}

	/** The CSV of a search: itself an export, recorded with its reason. */
	@PostMapping("/export")
	void export(AuditFilters filters, @RequestParam(defaultValue = "") String reason, HttpServletResponse response)
			throws IOException {
		if (!filters.problems().isEmpty()) {
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return;
		}
		if (reason.isBlank()) {
			response.sendRedirect("/audit?exportError=reason");
			return;
		}
		audit.record(AuditRecord.exported(readers.scopeOfCurrentReader(), SUBJECT, null,
				"Audit trail downloaded as CSV", reason.trim()));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"hearth-audit.csv\"");
		PrintWriter out = response.getWriter();
		out.println("seq,occurred_at,actor,remote_address,action,subject_type,subject_id,summary,reason,hash");
		trail.forEach(readers.visibilityOfCurrentReader(), filters.query(),
				e -> out.println(String.join(",", e.seq() == null ? "" : String.valueOf(e.seq()),
						e.occurredAt().toString(), csv(e.actor()), csv(e.remoteAddress()), e.action().name(),
						csv(e.subjectType()), csv(e.subjectId()), csv(e.summary()), csv(e.reason()),
						e.hash() == null ? "" : e.hash())));
	}

	@GetMapping("/chain")
	String chain(Model model) {
		model.addAttribute("check", trail.verifyChain());
		audit.record(AuditRecord.viewed(readers.scopeOfCurrentReader(), SUBJECT, null, "Audit trail chain checked"));
		return "audit/chain";
	}

	private Map<String, String> names(List<AuditEntry> entries) {
		return readers.displayNames(entries.stream().map(AuditEntry::actor).collect(Collectors.toSet()));
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
