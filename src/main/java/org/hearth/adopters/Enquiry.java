package org.hearth.adopters;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One enquiry at the front door. A repeat from the same person joins their household as a duplicate. */
public record Enquiry(UUID id, UUID householdId, LocalDate receivedOn, Instant receivedAt, Via via, Source source,
		String campaign, boolean duplicate, String recordedBy) {

	/** How the enquiry arrived. */
	public enum Via {
		WEB("Web form"), PHONE("Phone"), EMAIL("Email");

		private final String label;

		Via(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** What brought them to the agency. */
	public enum Source {
		WEBSITE("Website"), RADIO("Radio"), POSTER("Poster"), SOCIAL_MEDIA("Social media"),
		INFORMATION_EVENT("Information event"), WORD_OF_MOUTH("Word of mouth"), OTHER("Other");

		private final String label;

		Source(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}
}
