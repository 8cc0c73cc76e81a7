package org.hearth.children;

/** An import was refused because the file has problems; nothing was saved. */
public class ImportRefused extends RuntimeException {

	private final ImportCheck check;

	public ImportRefused(ImportCheck check) {
		super("The import was refused: " + check.errors().size() + " problems in " + check.rowsWithErrors() + " rows");
		this.check = check;
	}

	public ImportCheck check() {
		return check;
	}
}
