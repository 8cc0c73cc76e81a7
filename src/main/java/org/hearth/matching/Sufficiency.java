package org.hearth.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hearth.access.CurrentUser;
import org.hearth.audit.AuditLog;
import org.hearth.audit.AuditRecord;
import org.hearth.audit.AuditScope;
import org.hearth.children.EthnicGroup;
import org.hearth.matching.internal.SettingsStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sufficiency: the children waiting in the agency's boroughs, by profile, against the households
 * whose approval range covers them (no hard rule excludes them), so recruitment can target the
 * children with no possible family in-house.
 */
@Service
public class Sufficiency {

    /** A group of waiting children with the same profile, and how many of them have a possible family where. */
    public record ProfileRow(String ageBand, String siblings, String highestNeed, String heritage, int children,
            int withApprovedInHouse, int withStage2InHouseOnly, int withOtherAgenciesOnly, int withNone) {
    }

    /** A child (or sibling group) with no possible family in-house, and the rules that most often excluded one. */
    public record Unmatched(PoolChild child, int approvedElsewhere, List<String> commonReasons) {
    }

    /** The whole view. */
    public record View(List<ProfileRow> rows, List<Unmatched> noFamilyInHouse, int children, int inHouseApproved,
            int inHouseStage2, int otherAgenciesApproved) {
    }

    private final MatchingPool pool;
    private final SettingsStore settings;
    private final AuditLog audit;

    Sufficiency(MatchingPool pool, SettingsStore settings, AuditLog audit) {
        this.pool = pool;
        this.settings = settings;
        this.audit = audit;
    }

    @Transactional
    public View view(CurrentUser user) {
        List<PoolChild> waiting = pool.waitingChildren(user, "Sufficiency: children waiting against households");
        List<HouseholdProfile> households = pool.households(user);
        Ranking ranking = new Ranking(settings.of(user.agencyId()));
        Map<List<String>, int[]> counts = new TreeMap<>(Comparator
            .comparing((List<String> key) -> AGE_BANDS.indexOf(key.get(0)))
            .thenComparing(key -> key.get(1))
            .thenComparing(key -> NEED_ORDER.indexOf(key.get(2)))
            .thenComparing(key -> key.get(3)));
        List<Unmatched> unmatched = new ArrayList<>();
        for (PoolChild child : waiting) {
            int approvedInHouse = 0;
            int stage2InHouse = 0;
            int otherApproved = 0;
            Map<String, Integer> reasons = new LinkedHashMap<>();
            for (HouseholdProfile household : households) {
                if (!household.isInHouse() && household.status() != HouseholdStatus.APPROVED) {
                    continue;
                }
                List<Exclusion> exclusions = ranking.exclusions(child.profile(), household);
                if (!exclusions.isEmpty()) {
                    if (household.isInHouse()) {
                        exclusions.forEach(e -> reasons.merge(e.rule(), 1, Integer::sum));
                    }
                    continue;
                }
                if (!household.isInHouse()) {
                    otherApproved++;
                }
                else if (household.status() == HouseholdStatus.APPROVED) {
                    approvedInHouse++;
                }
                else {
                    stage2InHouse++;
                }
            }
            ChildProfile profile = child.profile();
            List<String> key = List.of(ageBand(profile.eldestAge()), siblings(profile.numberOfChildren()),
                    highestNeed(profile), heritage(profile));
            int[] row = counts.computeIfAbsent(key, k -> new int[5]);
            row[0]++;
            if (approvedInHouse > 0) {
                row[1]++;
            }
            else if (stage2InHouse > 0) {
                row[2]++;
            }
            else if (otherApproved > 0) {
                row[3]++;
            }
            else {
                row[4]++;
            }
            if (approvedInHouse == 0 && stage2InHouse == 0) {
                List<String> common = reasons.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(3)
                    .map(e -> e.getKey() + " (" + e.getValue() + (e.getValue() == 1 ? " household)" : " households)"))
                    .toList();
                unmatched.add(new Unmatched(child, otherApproved, common));
            }
        }
        List<ProfileRow> rows = counts.entrySet().stream()
            .map(e -> new ProfileRow(e.getKey().get(0), e.getKey().get(1), e.getKey().get(2), e.getKey().get(3),
                    e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3], e.getValue()[4]))
            .toList();
        int approved = (int) households.stream().filter(h -> h.isInHouse() && h.status() == HouseholdStatus.APPROVED).count();
        int stage2 = (int) households.stream().filter(h -> h.isInHouse() && h.status() == HouseholdStatus.IN_STAGE_2).count();
        int other = (int) households.stream().filter(h -> !h.isInHouse() && h.status() == HouseholdStatus.APPROVED).count();
        audit.record(AuditRecord.viewed(AuditScope.agency(user.agencyId()), "children", null, "Sufficiency viewed: " + waiting.size() + " children waiting, "
                + unmatched.size() + " with no possible family in-house"));
        return new View(rows, unmatched, waiting.size(), approved, stage2, other);
    }

    private static final List<String> AGE_BANDS = List.of("Under 1", "1 to 4", "5 to 9", "10 or over");
    private static final List<String> NEED_ORDER = List.of("None recorded", "Low", "Medium", "High");

    /** The age band of the eldest child: under 1, 1 to 4, 5 to 9, 10 or over. */
    static String ageBand(int age) {
        if (age < 1) {
            return "Under 1";
        }
        if (age <= 4) {
            return "1 to 4";
        }
        return age <= 9 ? "5 to 9" : "10 or over";
    }

    static String siblings(int children) {
        return children == 1 ? "Single child" : "Sibling group of " + children;
    }

    static String highestNeed(ChildProfile profile) {
        return profile.needs().values().stream().max(Comparator.naturalOrder())
            .map(level -> level.words().substring(0, 1).toUpperCase() + level.words().substring(1))
            .orElse("None recorded");
    }

    static String heritage(ChildProfile profile) {
        var groups = profile.ethnicities().stream().map(code -> code.group()).distinct().toList();
        if (groups.size() == 1) {
            return groups.get(0).label();
        }
        return groups.contains(EthnicGroup.NOT_KNOWN) && groups.size() == 2
                ? groups.stream().filter(g -> g != EthnicGroup.NOT_KNOWN).findFirst().orElseThrow().label()
                : "Mixed within the group";
    }
}
