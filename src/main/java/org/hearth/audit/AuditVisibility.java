package org.hearth.audit;

import java.util.Set;

/**
 * The audit rows a reader may see: those of these agencies, those of these boroughs, and, for a system
 * administrator, the sign-in and administration rows. Nothing else; no one sees rows without a scope.
 */
public record AuditVisibility(Set<String> agencies, Set<String> boroughs, boolean administration) {

	public AuditVisibility {
		agencies = Set.copyOf(agencies);
		boroughs = Set.copyOf(boroughs);
	}

	public static AuditVisibility nothing() {
		return new AuditVisibility(Set.of(), Set.of(), false);
	}

	public boolean isEmpty() {
		return agencies.isEmpty() && boroughs.isEmpty() && !administration;
	}

	public boolean includes(AuditScope scope) {
		return scope.ofAdministration() ? administration
				: (scope.agencyId() != null && agencies.contains(scope.agencyId()))
						|| (scope.boroughCode() != null && boroughs.contains(scope.boroughCode()));
	}
}
