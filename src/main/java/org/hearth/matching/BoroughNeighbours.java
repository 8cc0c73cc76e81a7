package org.hearth.matching;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Which London boroughs neighbour which: the 33 London local authorities (the 32 boroughs and the
 * City of London) by ONS code, two being neighbours when they share a boundary, including a
 * boundary along the middle of the Thames. Steps between two boroughs count the boundaries crossed
 * on the shortest way from one to the other (0 = the same borough, 1 = neighbours).
 *
 * <p>Outside London Hearth knows no neighbours yet: two different boroughs there are "not known to
 * neighbour", and no steps between them can be counted.
 */
public final class BoroughNeighbours {

    private record Borough(String code, String name, List<String> neighbours) {
    }

    private static final List<Borough> LONDON = List.of(
            new Borough("E09000001", "City of London", List.of("E09000033", "E09000007", "E09000019", "E09000012", "E09000030", "E09000028")),
            new Borough("E09000002", "Barking and Dagenham", List.of("E09000016", "E09000026", "E09000025", "E09000004")),
            new Borough("E09000003", "Barnet", List.of("E09000010", "E09000014", "E09000007", "E09000005", "E09000015")),
            new Borough("E09000004", "Bexley", List.of("E09000011", "E09000006", "E09000002", "E09000016")),
            new Borough("E09000005", "Brent", List.of("E09000003", "E09000015", "E09000009", "E09000013", "E09000020", "E09000033", "E09000007")),
            new Borough("E09000006", "Bromley", List.of("E09000004", "E09000011", "E09000023", "E09000028", "E09000022", "E09000008")),
            new Borough("E09000007", "Camden", List.of("E09000003", "E09000014", "E09000019", "E09000001", "E09000033", "E09000005")),
            new Borough("E09000008", "Croydon", List.of("E09000006", "E09000022", "E09000024", "E09000029")),
            new Borough("E09000009", "Ealing", List.of("E09000005", "E09000015", "E09000017", "E09000018", "E09000013")),
            new Borough("E09000010", "Enfield", List.of("E09000003", "E09000014", "E09000031")),
            new Borough("E09000011", "Greenwich", List.of("E09000023", "E09000006", "E09000004", "E09000030", "E09000025")),
            new Borough("E09000012", "Hackney", List.of("E09000014", "E09000019", "E09000001", "E09000030", "E09000025", "E09000031")),
            new Borough("E09000013", "Hammersmith and Fulham", List.of("E09000005", "E09000009", "E09000018", "E09000027", "E09000032", "E09000020")),
            new Borough("E09000014", "Haringey", List.of("E09000010", "E09000003", "E09000007", "E09000019", "E09000012", "E09000031")),
            new Borough("E09000015", "Harrow", List.of("E09000003", "E09000005", "E09000009", "E09000017")),
            new Borough("E09000016", "Havering", List.of("E09000002", "E09000026", "E09000004")),
            new Borough("E09000017", "Hillingdon", List.of("E09000015", "E09000009", "E09000018")),
            new Borough("E09000018", "Hounslow", List.of("E09000017", "E09000009", "E09000013", "E09000027")),
            new Borough("E09000019", "Islington", List.of("E09000014", "E09000012", "E09000001", "E09000007")),
            new Borough("E09000020", "Kensington and Chelsea", List.of("E09000005", "E09000033", "E09000013", "E09000032")),
            new Borough("E09000021", "Kingston upon Thames", List.of("E09000027", "E09000024", "E09000029", "E09000032")),
            new Borough("E09000022", "Lambeth", List.of("E09000032", "E09000033", "E09000028", "E09000008", "E09000006", "E09000024")),
            new Borough("E09000023", "Lewisham", List.of("E09000028", "E09000011", "E09000006", "E09000030")),
            new Borough("E09000024", "Merton", List.of("E09000032", "E09000022", "E09000008", "E09000029", "E09000021")),
            new Borough("E09000025", "Newham", List.of("E09000012", "E09000030", "E09000031", "E09000026", "E09000002", "E09000011")),
            new Borough("E09000026", "Redbridge", List.of("E09000031", "E09000025", "E09000002", "E09000016")),
            new Borough("E09000027", "Richmond upon Thames", List.of("E09000018", "E09000021", "E09000032", "E09000013")),
            new Borough("E09000028", "Southwark", List.of("E09000022", "E09000023", "E09000006", "E09000001", "E09000030")),
            new Borough("E09000029", "Sutton", List.of("E09000024", "E09000008", "E09000021")),
            new Borough("E09000030", "Tower Hamlets", List.of("E09000001", "E09000012", "E09000025", "E09000028", "E09000023", "E09000011")),
            new Borough("E09000031", "Waltham Forest", List.of("E09000010", "E09000014", "E09000012", "E09000025", "E09000026")),
            new Borough("E09000032", "Wandsworth", List.of("E09000013", "E09000020", "E09000033", "E09000022", "E09000024", "E09000021", "E09000027")),
            new Borough("E09000033", "Westminster", List.of("E09000001", "E09000007", "E09000005", "E09000020", "E09000022", "E09000032")));

