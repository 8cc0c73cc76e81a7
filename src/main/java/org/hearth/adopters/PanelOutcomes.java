package org.hearth.adopters;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a panel's recommendation and the agency decision reach a household. Today the panel
 * adviser and the agency decision maker record them on the household's page; the panel module will
 * call {@link #record} from its own event when it exists.
 */
@Service
@Transactional
public class PanelOutcomes {

	private final Households households;

	PanelOutcomes(Households households) {
		this.households = households;
	}

	/** Records the outcome on the household, audited as the given actor. */
	public Household record(UUID householdId, PanelOutcome outcome, String actor) {
		return households.apply(householdId, actor, describe(outcome), h -> applyTo(h, outcome));
	}

	static void applyTo(Household household, PanelOutcome outcome) {
		if (outcome instanceof PanelOutcome.Recommended r) {
			household.recordPanelRecommendation(r.panelOn(), r.recommendation());
		}
		else if (outcome instanceof PanelOutcome.Decided d) {
			household.recordAgencyDecision(d.decidedOn(), d.decision());
		}
	}

	static String describe(PanelOutcome outcome) {
		return outcome instanceof PanelOutcome.Recommended ? "Panel recommendation recorded" : "Agency decision recorded";
	}
}
