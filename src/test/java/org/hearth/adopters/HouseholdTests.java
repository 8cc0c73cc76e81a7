package org.hearth.adopters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.hearth.adopters.Applicant.Sex;
import org.hearth.adopters.Household.AgencyDecision;
import org.hearth.adopters.Household.DeterminationResponse;
import org.hearth.adopters.Household.PanelRecommendation;
import org.hearth.calendar.BankHolidays;
import org.hearth.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

/** The rules of the adopter's journey, at fixed dates. */
class HouseholdTests {

	final WorkingDayCalendar calendar = BankHolidays.englandAndWales().calendar();

	final JourneyRules rules = JourneyRules.defaults();

	@Test
	void theStageFollowsFromTheDates() {
		var h = HouseholdFixtures.enquiry();
		assertThat(h.stage()).isEqualTo(Stage.ENQUIRY);
		h.addApplicant(HouseholdFixtures.applicant("Robin Testwell", Sex.FEMALE));
		h.acceptRegistrationOfInterest(LocalDate.of(2026, 1, 12));
		assertThat(h.stage()).isEqualTo(Stage.STAGE_1);
		h.recordStage1Decision(LocalDate.of(2026, 3, 2), Household.Stage1Outcome.SUITABLE, null);
		assertThat(h.stage()).isEqualTo(Stage.BETWEEN_STAGES);
		h.recordNoticeToProceed(LocalDate.of(2026, 3, 16));
		assertThat(h.stage()).isEqualTo(Stage.STAGE_2);
	}

	@Test
	void aRegistrationOfInterestNeedsTheApplicants() {
		var h = HouseholdFixtures.enquiry();
		assertThatThrownBy(() -> h.acceptRegistrationOfInterest(LocalDate.of(2026, 1, 12)))
			.isInstanceOf(HouseholdRuleBroken.class)
			.hasMessageContaining("Add the applicants");
	}

	@Test
	void stage1OverTwoMonthsIsOverdueUnlessAnExtensionReasonIsRecorded() {
		// accepted 15 January 2026: 2 months runs to 15 March 2026
		var h = HouseholdFixtures.coupleInStage1(LocalDate.of(2026, 1, 15));
		assertThat(h.stage1Deadline().orElseThrow().due()).isEqualTo(LocalDate.of(2026, 3, 15));
		assertThat(h.overdueOn(LocalDate.of(2026, 3, 15), calendar, rules)).isEmpty();
		assertThat(h.overdueOn(LocalDate.of(2026, 3, 16), calendar, rules))
			.extracting(Deadline::what).containsExactly("Stage 1 decision");

		h.extendStage1("Medical adviser waiting for a consultant's letter");
		assertThat(h.overdueOn(LocalDate.of(2026, 3, 16), calendar, rules)).isEmpty();
		assertThat(h.stage1Deadline().orElseThrow().statusOn(LocalDate.of(2026, 3, 16))).isEqualTo("Extended");
	}

	@Test
	void twoMonthsFromThe31stOfDecemberEndsOnTheLastDayOfFebruary() {
		var h = HouseholdFixtures.enquiry();
		var fresh = Household.enquiry("H1", "adopt-london-east", null, "Robin", "r@example.org", null, null,
				LocalDate.of(2025, 12, 1));
		fresh.addApplicant(HouseholdFixtures.applicant("Robin", Sex.FEMALE));
		fresh.acceptRegistrationOfInterest(LocalDate.of(2025, 12, 31));
		assertThat(fresh.stage1Deadline().orElseThrow().due()).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(h.stage1Deadline()).isEmpty();
	}

	@Test
	void aDecisionInTimeIsMetAndNotOverdue() {
		var h = HouseholdFixtures.coupleInStage1(LocalDate.of(2026, 1, 15));
		h.recordStage1Decision(LocalDate.of(2026, 3, 10), Household.Stage1Outcome.SUITABLE, null);
		assertThat(h.overdueOn(LocalDate.of(2026, 6, 1), calendar, rules)).isEmpty();
		assertThat(h.stage1Deadline().orElseThrow().statusOn(LocalDate.of(2026, 6, 1))).isEqualTo("Met");
	}

