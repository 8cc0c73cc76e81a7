package org.hearth.adopters;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A stage 1 check or reference: requested, returned with an outcome, perhaps with an expiry date.
 *
 * @param personId the applicant or household member it is about; null for a personal reference
 * @param referee who gives a reference or who the former partner is
 * @param refereeRelated whether a personal referee is related to the applicants
 */
public record StatutoryCheck(UUID id, UUID personId, CheckKind kind, String referee, boolean refereeRelated,
		LocalDate requestedOn, LocalDate returnedOn, Outcome outcome, LocalDate expiresOn) {

	public boolean returned() {
		return returnedOn != null;
	}

	public boolean expiredOn(LocalDate date) {
		return expiresOn != null && expiresOn.isBefore(date);
	}

	/** Usable for panel on this date: returned, satisfactory or with concerns the worker has weighed, not expired. */
	public boolean currentOn(LocalDate date) {
		return returned() && !expiredOn(date);
	}

	StatutoryCheck returned(LocalDate on, Outcome outcome, LocalDate expiresOn) {
		return new StatutoryCheck(id, personId, kind, referee, refereeRelated, requestedOn, on, outcome, expiresOn);
	}

	public enum Outcome {
		SATISFACTORY("Satisfactory"), CONCERNS("Concerns to discuss");

		private final String label;

		Outcome(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}
}
