package org.hearth.matching.bench;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.hearth.children.EthnicityCode;
import org.hearth.matching.ChildProfile;
import org.hearth.matching.ContactKind;
import org.hearth.matching.HouseholdOrigin;
import org.hearth.matching.HouseholdProfile;
import org.hearth.matching.HouseholdRanking;
import org.hearth.matching.HouseholdStatus;
import org.hearth.matching.NeedArea;
import org.hearth.matching.Ranking;
import org.hearth.matching.Shortlist;

/**
 * Ranking at national scale, against a baseline measured in the same run.
 *
 * <p>The pool is synthetic and deterministic ({@link SyntheticPool}, seed 2026): 2,500 waiting
 * children or sibling groups and 5,000 households, about 60% approved and 40% in stage 2. England has
 * had roughly 2,000 to 3,000 children waiting for a family (3,060 with a placement order and not
 * matched on 30 September 2015) and around 2,000 approved adopter families waiting; 5,000 households
 * is that and the households in stage 2 as well, every agency's at once, the most one search could
 * ever see.
 *
 * <ul>
 *   <li>(a) one child against all 5,000 households, in full: every hard rule, every soft factor with
 *       its words and shares, sorted. Repeated for many children after a warm-up: median and p95
 *       latency per child. Then the same children with only the best 20 worded, as a page shows
 *       them.</li>
 *   <li>(b) the whole pool: every waiting child against every household (12.5 million pairs), keeping
 *       each child's 10 best households with words: pairs scored per second.</li>
 *   <li>Baseline for each: a loop over the same pairs that only reads the fields the rules and
 *       factors read, with no rule, score or sort. The ratio (ranking time / baseline time) says
 *       what the matching logic costs over touching the data at all.</li>
 * </ul>
 *
 * <p>Run with {@code ./mvnw -q -Pbenchmark test-compile exec:java}. Arguments (optional): seed,
 * children, households, repetitions of (a).
 */
public final class MatchingBenchmark {

    private static long sink;

    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 2026;
        int childCount = args.length > 1 ? Integer.parseInt(args[1]) : 2_500;
        int householdCount = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
        int repetitions = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        int warmUp = Math.max(20, repetitions / 3);

        long generating = System.nanoTime();
        SyntheticPool pool = SyntheticPool.generate(seed, childCount, householdCount);
        List<ChildProfile> children = pool.children();
        List<HouseholdProfile> households = pool.households();
        Ranking ranking = Ranking.withDefaults();

        System.out.printf(Locale.UK, "Hearth matching benchmark: %s, Java %s, %d processors available%n", LocalDate.now(),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.UK, "Pool (seed %d, made in %.1f s): %,d waiting profiles (%,d children, %,d sibling groups), "
                + "%,d households (%,d approved, %,d in stage 2; %,d in-house, %,d other hub agencies, %,d outside)%n",
                seed, seconds(System.nanoTime() - generating), children.size(),
                children.stream().mapToInt(ChildProfile::numberOfChildren).sum(),
                children.stream().filter(ChildProfile::isSiblingGroup).count(), households.size(),
                households.stream().filter(h -> h.status() == HouseholdStatus.APPROVED).count(),
                households.stream().filter(h -> h.status() == HouseholdStatus.IN_STAGE_2).count(),
                households.stream().filter(h -> h.origin() == HouseholdOrigin.IN_HOUSE).count(),
                households.stream().filter(h -> h.origin() == HouseholdOrigin.OTHER_HUB_AGENCY).count(),
                households.stream().filter(h -> h.origin() == HouseholdOrigin.OUTSIDE_AGENCY).count());

        // (a) one child against every household
        for (int i = 0; i < warmUp; i++) {
            ChildProfile child = children.get(i % children.size());
            sink += ranking.rankHouseholdsFor(child, households).ranked().size();
            sink += baseline(child, households);
        }
        long[] rankingTimes = new long[repetitions];
        long[] baselineTimes = new long[repetitions];
        long rankedTotal = 0;
        for (int i = 0; i < repetitions; i++) {
            ChildProfile child = children.get((warmUp + i) % children.size());
            long start = System.nanoTime();
            HouseholdRanking result = ranking.rankHouseholdsFor(child, households);
            rankingTimes[i] = System.nanoTime() - start;
            rankedTotal += result.ranked().size();
            sink += result.ranked().isEmpty() ? 0 : result.ranked().get(0).score();
            start = System.nanoTime();
            sink += baseline(child, households);
            baselineTimes[i] = System.nanoTime() - start;
        }
        long[] shortlistTimes = new long[repetitions];
        for (int i = 0; i < warmUp + repetitions; i++) {
            ChildProfile child = children.get(i % children.size());
            long start = System.nanoTime();
            sink += ranking.rankPool(List.of(child), households, 20).get(0).best().size();
            if (i >= warmUp) {
                shortlistTimes[i - warmUp] = System.nanoTime() - start;
            }
        }
        Arrays.sort(rankingTimes);
        Arrays.sort(baselineTimes);
        Arrays.sort(shortlistTimes);
        System.out.printf(Locale.UK, "(a) One child against %,d households, %d children after %d warm-up (on average %,d ranked, the rest excluded)%n",
                households.size(), repetitions, warmUp, rankedTotal / repetitions);
        System.out.printf(Locale.UK, "    ranking (rules, scores, words, shares, sort): median %.2f ms, p95 %.2f ms per child%n",
                millis(median(rankingTimes)), millis(p95(rankingTimes)));
        System.out.printf(Locale.UK, "    baseline (reads the same fields only):        median %.3f ms, p95 %.3f ms per child%n",
                millis(median(baselineTimes)), millis(p95(baselineTimes)));
        System.out.printf(Locale.UK, "    ratio ranking / baseline: %.1f (median), %.1f (p95)%n",
                (double) median(rankingTimes) / median(baselineTimes), (double) p95(rankingTimes) / p95(baselineTimes));
        System.out.printf(Locale.UK, "    best 20 only, with words (excluded counted, not worded): median %.2f ms, p95 %.2f ms per child, ratio %.1f (median)%n",
                millis(median(shortlistTimes)), millis(p95(shortlistTimes)),
                (double) median(shortlistTimes) / median(baselineTimes));