	@Test
	void noticeToProceedMoreThanSixMonthsAfterStage1IsRefused() {
		var h = HouseholdFixtures.coupleInStage1(LocalDate.of(2026, 1, 15));
		h.recordStage1Decision(LocalDate.of(2026, 3, 10), Household.Stage1Outcome.SUITABLE, null);
		assertThatThrownBy(() -> h.recordNoticeToProceed(LocalDate.of(2026, 9, 11)))
			.hasMessageContaining("within 6 months of the stage 1 decision (by 10 September 2026)");
		h.recordNoticeToProceed(LocalDate.of(2026, 9, 10));
		assertThat(h.stage()).isEqualTo(Stage.STAGE_2);
	}

	@Test
	void stage2HasFourMonthsOrSixWithAReason() {
		var h = HouseholdFixtures.coupleReadyToGoToPanel(LocalDate.of(2026, 4, 1));
		assertThat(h.stage2Deadline().orElseThrow().due()).isEqualTo(LocalDate.of(2026, 8, 1));
		assertThat(h.overdueOn(LocalDate.of(2026, 8, 2), calendar, rules)).extracting(Deadline::what)
			.containsExactly("Stage 2 agency decision");
		h.extendStage2("Second applicant in hospital for six weeks");
		assertThat(h.stage2Deadline().orElseThrow().due()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(h.overdueOn(LocalDate.of(2026, 8, 2), calendar, rules)).isEmpty();
	}

	@Test
	void anExpiredDbsCheckBlocksReadyForPanelNamingTheCheckAndThePerson() {
		var h = HouseholdFixtures.coupleReadyToGoToPanel(LocalDate.of(2026, 4, 1));
		var ash = h.applicants().get(1);
		var dbs = h.checks().stream()
			.filter(c -> c.kind() == CheckKind.ENHANCED_DBS && c.personId().equals(ash.id()))
			.findFirst().orElseThrow();
		var expired = h.requestCheck(ash.id(), CheckKind.ENHANCED_DBS, null, false, dbs.requestedOn().plusDays(1));
		h.recordCheckReturned(expired.id(), dbs.requestedOn().plusDays(10), StatutoryCheck.Outcome.SATISFACTORY,
				LocalDate.of(2026, 6, 30));

		assertThatThrownBy(() -> h.readyForPanel(LocalDate.of(2026, 7, 1), calendar, rules))
			.isInstanceOf(HouseholdRuleBroken.class)
			.hasMessage("The enhanced DBS check for Ash Testwell expired on 30 June 2026. Request a new one before panel.");
		assertThat(h.stage()).isEqualTo(Stage.STAGE_2);

		h.readyForPanel(LocalDate.of(2026, 6, 30), calendar, rules);
		assertThat(h.stage()).isEqualTo(Stage.READY_FOR_PANEL);
	}

	@Test
	void anAdultLodgerNeedsChecksBeforePanel() {
		var h = HouseholdFixtures.coupleReadyToGoToPanel(LocalDate.of(2026, 4, 1));
		h.addMember(new HouseholdMember(java.util.UUID.randomUUID(), "Kit Lodgerton", LocalDate.of(1990, 1, 1),
				HouseholdMember.Relationship.LODGER));
		h.addMember(new HouseholdMember(java.util.UUID.randomUUID(), "Pip Testwell", LocalDate.of(2019, 1, 1),
				HouseholdMember.Relationship.CHILD));
		assertThatThrownBy(() -> h.readyForPanel(LocalDate.of(2026, 7, 1), calendar, rules))
			.isInstanceOf(HouseholdRuleBroken.class)
			.satisfies(e -> assertThat(((HouseholdRuleBroken) e).reasons()).containsExactly(
					"The enhanced DBS check for Kit Lodgerton has not been requested.",
					"The local authority check for Kit Lodgerton has not been requested."));
	}

	@Test
	void twoRelatedRefereesOfThreeAreNotEnough() {
		var h = HouseholdFixtures.coupleReadyToGoToPanel(LocalDate.of(2026, 4, 1));
		var related = h.requestCheck(null, CheckKind.PERSONAL_REFERENCE, "Aunt", true, LocalDate.of(2026, 1, 20));
		h.recordCheckReturned(related.id(), LocalDate.of(2026, 2, 1), StatutoryCheck.Outcome.SATISFACTORY, null);
		h.readyForPanel(LocalDate.of(2026, 7, 1), calendar, rules); // 4 back, 2 not related: fine

		var other = HouseholdFixtures.coupleInStage1(LocalDate.of(2026, 1, 15));
		for (int i = 0; i < 3; i++) {
			var r = other.requestCheck(null, CheckKind.PERSONAL_REFERENCE, "Cousin " + i, i > 0, LocalDate.of(2026, 1, 20));
			other.recordCheckReturned(r.id(), LocalDate.of(2026, 2, 1), StatutoryCheck.Outcome.SATISFACTORY, null);
		}
		other.recordStage1Decision(LocalDate.of(2026, 3, 1), Household.Stage1Outcome.SUITABLE, null);
		other.recordNoticeToProceed(LocalDate.of(2026, 3, 2));
		assertThatThrownBy(() -> other.readyForPanel(LocalDate.of(2026, 7, 1), calendar, rules))
			.hasMessageContaining("Three personal references, at least two from people not related to the applicants, must be back (3 back, 1 not related).");
	}

	@Test
	void theParCommentsWindowIsFiveWorkingDays() {
		var h = HouseholdFixtures.coupleInStage1(LocalDate.of(2026, 1, 15));
		h.recordStage1Decision(LocalDate.of(2026, 3, 1), Household.Stage1Outcome.SUITABLE, null);
		h.recordNoticeToProceed(LocalDate.of(2026, 3, 2));
		h.recordParDrafted(LocalDate.of(2026, 4, 1));
		h.sharePar(LocalDate.of(2026, 4, 2)); // Thursday before Easter: Tue 7, Wed 8, Thu 9, Fri 10, Mon 13
		assertThat(h.parCommentsDeadline(calendar, rules).orElseThrow().due()).isEqualTo(LocalDate.of(2026, 4, 13));
	}

	@Test
	void aProposalNotToApproveOpensFortyWorkingDaysThenTheFinalDecisionFollows() {
		var h = HouseholdFixtures.coupleReadyToGoToPanel(LocalDate.of(2026, 4, 1));
		h.readyForPanel(LocalDate.of(2026, 6, 15), calendar, rules);
		h.recordPanelRecommendation(LocalDate.of(2026, 7, 1), PanelRecommendation.NOT_SUITABLE);
		assertThat(h.stage()).isEqualTo(Stage.AWAITING_DECISION);
		h.recordAgencyDecision(LocalDate.of(2026, 7, 8), AgencyDecision.PROPOSE_NOT_TO_APPROVE);
		assertThat(h.stage()).isEqualTo(Stage.QUALIFYING_DETERMINATION);
		// 40 working days from Wednesday 8 July 2026 (31 August is a bank holiday): Thursday 3 September 2026
		assertThat(h.representationsDeadline(calendar, rules).orElseThrow().due()).isEqualTo(LocalDate.of(2026, 9, 3));
		assertThatThrownBy(() -> h.recordFinalDecision(LocalDate.of(2026, 9, 3), true, calendar, rules))
			.hasMessageContaining("until 3 September 2026");
		assertThatThrownBy(() -> h.recordResponseToDetermination(LocalDate.of(2026, 9, 4),
				DeterminationResponse.INDEPENDENT_REVIEW, calendar, rules)).hasMessageContaining("had until 3 September 2026");

		h.recordResponseToDetermination(LocalDate.of(2026, 8, 20), DeterminationResponse.INDEPENDENT_REVIEW, calendar, rules);
		h.recordFinalDecision(LocalDate.of(2026, 11, 2), false, calendar, rules);
		assertThat(h.stage()).isEqualTo(Stage.APPROVED);
		assertThat(h.journey().approvedOn).isEqualTo(LocalDate.of(2026, 11, 2));
		assertThat(h.events()).hasSize(1).first().isInstanceOf(HouseholdApproved.class);
	}

	@Test
	void endingApprovalIsAQualifyingDeterminationToo() {
		var h = HouseholdFixtures.coupleReadyToGoToPanel(LocalDate.of(2026, 4, 1));
		h.readyForPanel(LocalDate.of(2026, 6, 15), calendar, rules);
		PanelOutcomes.applyTo(h, new PanelOutcome.Recommended(LocalDate.of(2026, 7, 1), PanelRecommendation.SUITABLE));
		PanelOutcomes.applyTo(h, new PanelOutcome.Decided(LocalDate.of(2026, 7, 6), AgencyDecision.APPROVE));
		assertThat(h.stage()).isEqualTo(Stage.APPROVED);
		h.proposeEndingApproval(LocalDate.of(2027, 1, 4));
		h.recordFinalDecision(LocalDate.of(2027, 3, 31), true, calendar, rules);
		assertThat(h.stage()).isEqualTo(Stage.LEFT);
		assertThat(h.journey().leftBecause).isEqualTo(LeavingReason.APPROVAL_ENDED);
	}

	@Test
	void theFastTrackStartsAtStage2WithFourMonthsToApproval() {
		var h = HouseholdFixtures.enquiry();
		h.addApplicant(HouseholdFixtures.applicant("Robin Testwell", Sex.FEMALE));
		h.startFastTrack(LocalDate.of(2026, 2, 2), Household.FastTrack.FOSTER_CARER);
		assertThat(h.stage()).isEqualTo(Stage.STAGE_2);
		assertThat(h.stage1Deadline()).isEmpty();
		assertThat(h.stage2Deadline().orElseThrow().what()).isEqualTo("Fast-track approval decision");
		assertThat(h.stage2Deadline().orElseThrow().due()).isEqualTo(LocalDate.of(2026, 6, 2));
	}

	@Test
	void theFamilyTypeFollowsFromTheApplicants() {
		var h = HouseholdFixtures.enquiry();
		assertThat(h.familyType()).isEmpty();
		h.addApplicant(HouseholdFixtures.applicant("Robin", Sex.FEMALE));
		assertThat(h.familyType()).contains("Single woman");
		h.addApplicant(HouseholdFixtures.applicant("Sam", Sex.FEMALE));
		assertThat(h.familyType()).contains("Two women");
		assertThatThrownBy(() -> h.addApplicant(HouseholdFixtures.applicant("Lee", Sex.MALE)))
			.hasMessageContaining("one or two applicants");
	}

	@Test
	void anApprovalRangeKeepsALevelForEveryNeedArea() {
		var range = new ApprovalRange(2, 0, 4, ApprovalRange.Sexes.ANY, true,
				Map.of(ApprovalRange.NeedArea.HEALTH, ApprovalRange.NeedLevel.HIGH), null, true,
				java.util.Set.of(ApprovalRange.ContactKind.LETTERBOX), "Letterbox", 20);
		assertThat(range.needs()).hasSize(ApprovalRange.NeedArea.values().length);
		assertThat(ApprovalRange.needsOf(range.needsText())).isEqualTo(range.needs());
		assertThat(ApprovalRange.contactKindsOf(range.contactKindsText())).isEqualTo(range.contactKinds());
		assertThatThrownBy(() -> new ApprovalRange(1, 5, 2, ApprovalRange.Sexes.ANY, true, Map.of(), null, false, null, null, null))
			.hasMessageContaining("age range").hasMessageContaining("sibling group");
	}
}
