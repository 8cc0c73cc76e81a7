package org.hearth.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.hearth.matching.bench.SyntheticPool;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For any child, household and weights: the score is exactly the sum of its shown parts; the
 * shares add up to exactly 100% (largest remainder), each within 1% of its exact value; the points
 * alone equal the points with words; a rule excludes exactly when it gives a reason; and ranking
 * does not depend on the order of its input.
 */
class ScoreProperties {

    @Property(tries = 1000)
    void everyScoreIsTheSumOfItsShownPartsAndTheSharesMake100(@ForAll long seed,
            @ForAll("weights") MatchingWeights weights, @ForAll DistancePolicy policy) {
        SplittableRandom random = new SplittableRandom(seed);
        ChildProfile child = SyntheticPool.child(random, 1);
        HouseholdProfile household = SyntheticPool.household(random, 1);
        Ranking ranking = new Ranking(new MatchingSettings(weights, policy));

        Score score = ranking.score(child, household);

        assertThat(score.total()).isEqualTo(score.parts().stream().mapToInt(ShownPart::points).sum());
        assertThat(score.max()).isEqualTo(weights.total());
        assertThat(score.total()).isEqualTo(ranking.points(child, household));
        for (ShownPart part : score.parts()) {
            assertThat(part.maxPoints()).isEqualTo(weights.of(part.factor()));
            assertThat(part.points()).isBetween(0, part.maxPoints());
            assertThat(part.words()).isNotBlank();
        }
        int shares = score.parts().stream().mapToInt(ShownPart::sharePercent).sum();
        if (score.total() == 0) {
            assertThat(shares).isZero();
        } else {
            assertThat(shares).isEqualTo(100);
            for (ShownPart part : score.parts()) {
                double exact = 100.0 * part.points() / score.total();
                assertThat(Math.abs(part.sharePercent() - exact)).isLessThan(1.0);
            }
        }
    }

    @Property(tries = 1000)
    void everyHardRuleExcludesExactlyWhenItGivesAReason(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        ChildProfile child = SyntheticPool.child(random, 1);
        HouseholdProfile household = SyntheticPool.household(random, 1);

        for (HardRule rule : org.hearth.matching.internal.MatchingPolicies.hardRules()) {
            assertThat(rule.excludes(child, household)).as(rule.name()).isEqualTo(rule.check(child, household).isPresent());
        }
    }

    @Property(tries = 200)
    void rankingHouseholdsIsTheSameHoweverTheyAreGiven(@ForAll long seed, @ForAll long shuffle) {
        SyntheticPool pool = SyntheticPool.generate(seed, 1, 60);
        ChildProfile child = pool.children().get(0);
        List<HouseholdProfile> shuffled = new ArrayList<>(pool.households());
        Collections.shuffle(shuffled, new Random(shuffle));
        Ranking ranking = Ranking.withDefaults();

        HouseholdRanking once = ranking.rankHouseholdsFor(child, pool.households());
        HouseholdRanking again = ranking.rankHouseholdsFor(child, shuffled);

        assertThat(again).isEqualTo(once);
        for (int i = 1; i < once.ranked().size(); i++) {
            assertThat(Ranking.HOUSEHOLD_ORDER.compare(once.ranked().get(i - 1), once.ranked().get(i))).isNegative();
        }
    }

    @Property(tries = 100)
    void rankingChildrenIsTheSameHoweverTheyAreGiven(@ForAll long seed, @ForAll long shuffle) {
        SyntheticPool pool = SyntheticPool.generate(seed, 40, 1);
        List<ChildProfile> shuffled = new ArrayList<>(pool.children());
        Collections.shuffle(shuffled, new Random(shuffle));
        Ranking ranking = Ranking.withDefaults();

        assertThat(ranking.rankChildrenFor(pool.households().get(0), shuffled))
                .isEqualTo(ranking.rankChildrenFor(pool.households().get(0), pool.children()));
    }

    @Property(tries = 50)
    void theWholePoolGivesEachChildTheTopOfItsOwnRanking(@ForAll long seed) {
        SyntheticPool pool = SyntheticPool.generate(seed, 5, 80);
        Ranking ranking = Ranking.withDefaults();

        List<Shortlist> shortlists = ranking.rankPool(pool.children(), pool.households(), 5);

        for (Shortlist shortlist : shortlists) {
            HouseholdRanking full = ranking.rankHouseholdsFor(shortlist.child(), pool.households());
            assertThat(shortlist.best()).isEqualTo(full.ranked().subList(0, Math.min(5, full.ranked().size())));
            assertThat(shortlist.householdsRanked()).isEqualTo(full.ranked().size());
            assertThat(shortlist.householdsExcluded()).isEqualTo(full.excluded().size());
        }
    }

    @Provide
    Arbitrary<MatchingWeights> weights() {
        Arbitrary<Integer> weight = Arbitraries.integers().between(0, 40).edgeCases(edges -> edges.includeOnly(0, 1, 40));
        return Combinators.combine(weight, weight, weight, weight, weight, weight, weight)
                .filter((a, b, c, d, e, f, g) -> a + b + c + d + e + f + g > 0)
                .as(MatchingWeights::new);
    }
}
