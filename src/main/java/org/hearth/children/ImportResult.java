package org.hearth.children;

/**
 * What an import did.
 *
 * @param created children added to the tracker
 * @param updated children whose details changed or who gained journey events
 * @param unchanged children already in the tracker as the file has them
 */
public record ImportResult(int created, int updated, int unchanged) {
}
