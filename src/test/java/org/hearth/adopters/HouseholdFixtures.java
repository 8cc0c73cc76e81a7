package org.hearth.adopters;

import java.time.LocalDate;
import java.util.UUID;

import org.hearth.adopters.Applicant.Sex;
import org.hearth.adopters.Applicant.Sexuality;

/** Valid households at each point of the journey, for tests. The people are invented. */
final class HouseholdFixtures {

	static final LocalDate ENQUIRY = LocalDate.of(2025, 10, 6);

	private HouseholdFixtures() {
	}

	static Applicant applicant(String name, Sex sex) {
		return new Applicant(UUID.randomUUID(), name, LocalDate.of(1988, 4, 12), sex, "WBRI", null, "English",
				Sexuality.HETEROSEXUAL, null, null);
	}

	static Household enquiry() {
		return Household.enquiry("H2026-00001", "adopt-london-east", "E09000016", "Robin Testwell",
				"robin@example.org", "01632 960001", "RM1 1AA", ENQUIRY);
	}

	static Household coupleInStage1(LocalDate roi) {
		var h = enquiry();
		h.addApplicant(applicant("Robin Testwell", Sex.FEMALE));
		h.addApplicant(applicant("Ash Testwell", Sex.MALE));
		h.acceptRegistrationOfInterest(roi);
		return h;
	}

	/** A couple in stage 2 whose every check is back, current until 2028, with the PAR done. */
	static Household coupleReadyToGoToPanel(LocalDate stage2) {
		var h = coupleInStage1(stage2.minusMonths(3));
		LocalDate back = stage2.minusMonths(2);
		for (var person : h.adultsOn(stage2)) {
			for (CheckKind kind : new CheckKind[] { CheckKind.ENHANCED_DBS, CheckKind.LOCAL_AUTHORITY, CheckKind.GP_MEDICAL,
					CheckKind.MEDICAL_ADVISER_REVIEW, CheckKind.EMPLOYER_REFERENCE }) {
				var check = h.requestCheck(person.id(), kind, null, false, stage2.minusMonths(3));
				h.recordCheckReturned(check.id(), back, StatutoryCheck.Outcome.SATISFACTORY, LocalDate.of(2028, 12, 31));
			}
		}
		for (int i = 0; i < 3; i++) {
			var reference = h.requestCheck(null, CheckKind.PERSONAL_REFERENCE, "Referee " + i, i == 0, stage2.minusMonths(3));
			h.recordCheckReturned(reference.id(), back, StatutoryCheck.Outcome.SATISFACTORY, null);
		}
		h.recordPreparationTraining(stage2.minusMonths(2));
		h.recordStage1Decision(stage2.minusMonths(1), Household.Stage1Outcome.SUITABLE, null);
		h.recordNoticeToProceed(stage2);
		h.recordParDrafted(stage2.plusMonths(2));
		h.sharePar(stage2.plusMonths(2));
		h.recordParComments(stage2.plusMonths(2).plusDays(3));
		h.qualityAssurePar(stage2.plusMonths(2).plusDays(7));
		return h;
	}
}
