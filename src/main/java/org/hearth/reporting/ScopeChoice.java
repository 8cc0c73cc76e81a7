package org.hearth.reporting;

/**
 * A scope the user may choose for the scorecard page.
 *
 * @param value "" for the user's whole scope, "agency:" or "borough:" and the identifier otherwise
 */
public record ScopeChoice(String value, String label) {
}
