package org.hearth.adopters;

import java.time.LocalDate;
import java.util.UUID;

/** Someone else who lives in the home. Every adult among them needs checks. */
public record HouseholdMember(UUID id, String name, LocalDate dateOfBirth, Relationship relationship) {

	public HouseholdMember {
		if (name == null || name.isBlank()) {
			throw new HouseholdRuleBroken("name", "Enter the person's full name");
		}
		TextLimits.check(name, TextLimits.NAME, "name", "the person's full name");
		if (dateOfBirth == null) {
			throw new HouseholdRuleBroken("dateOfBirth", "Enter the person's date of birth");
		}
		name = name.trim();
	}

	public boolean adultOn(LocalDate date) {
		return !dateOfBirth.plusYears(18).isAfter(date);
	}

	public enum Relationship {
		CHILD("Child"), ADULT_CHILD("Adult child"), LODGER("Lodger"), RELATIVE("Relative"), OTHER("Other");

		private final String label;

		Relationship(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}
}
