package org.hearth.children;

/** Told how far a long import has gone, so a page can show it. */
@FunctionalInterface
public interface ImportProgress {

	ImportProgress NONE = (done, total) -> {
	};

	/**
	 * @param done the steps done so far
	 * @param total all the steps
	 */
	void done(int done, int total);
}
