package org.hearth.audit;

import java.util.OptionalLong;

/**
 * The result of checking the audit chain: intact, or the first place in the chain that does not follow
 * (a row altered, removed, or the chain shorter than or different from the last head published).
 *
 * @param rowsChecked the sealed rows checked
 * @param firstBrokenRow the place in the chain where it first does not follow
 * @param unsealedRows rows written but not yet sealed into the chain
 */
public record ChainCheck(long rowsChecked, OptionalLong firstBrokenRow, long unsealedRows) {

	public boolean intact() {
		return firstBrokenRow.isEmpty();
	}
}
