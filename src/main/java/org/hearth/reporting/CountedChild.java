package org.hearth.reporting;

import org.hearth.children.ChildId;

/**
 * A child a measure counts, with their days.
 *
 * @param inNumerator for a percentage, whether the child is among those the percentage counts; null
 *        for an average
 * @param note how the days were found where it is not plain, or null
 */
public record CountedChild(ChildId childId, String reference, String borough, long days, Boolean inNumerator,
		String note) {
}
