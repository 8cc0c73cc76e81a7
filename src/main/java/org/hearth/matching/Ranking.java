package org.hearth.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;

import org.hearth.matching.internal.MatchingPolicies;

/**
 * Ranks households for a child, and children for a household: hard rules exclude with reasons,
 * soft factors score with words. Deterministic: the same profiles give the same order whatever
 * order they come in.
 *
 * <p>Order of households with equal scores: in-house before another hub agency before an outside
 * agency, approved before stage 2, then household id. Order of children with equal scores: the
 * child waiting longest first, then the profile's key.
 */
public final class Ranking {

    /** The order of ranked households: score, in-house first, approved first, household id. */
    public static final Comparator<RankedHousehold> HOUSEHOLD_ORDER = Comparator
            .comparingInt(RankedHousehold::score).reversed()
            .thenComparing(ranked -> ranked.household().origin())
            .thenComparing(ranked -> ranked.household().status())
            .thenComparing(ranked -> ranked.household().id());

    /** The order of ranked children: score, waiting longest first, then the profile's key. */
    public static final Comparator<RankedChild> CHILD_ORDER = Comparator
            .comparingInt(RankedChild::score).reversed()
            .thenComparing(ranked -> ranked.child().waitingSince(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ranked -> ranked.child().key());

    private static final Comparator<RankedHousehold> EXCLUDED_HOUSEHOLD_ORDER = Comparator
            .comparing((RankedHousehold ranked) -> ranked.household().origin())
            .thenComparing(ranked -> ranked.household().id());

    private final MatchingSettings settings;
    private final List<HardRule> hardRules;
    private final SoftFactor[] factors;
    private final int[] weights;

    public Ranking(MatchingSettings settings) {
        this(settings, MatchingPolicies.hardRules(), MatchingPolicies.softFactors(settings));
    }

    /** A ranking with other rules or factors, for an agency that adds its own policies. */
    public Ranking(MatchingSettings settings, List<HardRule> hardRules, List<SoftFactor> softFactors) {
        this.settings = Objects.requireNonNull(settings);
        this.hardRules = List.copyOf(hardRules);
        this.factors = softFactors.toArray(SoftFactor[]::new);
        this.weights = new int[factors.length];
        for (int i = 0; i < factors.length; i++) {
            weights[i] = settings.weights().of(factors[i].factor());
        }
    }

    public static Ranking withDefaults() {
        return new Ranking(MatchingSettings.defaults());
    }

    public MatchingSettings settings() {
        return settings;
    }

    /** Every hard rule the household breaks for the child, in the rules' order. */
    public List<Exclusion> exclusions(ChildProfile child, HouseholdProfile household) {
        List<Exclusion> exclusions = null;
        for (HardRule rule : hardRules) {
            Optional<Exclusion> exclusion = rule.check(child, household);
            if (exclusion.isPresent()) {
                if (exclusions == null) {
                    exclusions = new ArrayList<>(2);
                }
                exclusions.add(exclusion.get());
            }
        }
        return exclusions == null ? List.of() : exclusions;
    }

    /** The household's score for the child with every part in words, whether or not it is excluded. */
    public Score score(ChildProfile child, HouseholdProfile household) {
        List<ScorePart> parts = new ArrayList<>(factors.length);
        for (int i = 0; i < factors.length; i++) {
            parts.add(factors[i].score(child, household, weights[i]));
        }
        return Score.of(parts);
    }

    /** The score alone, as {@link #score} would give it, without building any words. */
    public int points(ChildProfile child, HouseholdProfile household) {
        int total = 0;
        for (int i = 0; i < factors.length; i++) {
            total += factors[i].points(child, household, weights[i]);
        }
        return total;
    }

    private boolean excluded(ChildProfile child, HouseholdProfile household) {
        for (HardRule rule : hardRules) {
            if (rule.excludes(child, household)) {
                return true;
            }
        }
        return false;
    }

    /** One household in full, ranked or excluded. */
    public RankedHousehold rank(ChildProfile child, HouseholdProfile household) {
        List<Exclusion> exclusions = exclusions(child, household);
        if (!exclusions.isEmpty()) {
            return new RankedHousehold(household, 0, List.of(), exclusions, household.isHorizonScanning());
        }
        Score score = score(child, household);
        return new RankedHousehold(household, score.total(), score.parts(), List.of(), household.isHorizonScanning());
    }

    /** Every household for the child: ranked best first, and excluded with reasons. */
    public HouseholdRanking rankHouseholdsFor(ChildProfile child, Collection<HouseholdProfile> households) {
        List<RankedHousehold> ranked = new ArrayList<>(households.size());
        List<RankedHousehold> excluded = new ArrayList<>();
        for (HouseholdProfile household : households) {
            RankedHousehold one = rank(child, household);
            (one.isExcluded() ? excluded : ranked).add(one);
        }
        ranked.sort(HOUSEHOLD_ORDER);
        excluded.sort(EXCLUDED_HOUSEHOLD_ORDER);
        return new HouseholdRanking(child, ranked, excluded);
    }

    /** Every child for an approved household: ranked best first, and those it is excluded for. */
    public ChildRanking rankChildrenFor(HouseholdProfile household, Collection<ChildProfile> children) {
        List<RankedChild> ranked = new ArrayList<>(children.size());
        List<RankedChild> excluded = new ArrayList<>();
        for (ChildProfile child : children) {
            List<Exclusion> exclusions = exclusions(child, household);
            if (!exclusions.isEmpty()) {
                excluded.add(new RankedChild(child, 0, List.of(), exclusions));
            } else {
                Score score = score(child, household);
                ranked.add(new RankedChild(child, score.total(), score.parts(), List.of()));
            }
        }
        ranked.sort(CHILD_ORDER);
        excluded.sort(Comparator.comparing(rankedChild -> rankedChild.child().key()));
        return new ChildRanking(household, ranked, excluded);
    }

    /**
     * The whole pool: for every child, the best households (at most {@code shortlistSize}, in
     * ranking order, with words), and how many were ranked and excluded. Scores every pair without
     * words and writes the words only for the shortlists.
     */
    public List<Shortlist> rankPool(Collection<ChildProfile> children, Collection<HouseholdProfile> households,
            int shortlistSize) {
        if (shortlistSize < 1) {
            throw new IllegalArgumentException("A shortlist holds at least one household");
        }
        HouseholdProfile[] pool = households.toArray(HouseholdProfile[]::new);
        List<Shortlist> shortlists = new ArrayList<>(children.size());
        for (ChildProfile child : children) {
            shortlists.add(shortlist(child, pool, shortlistSize));
        }
        return shortlists;
    }

    private record Candidate(HouseholdProfile household, int score) {
    }

    private static final Comparator<Candidate> CANDIDATE_ORDER = Comparator
            .comparingInt(Candidate::score).reversed()
            .thenComparing(candidate -> candidate.household().origin())
            .thenComparing(candidate -> candidate.household().status())
            .thenComparing(candidate -> candidate.household().id());

    private Shortlist shortlist(ChildProfile child, HouseholdProfile[] pool, int size) {
        PriorityQueue<Candidate> best = new PriorityQueue<>(size + 1, CANDIDATE_ORDER.reversed());
        int ranked = 0;
        int excluded = 0;
        for (HouseholdProfile household : pool) {
            if (excluded(child, household)) {
                excluded++;
                continue;
            }
            ranked++;
            int score = points(child, household);
            if (best.size() < size) {
                best.add(new Candidate(household, score));
            } else {
                Candidate worst = best.peek();
                if (score > worst.score() || (score == worst.score()
                        && CANDIDATE_ORDER.compare(new Candidate(household, score), worst) < 0)) {
                    best.poll();
                    best.add(new Candidate(household, score));
                }
            }
        }
        List<Candidate> chosen = new ArrayList<>(best);
        chosen.sort(CANDIDATE_ORDER);
        List<RankedHousehold> shown = new ArrayList<>(chosen.size());
        for (Candidate candidate : chosen) {
            shown.add(rank(child, candidate.household()));
        }
        return new Shortlist(child, shown, ranked, excluded);
    }
}
