package org.hearth.reporting;

import java.util.Set;

/**
 * Whose children a scorecard counts: one borough, one agency's boroughs, or every borough of the hub.
 *
 * @param code the borough's ONS code, the agency's identifier, or null for the hub
 */
public record ScorecardScope(Kind kind, String code, String name, Set<String> boroughs) {

	public enum Kind {
		BOROUGH, AGENCY, HUB
	}

	public ScorecardScope {
		boroughs = Set.copyOf(boroughs);
	}
}
