package org.hearth.organisation;

import java.util.regex.Pattern;

/** An agency's short, readable identifier, such as {@code adopt-london-east}. */
public record AgencyId(String value) {

	private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

	public AgencyId {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("An agency's identifier is 2 to 40 lower-case letters, digits and hyphens");
		}
	}

	@Override
	public String toString() {
		return value;
	}
}
