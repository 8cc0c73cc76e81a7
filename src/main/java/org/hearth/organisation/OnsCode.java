package org.hearth.organisation;

import java.util.regex.Pattern;

/** A local authority's ONS code, such as E09000016 for Havering. */
public record OnsCode(String value) {

	private static final Pattern FORMAT = Pattern.compile("[EW]\\d{8}");

	public OnsCode {
		if (value == null || !FORMAT.matcher(value.trim()).matches()) {
			throw new IllegalArgumentException("Enter an ONS code like E09000016: a capital E or W and 8 digits");
		}
		value = value.trim();
	}

	@Override
	public String toString() {
		return value;
	}
}
