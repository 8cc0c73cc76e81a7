package org.hearth.children;

import java.util.Objects;

/**
 * What is known about a child apart from their journey. The prospective adoptive name is kept apart
 * and shown only to adoption staff.
 *
 * @param caseReference the borough's case reference
 * @param familyFindingWorker the user name of the agency's family-finding worker, if one is named
 * @param siblingGroup a reference shared by the children of one sibling group, or null
 */
public record ChildDetails(String caseReference, String firstNames, String lastName, String prospectiveAdoptiveName,
		Birth birth, Sex sex, EthnicityCode ethnicity, String religion, String firstLanguages,
		Disabilities disabilities, String healthAndNeeds, String boroughSocialWorker, String boroughTeamManager,
		String familyFindingWorker, String siblingGroup, SiblingPlan siblingPlan, String siblingPlanReason,
		EarlyPermanence earlyPermanence, String earlyPermanenceOutcome) {

	public ChildDetails {
		caseReference = required(caseReference, "Enter the borough's case reference");
		firstNames = required(firstNames, "Enter the child's first names");
		lastName = required(lastName, "Enter the child's last name");
		Objects.requireNonNull(birth, "Enter the child's date of birth, or the expected date for an unborn baby");
		sex = sex == null ? Sex.NOT_RECORDED : sex;
		ethnicity = ethnicity == null ? EthnicityCode.NOBT : ethnicity;
		disabilities = disabilities == null ? Disabilities.notRecorded() : disabilities;
		siblingPlan = siblingPlan == null ? SiblingPlan.notDecided() : siblingPlan;
		earlyPermanence = earlyPermanence == null ? EarlyPermanence.NOT_CONSIDERED : earlyPermanence;
		prospectiveAdoptiveName = optional(prospectiveAdoptiveName);
		religion = optional(religion);
		firstLanguages = optional(firstLanguages);
		healthAndNeeds = optional(healthAndNeeds);
		boroughSocialWorker = optional(boroughSocialWorker);
		boroughTeamManager = optional(boroughTeamManager);
		familyFindingWorker = optional(familyFindingWorker);
		siblingGroup = optional(siblingGroup);
		siblingPlanReason = optional(siblingPlanReason);
		earlyPermanenceOutcome = optional(earlyPermanenceOutcome);
		if (caseReference.length() > 40) {
			throw new IllegalArgumentException("The case reference must be 40 characters or fewer");
		}
	}

	/** These details with another prospective adoptive name (or none). */
	public ChildDetails withProspectiveAdoptiveName(String name) {
		return new ChildDetails(caseReference, firstNames, lastName, name, birth, sex, ethnicity, religion,
				firstLanguages, disabilities, healthAndNeeds, boroughSocialWorker, boroughTeamManager,
				familyFindingWorker, siblingGroup, siblingPlan, siblingPlanReason, earlyPermanence,
				earlyPermanenceOutcome);
	}

	public String name() {
		return firstNames + " " + lastName;
	}

	private static String required(String text, String message) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException(message);
		}
		return text.strip();
	}

	private static String optional(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
