package org.hearth.adopters;

/**
 * The most characters each piece of text about a household may have, so that what is typed is refused
 * with a message naming the field rather than failing when it is saved.
 */
public final class TextLimits {

	public static final int NAME = 200;

	public static final int EMAIL = 320;

	public static final int PHONE = 40;

	public static final int ADDRESS = 400;

	public static final int POSTCODE = 10;

	public static final int NOTE = 1000;

	private TextLimits() {
	}

	/**
	 * The words of the refusal when the text is longer than its limit, or {@code null} when it fits.
	 *
	 * @param what the field in words, for example "the applicant's full name"
	 */
	public static String tooLong(String text, int most, String what) {
		return text != null && text.strip().length() > most
				? capitalised(what) + " must be " + String.format("%,d", most) + " characters or fewer" : null;
	}

	/** Refuses the text, naming the field, when it is longer than its limit. */
	public static void check(String text, int most, String field, String what) {
		String problem = tooLong(text, most, what);
		if (problem != null) {
			throw new HouseholdRuleBroken(field, problem);
		}
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
