package org.hearth.adopters;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One line of a household's history: a contact, a document received, a session, a step taken. */
public record LogEntry(UUID id, UUID householdId, Kind kind, LocalDate on, String detail, String recordedBy,
		Instant recordedAt) {

	public enum Kind {
		ENQUIRY("Enquiry"), CONTACT("Contact"), DOCUMENT("Document received"), ASSESSMENT_SESSION("Assessment session"),
		WORKER("Social worker named"), STEP("Step recorded"), EVENT("Information event");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		/** Kinds that count as being in touch with the household. */
		public boolean isContact() {
			return this == ENQUIRY || this == CONTACT || this == ASSESSMENT_SESSION || this == EVENT;
		}
	}
}
