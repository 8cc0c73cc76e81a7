package org.hearth.reporting;

import org.hearth.children.ChildId;

/** A child adopted in the period whom a measure leaves out, and why. */
public record ExcludedChild(ChildId childId, String reference, String borough, String reason) {
}
