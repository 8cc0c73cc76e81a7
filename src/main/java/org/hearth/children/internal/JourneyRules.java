package org.hearth.children.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.hearth.children.Birth;
import org.hearth.children.JourneyEvent;
import org.hearth.children.JourneySettings;

/**
 * Every rule a child's journey keeps, in the order their messages are shown.
 */
public final class JourneyRules {

    private final List<JourneyRule> rules;

    private JourneyRules(List<JourneyRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static JourneyRules on(LocalDate today, JourneySettings settings) {
        return new JourneyRules(List.of(
                new NoDateInTheFuture(today),
                new NotBeforeBirth(),
                new NoLongerThePlanNeedsReason(),
                new EarlyPermanencePlacementNotBeforeEnteringCare(),
                new FosteringWithTheAdoptersNotBeforeEnteringCare(),
                new FamilyFindingNotBeforeAdoptionConsidered(),
                new PlacementOrderNotBeforeShouldBePlacedDecision(),
                new ConsentToPlacementNotBeforeShouldBePlacedDecision(),
                new LinkNotBeforeFamilyFindingStarted(),
                new MatchingPanelNotBeforeLink(),
                new MatchDecisionNotBeforeShouldBePlacedDecision(),
                new MatchDecisionNotBeforeMatchingPanel(),
                new PlacedNotBeforeShouldBePlacedDecision(),
                new PlacedNotBeforeMatchDecision(),
                new PlacedNotBeforeFosteringWithTheAdopters(),
                new AdoptionApplicationAfterTimeLivingWithAdopters(settings.weeksLivingWithAdoptersBeforeApplication()),
                new AdoptionOrderNotBeforeApplication(),
                new AdoptionOrderNeedsPlacement(),
                new OnlyOneAdoptionOrder(),
                new JourneyEndsWithTheAdoptionOrder(),
                new DisruptionBeforeOrderNeedsPlacement(),
                new DisruptionBeforeOrderIsBeforeTheOrder(),
                new DisruptionAfterOrderFollowsTheOrder()));
    }

    /**
     * The messages of the rules the events break; empty when they keep every rule.
     */
    public List<String> brokenBy(Collection<JourneyEvent> effectiveEvents, Birth birth) {
        JourneyEvents events = JourneyEvents.of(effectiveEvents);
        return rules.stream()
                .map(rule -> rule.check(events, birth))
                .flatMap(Optional::stream)
                .toList();
    }
}
