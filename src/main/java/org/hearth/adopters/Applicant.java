package org.hearth.adopters;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One of the one or two people applying. Ethnicity (a code of the children's social care lists),
 * religion, sexuality and disability are special category data: never in audit summaries, addresses or logs.
 *
 * @param sexuality as the applicant describes it, optional
 */
public record Applicant(UUID id, String name, LocalDate dateOfBirth, Sex sex, String ethnicity, String religion,
		String languages, Sexuality sexuality, String sexualityDescribed, String disability) {

	public Applicant {
		if (name == null || name.isBlank()) {
			throw new HouseholdRuleBroken("name", "Enter the applicant's full name");
		}
		name = name.trim();
		TextLimits.check(name, TextLimits.NAME, "name", "the applicant's full name");
		TextLimits.check(religion, 100, "religion", "the religion");
		TextLimits.check(languages, 200, "languages", "the languages");
		TextLimits.check(sexualityDescribed, 100, "sexualityDescribed", "the sexuality in their own words");
		TextLimits.check(disability, 200, "disability", "the disability");
	}

	public enum Sex {
		FEMALE("Female"), MALE("Male");

		private final String label;

		Sex(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	public enum Sexuality {
		HETEROSEXUAL("Heterosexual or straight"), GAY("Gay man"), LESBIAN("Gay woman or lesbian"),
		BISEXUAL("Bisexual"), SELF_DESCRIBED("Described in their own words"), NOT_SAID("Prefers not to say");

		private final String label;

		Sexuality(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}
}
