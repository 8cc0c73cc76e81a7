package org.hearth.adopters.web;

import java.util.List;

/** The request records of the adopters' pages. Every field is text, so nothing fails before the rules speak. */
final class Forms {

	private Forms() {
	}

	record EnquiryForm(String name, String email, String phone, String postcode, String boroughCode, String agencyId,
			String source, String campaign, String via) {

		static EnquiryForm empty() {
			return new EnquiryForm("", "", "", "", "", "", "", "", "PHONE");
		}
	}

	/** One step of the journey: a date, perhaps a choice, a reason or a note. */
	record StepForm(String day, String month, String year, String choice, String reason, String detail, String worker,
			String person, String kind, String referee, String related, String check, String expiresDay,
			String expiresMonth, String expiresYear) {

		static StepForm empty() {
			return new StepForm("", "", "", "", "", "", "", "", "", "", "", "", "", "", "");
		}
	}

	record DetailsForm(String contactName, String email, String phone, String address, String postcode,
			String boroughCode, String relationship) {
	}

	record ApplicantForm(String name, String day, String month, String year, String sex, String ethnicity,
			String religion, String languages, String sexuality, String sexualityDescribed, String disability) {

		static ApplicantForm empty() {
			return new ApplicantForm("", "", "", "", "", "", "", "", "", "", "");
		}
	}

	record RangeForm(String childrenUpTo, String youngestAge, String oldestAge, String sexes, String siblingGroup,
			String health, String disability, String development, String emotionalBehavioural, String learning,
			String traumaAttachment, String heritage, String earlyPermanence, List<String> contactKinds, String contact,
			String maxDistanceMiles) {

		/** Whether the kind of contact is ticked. */
		public boolean hasContactKind(String kind) {
			return contactKinds != null && contactKinds.contains(kind);
		}
	}
}
