package org.hearth.adopters;

import java.time.LocalDate;

import org.hearth.adopters.Household.AgencyDecision;
import org.hearth.adopters.Household.PanelRecommendation;

/**
 * What comes back from the adoption panel for a household: its recommendation, then the agency
 * decision maker's decision. Today the panel adviser and the decision maker record these on the
 * household; the panel module will send the same through {@link PanelOutcomes#record}.
 */
public sealed interface PanelOutcome {

	record Recommended(LocalDate panelOn, PanelRecommendation recommendation) implements PanelOutcome {
	}

	record Decided(LocalDate decidedOn, AgencyDecision decision) implements PanelOutcome {
	}
}
