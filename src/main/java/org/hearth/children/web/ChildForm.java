package org.hearth.children.web;

import java.util.List;

/** What is typed on the add-a-child and change-details pages. */
record ChildForm(String boroughCode, String caseReference, String firstNames, String lastName,
		String prospectiveAdoptiveName, String day, String month, String year, Boolean unborn, String sex,
		String ethnicity, String religion, String firstLanguages, List<String> disabilities, String healthAndNeeds,
		String boroughSocialWorker, String boroughTeamManager, String familyFindingWorker, String siblingGroup,
		String siblingPlan, String siblingsPlacedWith, String siblingPlanReason, String earlyPermanence,
		String earlyPermanenceOutcome) {

	static ChildForm empty() {
		return new ChildForm("", "", "", "", "", "", "", "", false, "0", "NOBT", "", "", List.of(), "", "", "", "", "",
				"NOT_DECIDED", "", "", "NOT_CONSIDERED", "");
	}
}
