package org.hearth.children;

import java.util.List;

/**
 * The result of checking an import without changing anything: every problem by row and column, and
 * what importing would do with the rows that have none.
 *
 * @param newChildren rows that would add a child to the tracker
 * @param changedChildren rows that would change a child already in the tracker
 * @param unchangedChildren rows that match what the tracker already holds
 */
public record ImportCheck(List<ImportError> errors, int newChildren, int changedChildren, int unchangedChildren) {

	public ImportCheck {
		errors = List.copyOf(errors);
	}

	public static ImportCheck failed(List<ImportError> errors) {
		return new ImportCheck(errors, 0, 0, 0);
	}

	/** Whether the file can be imported as it is. */
	public boolean ok() {
		return errors.isEmpty();
	}

	/** How many rows have at least one problem. */
	public long rowsWithErrors() {
		return errors.stream().map(ImportError::row).distinct().count();
	}
}
