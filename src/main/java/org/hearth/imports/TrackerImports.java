package org.hearth.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.hearth.access.AccessPolicy;
import org.hearth.access.Capability;
import org.hearth.access.CurrentUser;
import org.hearth.audit.AuditLog;
import org.hearth.audit.AuditRecord;
import org.hearth.audit.AuditScope;
import org.hearth.children.ChildImports;
import org.hearth.children.ImportError;
import org.hearth.children.ImportRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Importing a borough's tracker file: the upload is stored as a job and checked in the background (a
 * dry run); once it has no problems, its uploader imports it, again in the background. The job's
 * progress is kept in the database, so any node can show it. Only the uploader sees a job.
 */
@Service
class TrackerImports {

	static final String SUBJECT = "child-import";

	private static final Logger log = LoggerFactory.getLogger(TrackerImports.class);

	private final ImportJobs jobs;

	private final ChildImports children;

	private final AccessPolicy policy;

	private final AuditLog audit;

	private final ExecutorService background;

	TrackerImports(ImportJobs jobs, ChildImports children, AccessPolicy policy, AuditLog audit) {
		this.jobs = jobs;
		this.children = children;
		this.policy = policy;
		this.audit = audit;
		var threads = new AtomicInteger();
		this.background = Executors.newFixedThreadPool(2, task -> {
			var thread = new Thread(task, "tracker-import-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	@PreDestroy
	void stop() {
		background.shutdownNow();
	}

	/** Only staff who may change children's records, of at least one borough, may import. */
	void checkMayImport(CurrentUser user) {
		policy.require(user, Capability.CASE_WRITE);
		if (policy.childRecordScope(user).isEmpty()) {
			throw new AccessDeniedException("Your role does not allow this");
		}
	}

	/**
	 * Stores the file as a job and starts checking it.
	 *
	 * @throws CsvParser.Unreadable when the file is not UTF-8 text
	 */
	UUID upload(CurrentUser user, String fileName, byte[] content) {
		checkMayImport(user);
		String text = CsvParser.decode(content);
		var scope = policy.auditScopeOf(user);
		var id = jobs.create(user.username(), scope, fileName, text);
		audit.recordFor(user.username(), AuditRecord.created(scope, SUBJECT, id.toString(),
				"Borough tracker file uploaded for import: " + fileName + " (" + content.length + " bytes)", null));
		background.execute(() -> runCheck(user, id));
		return id;
	}

	Optional<ImportJob> job(CurrentUser user, UUID id) {
		checkMayImport(user);
		return jobs.of(id, user.username());
	}

	List<ImportJob> latest(CurrentUser user) {
		checkMayImport(user);
		return jobs.latestOf(user.username(), 10);
	}

	/**
	 * Starts importing a checked job. Nothing happens when it is not ready (already importing or
	 * imported, or it has problems), so pressing the button twice imports once.
	 *
	 * @return false when there is no such job of this user
	 */
	boolean apply(CurrentUser user, UUID id) {
		checkMayImport(user);
		if (jobs.of(id, user.username()).isEmpty()) {
			return false;
		}
		if (jobs.move(id, ImportJob.Status.READY, ImportJob.Status.APPLYING)) {
			background.execute(() -> runApply(user, id));
		}
		return true;
	}

	private void runCheck(CurrentUser user, UUID id) {
		try {
			var file = TrackerFile.read(fileOf(id));
			jobs.progress(id, 0, file.rows().size());
			if (!file.errors().isEmpty() && file.rows().isEmpty()) {
				jobs.finish(id, ImportJob.Status.INVALID, file.errors(), null, null, null);
				return;
			}
			var check = children.check(user, file.rows(), (done, total) -> jobs.progress(id, done, total));
			var errors = new ArrayList<ImportError>(file.errors());
			errors.addAll(check.errors());
			errors.sort(java.util.Comparator.comparingInt(ImportError::row));
			if (errors.isEmpty()) {
				jobs.finish(id, ImportJob.Status.READY, errors, check.newChildren(), check.changedChildren(),
						check.unchangedChildren());
			}
			else {
				jobs.finish(id, ImportJob.Status.INVALID, errors, null, null, null);
			}
		}
		catch (RuntimeException e) {
			log.error("Checking import {} failed", id, e);
			jobs.finish(id, ImportJob.Status.FAILED, List.of(), null, null, null);
		}
	}

	private String fileOf(UUID id) {
		return jobs.content(id).orElseThrow(() -> new IllegalStateException("The file of import " + id + " has been deleted"));
	}

	private void runApply(CurrentUser user, UUID id) {
		try {
			var file = TrackerFile.read(fileOf(id));
			if (!file.errors().isEmpty()) {
				jobs.finish(id, ImportJob.Status.REFUSED, file.errors(), null, null, null);
				return;
			}
			var result = children.apply(user, file.rows(), id.toString(),
					(done, total) -> jobs.progress(id, done, total));
			jobs.finish(id, ImportJob.Status.APPLIED, List.of(), result.created(), result.updated(),
					result.unchanged());
		}
		catch (ImportRefused e) {
			jobs.finish(id, ImportJob.Status.REFUSED, e.check().errors(), null, null, null);
		}
		catch (RuntimeException e) {
			log.error("Import {} failed; nothing was imported", id, e);
			jobs.finish(id, ImportJob.Status.FAILED, List.of(), null, null, null);
		}
	}
}
