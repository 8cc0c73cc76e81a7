package org.hearth.access;

/** How much of an adopter household a user may see when it is proposed for a child. */
public enum HouseholdView {
	/** Who they are: names, address, contact details and the household's own record. */
	IDENTIFIED,
	/** A profile without identifying details: approval range, needs they can meet, heritage, faith, languages. */
	PROFILE
}
