package org.hearth.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A household's score for a child: the sum of its parts, each shown with its share.
 *
 * <p>Shares are whole per cents by the largest-remainder method: each part first gets its exact
 * share rounded down, then the per cents still missing to make 100 go one each to the parts with
 * the largest remainders (the earlier factor first on equal remainders). So the shares always add
 * up to exactly 100, and each differs from its exact value by less than one per cent. A score of 0
 * shows every share as 0%.
 *
 * @param total the score: exactly the sum of the parts' points
 * @param max   the most it could have been: the sum of the weights
 */
public record Score(int total, int max, List<ShownPart> parts) {

    public Score {
        parts = List.copyOf(parts);
        int sum = 0;
        for (ShownPart part : parts) {
            sum += part.points();
        }
        if (sum != total) {
            throw new IllegalArgumentException("A score is the sum of its parts");
        }
    }

    /** The score of the parts, with each part's share. */
    public static Score of(List<ScorePart> parts) {
        int total = 0;
        int max = 0;
        for (ScorePart part : parts) {
            total += part.points();
            max += part.maxPoints();
        }
        int[] shares = new int[parts.size()];
        if (total > 0) {
            long[] remainders = new long[parts.size()];
            int given = 0;
            for (int i = 0; i < parts.size(); i++) {
                long hundredTimes = 100L * parts.get(i).points();
                shares[i] = (int) (hundredTimes / total);
                remainders[i] = hundredTimes % total;
                given += shares[i];
            }
            List<Integer> byRemainder = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                byRemainder.add(i);
            }
            byRemainder.sort(Comparator.<Integer>comparingLong(i -> remainders[i]).reversed()
                    .thenComparing(Comparator.naturalOrder()));
            for (int i = 0; given < 100; i++, given++) {
                shares[byRemainder.get(i)]++;
            }
        }
        List<ShownPart> shown = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            shown.add(new ShownPart(parts.get(i), shares[i]));
        }
        return new Score(total, max, shown);
    }
}
