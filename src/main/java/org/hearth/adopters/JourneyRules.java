package org.hearth.adopters;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The timescales of the adopter's journey that are days or working days. The calendar months
 * (stage 1: 2, gap: 6, stage 2: 4 or 6 with a reason) are in the regulations and fixed in
 * {@link Household}.
 *
 * @param parCommentWorkingDays the applicants' time to comment on the PAR (5 working days)
 * @param representationWorkingDays the applicants' time to respond to a qualifying determination (40)
 * @param agencyDecisionWorkingDays the agency decision maker's time after panel; UNCONFIRMED in
 *        statutory guidance, so a setting (7)
 * @param chaseAfterDays a check not back after this many days is to be chased (28)
 * @param contactPromptDays a household in process with no recorded contact for this long prompts its worker (14)
 */
@ConfigurationProperties("hearth.adopters")
public record JourneyRules(Integer parCommentWorkingDays, Integer representationWorkingDays,
		Integer agencyDecisionWorkingDays, Integer chaseAfterDays, Integer contactPromptDays) {

	public JourneyRules {
		parCommentWorkingDays = parCommentWorkingDays == null ? 5 : parCommentWorkingDays;
		representationWorkingDays = representationWorkingDays == null ? 40 : representationWorkingDays;
		agencyDecisionWorkingDays = agencyDecisionWorkingDays == null ? 7 : agencyDecisionWorkingDays;
		chaseAfterDays = chaseAfterDays == null ? 28 : chaseAfterDays;
		contactPromptDays = contactPromptDays == null ? 14 : contactPromptDays;
	}

	public static JourneyRules defaults() {
		return new JourneyRules(null, null, null, null, null);
	}
}
