package org.hearth.access;

import java.util.Set;

/**
 * The boroughs whose children's records a user may see: their agency's boroughs, their own borough,
 * or none at all.
 */
public record BoroughScope(Set<String> onsCodes) {

	public BoroughScope {
		onsCodes = Set.copyOf(onsCodes);
	}

	public static BoroughScope none() {
		return new BoroughScope(Set.of());
	}

	public boolean includes(String onsCode) {
		return onsCode != null && onsCodes.contains(onsCode);
	}

	public boolean isEmpty() {
		return onsCodes.isEmpty();
	}
}
