package org.hearth.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.hearth.access.CurrentUser;
import org.hearth.access.RecordNotFound;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The pages to import a borough's tracker: upload a CSV file, watch it being checked, read every
 * problem by row and column, and import it when it has none.
 */
@Controller
@RequestMapping("/children/import")
@PreAuthorize("hasAuthority('CASE_WRITE')")
class ImportController {

	private final TrackerImports imports;

	private final DataSize maxFileSize;

	private final Clock clock;

	private final ImportFileRetention retention;

	ImportController(TrackerImports imports,
			@Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize maxFileSize, Clock clock,
			ImportFileRetention retention) {
		this.retention = retention;
		this.imports = imports;
		this.maxFileSize = maxFileSize;
		this.clock = clock;
	}

	@GetMapping
	String form(CurrentUser user, Model model) {
		imports.checkMayImport(user);
		return form(user, model, null);
	}

	@PostMapping
	String upload(CurrentUser user, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
			HttpServletResponse response) throws IOException {
		imports.checkMayImport(user);
		if (file == null || file.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(user, model, "Select a CSV file of the borough's tracker");
		}
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().strip();
		if (!name.toLowerCase(Locale.UK).endsWith(".csv")) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(user, model, "The selected file must be a CSV file: save the tracker as \"CSV UTF-8\" and upload that");
		}
		if (file.getSize() > maxFileSize.toBytes()) {
			response.setStatus(413);
			return form(user, model, "The selected file must be smaller than " + megabytes());
		}
		try {
			var id = imports.upload(user, name.length() > 255 ? name.substring(name.length() - 255) : name,
					file.getBytes());
			return "redirect:/children/import/" + id;
		}
		catch (CsvParser.Unreadable e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(user, model, e.getMessage());
		}
	}

	@GetMapping("/template.csv")
	ResponseEntity<byte[]> template(CurrentUser user) {
		imports.checkMayImport(user);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("tracker-import-template.csv").build().toString())
			.body((TrackerFile.templateHeader() + "\r\n").getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/{id}")
	String job(CurrentUser user, @PathVariable UUID id, Model model, HttpServletResponse response) {
		var job = imports.job(user, id).orElseThrow(() -> new RecordNotFound("Import"));
		boolean stalled = job.stalled(clock.instant());
		if (job.running() && !stalled) {
			// the page's meta refresh, also as a header for browsers that look there first
			response.setHeader("Refresh", "2");
		}
		model.addAttribute("job", job);
		model.addAttribute("stalled", stalled);
		model.addAttribute("retentionDays", retention.retention().toDays());
		return "imports/job";
	}

	@PostMapping("/{id}/apply")
	String apply(CurrentUser user, @PathVariable UUID id) {
		if (!imports.apply(user, id)) {
			throw new RecordNotFound("Import");
		}
		return "redirect:/children/import/" + id;
	}

	private String form(CurrentUser user, Model model, String error) {
		model.addAttribute("error", error);
		model.addAttribute("columns", Arrays.asList(TrackerColumn.values()));
		model.addAttribute("maxFileSize", megabytes());
		model.addAttribute("latest", imports.latest(user));
		return "imports/upload";
	}

	private String megabytes() {
		return maxFileSize.toMegabytes() + "MB";
	}
}
