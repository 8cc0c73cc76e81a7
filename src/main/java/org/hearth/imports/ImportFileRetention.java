package org.hearth.imports;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.hearth.audit.AuditLog;
import org.hearth.audit.AuditRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps no uploaded tracker file longer than needed. A file is deleted as soon as it is imported; one
 * that is never imported (it had problems, or no one pressed Import) is deleted once it has been left
 * unused for the retention period, {@code hearth.imports.retention} (7 days unless set). Each deletion
 * of an unused file is audited. Runs every hour on one node at a time.
 */
@Component
class ImportFileRetention {

	static final String SYSTEM = "Hearth (file retention)";

	private final ImportJobs jobs;

	private final AuditLog audit;

	private final Clock clock;

	private final Duration retention;

	ImportFileRetention(ImportJobs jobs, AuditLog audit, Clock clock,
			@Value("${hearth.imports.retention:P7D}") Duration retention) {
		if (retention.compareTo(Duration.ofHours(1)) < 0) {
			throw new IllegalArgumentException("hearth.imports.retention must be at least an hour (PT1H), not " + retention
					+ ": a shorter period could delete a file while it is being checked");
		}
		this.jobs = jobs;
		this.audit = audit;
		this.clock = clock;
		this.retention = retention;
	}

	Duration retention() {
		return retention;
	}

	@Scheduled(cron = "${hearth.imports.retention-cron:0 17 * * * *}", zone = "Europe/London")
	@SchedulerLock(name = "import-file-retention", lockAtMostFor = "PT30M")
	public void deleteUnusedFilesScheduled() {
		deleteUnusedFiles();
	}

	/** Deletes the files left unused for the retention period; returns how many. */
	int deleteUnusedFiles() {
		OffsetDateTime before = OffsetDateTime.ofInstant(clock.instant().minus(retention), ZoneOffset.UTC);
		List<ImportJobs.DeletedFile> deleted = jobs.deleteFilesUnusedSince(before);
		for (ImportJobs.DeletedFile file : deleted) {
			audit.recordFor(SYSTEM, AuditRecord.deleted(file.scope(), TrackerImports.SUBJECT, file.id().toString(),
					"Uploaded tracker file deleted after " + retention.toDays() + " days unused: " + file.fileName(), null));
		}
		return deleted.size();
	}
}
