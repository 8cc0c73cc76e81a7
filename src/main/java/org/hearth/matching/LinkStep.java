package org.hearth.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One dated step of a link.
 *
 * @param outcome for a link who expressed the interest; for a matching panel its recommendation;
 *                for a match decision the decision; otherwise {@code null}
 * @param note    what the worker wrote (for a visit, what happened), or {@code null}
 */
public record LinkStep(LinkStepType type, LocalDate date, String outcome, String note, String recordedBy,
        Instant recordedAt) {

    public LinkStep {
        Objects.requireNonNull(type, "A link step needs its type");
        Objects.requireNonNull(date, () -> type.label() + " needs a date");
        note = note == null || note.isBlank() ? null : note.strip();
    }

    public Optional<InterestFrom> interestFrom() {
        return type == LinkStepType.LINKED && outcome != null ? Optional.of(InterestFrom.valueOf(outcome)) : Optional.empty();
    }

    public Optional<PanelRecommendation> recommendation() {
        return type == LinkStepType.MATCHING_PANEL && outcome != null ? Optional.of(PanelRecommendation.valueOf(outcome))
                : Optional.empty();
    }

    public Optional<MatchDecision> decision() {
        return type == LinkStepType.MATCH_DECISION && outcome != null ? Optional.of(MatchDecision.valueOf(outcome))
                : Optional.empty();
    }

    /** The outcome in words, such as "Interest from the household" or "The match is recommended". */
    public Optional<String> outcomeWords() {
        return interestFrom().map(from -> "Interest from " + from.words())
                .or(() -> recommendation().map(PanelRecommendation::words))
                .or(() -> decision().map(MatchDecision::words));
    }
}