    private static final BoroughNeighbours LONDON_NEIGHBOURS = new BoroughNeighbours(LONDON);

    private final Map<String, Integer> index = new HashMap<>();
    private final Map<BoroughCode, String> names = new LinkedHashMap<>();
    private final Map<BoroughCode, Set<BoroughCode>> neighbours = new LinkedHashMap<>();
    private final int[][] steps;

    private BoroughNeighbours(List<Borough> boroughs) {
        for (int i = 0; i < boroughs.size(); i++) {
            index.put(boroughs.get(i).code(), i);
            names.put(BoroughCode.of(boroughs.get(i).code()), boroughs.get(i).name());
        }
        int size = boroughs.size();
        boolean[][] adjacent = new boolean[size][size];
        for (int i = 0; i < size; i++) {
            Set<BoroughCode> next = new LinkedHashSet<>();
            for (String code : boroughs.get(i).neighbours()) {
                Integer j = index.get(code);
                if (j == null || j == i) {
                    throw new IllegalStateException(boroughs.get(i).name() + " names an unknown neighbour " + code);
                }
                adjacent[i][j] = true;
                next.add(BoroughCode.of(code));
            }
            neighbours.put(BoroughCode.of(boroughs.get(i).code()), Collections.unmodifiableSet(next));
        }
        steps = new int[size][];
        for (int from = 0; from < size; from++) {
            int[] distance = new int[size];
            Arrays.fill(distance, -1);
            distance[from] = 0;
            Deque<Integer> queue = new ArrayDeque<>(List.of(from));
            while (!queue.isEmpty()) {
                int at = queue.poll();
                for (int to = 0; to < size; to++) {
                    if (adjacent[at][to] && distance[to] < 0) {
                        distance[to] = distance[at] + 1;
                        queue.add(to);
                    }
                }
            }
            steps[from] = distance;
        }
    }

    /** The 33 London local authorities and their neighbours. */
    public static BoroughNeighbours london() {
        return LONDON_NEIGHBOURS;
    }

    /** The boroughs the table knows, in ONS code order. */
    public Set<BoroughCode> boroughs() {
        return Collections.unmodifiableSet(names.keySet());
    }

    public Set<BoroughCode> neighboursOf(BoroughCode borough) {
        return neighbours.getOrDefault(borough, Set.of());
    }

    public boolean areNeighbours(BoroughCode one, BoroughCode other) {
        OptionalInt between = stepsBetween(one, other);
        return between.isPresent() && between.getAsInt() == 1;
    }

    /**
     * The boundaries crossed from one borough to the other: 0 for the same borough (anywhere),
     * empty when either is not in the table.
     */
    public OptionalInt stepsBetween(BoroughCode one, BoroughCode other) {
        if (one.value().equals(other.value())) {
            return OptionalInt.of(0);
        }
        Integer from = index.get(one.value());
        Integer to = index.get(other.value());
        if (from == null || to == null || steps[from][to] < 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(steps[from][to]);
    }

    /** The borough's name, or its code when the table does not know it. */
    public String nameOf(BoroughCode borough) {
        return names.getOrDefault(borough, borough.value());
    }
}