        // (b) the whole pool: warm up on a slice, then every child against every household
        List<ChildProfile> slice = children.subList(0, Math.min(200, children.size()));
        sink += ranking.rankPool(slice, households, 10).size();
        sink += baselinePool(slice, households);
        long pairs = (long) children.size() * households.size();
        long poolTime = 0;
        long baselinePoolTime = 0;
        long excluded = 0;
        // in chunks of 100 children, ranking and baseline in turn, so a change of load on a shared
        // machine weighs on both alike
        for (int from = 0; from < children.size(); from += 100) {
            List<ChildProfile> chunk = children.subList(from, Math.min(children.size(), from + 100));
            long start = System.nanoTime();
            List<Shortlist> shortlists = ranking.rankPool(chunk, households, 10);
            poolTime += System.nanoTime() - start;
            start = System.nanoTime();
            sink += baselinePool(chunk, households);
            baselinePoolTime += System.nanoTime() - start;
            excluded += shortlists.stream().mapToLong(Shortlist::householdsExcluded).sum();
            sink += shortlists.size();
        }
        System.out.printf(Locale.UK, "(b) Whole pool: %,d children x %,d households = %,d pairs (%.0f%% excluded by a hard rule), best 10 kept per child with words, one thread%n",
                children.size(), households.size(), pairs, 100.0 * excluded / pairs);
        System.out.printf(Locale.UK, "    ranking:  %.2f s, %,.0f pairs scored per second (%.0f ns a pair)%n", seconds(poolTime), pairs / seconds(poolTime),
                (double) poolTime / pairs);
        System.out.printf(Locale.UK, "    baseline: %.2f s, %,.0f pairs read per second%n", seconds(baselinePoolTime),
                pairs / seconds(baselinePoolTime));
        System.out.printf(Locale.UK, "    ratio ranking / baseline: %.1f%n", (double) poolTime / baselinePoolTime);
        System.out.println("(checksum " + (sink & 0xffff) + ")");
    }

    /** Reads, for every household, the fields the rules and factors read, and nothing else. */
    static long baseline(ChildProfile child, List<HouseholdProfile> households) {
        long sum = 0;
        for (HouseholdProfile household : households) {
            sum += readPair(child, household);
        }
        return sum;
    }

    static long baselinePool(List<ChildProfile> children, List<HouseholdProfile> households) {
        HouseholdProfile[] pool = households.toArray(HouseholdProfile[]::new);
        long sum = 0;
        for (ChildProfile child : children) {
            for (HouseholdProfile household : pool) {
                sum += readPair(child, household);
            }
        }
        return sum;
    }

    private static final NeedArea[] AREAS = NeedArea.values();

    private static long readPair(ChildProfile child, HouseholdProfile household) {
        var range = household.approvalRange();
        long sum = range.minChildren() + range.maxChildren() + range.minAge() + range.maxAge()
                + (range.siblingGroups() ? 1 : 0) + child.numberOfChildren();
        for (ChildProfile.Member member : child.members()) {
            sum += member.ageInYears() + (range.sexesAccepted().contains(member.sex()) ? 1 : 0);
            EthnicityCode code = member.ethnicity();
            sum += (household.heritageCodes().contains(code) ? 1 : 0) + (household.heritageGroups().contains(code.group()) ? 1 : 0);
        }
        for (NeedArea area : AREAS) {
            var need = child.needIn(area);
            var capacity = household.capacityIn(area);
            sum += (need == null ? 0 : need.ordinal()) + (capacity == null ? 0 : capacity.ordinal());
        }
        sum += household.religions().contains(child.religion()) ? 1 : 0;
        sum += child.firstLanguage() != null && household.languages().contains(child.firstLanguage()) ? 1 : 0;
        sum += child.earlyPermanenceWanted() == household.fosteringForAdoptionWilling() ? 1 : 0;
        for (ContactKind kind : child.contactPlan()) {
            sum += household.contactSupported().contains(kind) ? 1 : 0;
        }
        sum += household.borough().value().equals(child.birthFamilyBorough().value()) ? 1 : 0;
        sum += household.distancePreference().notInOrNextToBirthFamilyBorough() ? 1 : 0;
        sum += household.origin().ordinal() + household.status().ordinal();
        return sum;
    }

    private static long median(long[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static long p95(long[] sorted) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static double seconds(long nanos) {
        return nanos / 1_000_000_000.0;
    }
}
