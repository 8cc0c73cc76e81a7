package org.hearth.audit;

import java.util.OptionalLong;

/** The result of checking the audit chain: intact, or the first row whose hash does not follow. */
public record ChainCheck(long rowsChecked, OptionalLong firstBrokenRow) {

	public boolean intact() {
		return firstBrokenRow.isEmpty();
	}
}
