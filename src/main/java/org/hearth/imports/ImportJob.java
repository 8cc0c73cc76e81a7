package org.hearth.imports;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.hearth.children.ImportError;

/**
 * An uploaded tracker file and where it has got: checked (with every problem, or what importing would
 * do), being imported, imported, or refused. Public for the pages only.
 */
public record ImportJob(UUID id, String createdBy, Instant createdAt, Instant updatedAt, String fileName, Status status,
		int total, int processed, Integer newChildren, Integer changedChildren, Integer unchangedChildren,
		List<ImportError> errors, Instant fileDeletedAt) {

	/** A job that has not moved for this long was stopped, for example by a restart. */
	static final Duration STALLED_AFTER = Duration.ofMinutes(10);

	public enum Status {
		/** Being checked (a dry run). */
		CHECKING,
		/** Checked: it has problems, so it cannot be imported. */
		INVALID,
		/** Checked: no problems, ready to import. */
		READY,
		/** Being imported. */
		APPLYING,
		/** Imported. */
		APPLIED,
		/** Importing found problems (the tracker changed since the check): nothing was imported. */
		REFUSED,
		/** Something went wrong: nothing was imported. */
		FAILED;

		public boolean running() {
			return this == CHECKING || this == APPLYING;
		}
	}

	public boolean running() {
		return status.running();
	}

	/** Whether the uploaded file has been deleted (imported, or left unused past the retention period). */
	public boolean fileDeleted() {
		return fileDeletedAt != null;
	}

	public boolean stalled(Instant now) {
		return running() && updatedAt.plus(STALLED_AFTER).isBefore(now);
	}

	public int percent() {
		return total == 0 ? 0 : (int) Math.min(100, processed * 100L / total);
	}

	public long rowsWithErrors() {
		return errors.stream().map(ImportError::row).distinct().count();
	}
}
