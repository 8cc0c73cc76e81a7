package org.hearth.matching;

import java.util.List;

/**
 * A family-finding search with its ranked results, as the family finder sees it.
 *
 * @param search            the search: children, scope, sign-offs
 * @param agencyId          the agency running it
 * @param boroughCode       the child's borough
 * @param startedBy         who started it
 * @param child             the child or sibling group, with what the profile could not read
 * @param ranking           the households in the search's scope, ranked, and those excluded with reasons
 * @param withoutRange      households of the pool left out because no approval range is recorded yet
 * @param settings          the agency's weights and distance policy used
 * @param signOffRoleOfUser the sign-off the user may give, or {@code null} when none
 */
public record SearchResults(FamilyFindingSearch search, String agencyId, String boroughCode, String startedBy,
        PoolChild child, HouseholdRanking ranking, long withoutRange, MatchingSettings settings,
        SignOffRole signOffRoleOfUser) {

    public List<RankedHousehold> ranked() {
        return ranking.ranked();
    }

    public List<RankedHousehold> excluded() {
        return ranking.excluded();
    }

    public boolean widened() {
        return search.scope() == SearchScope.OTHER_AGENCIES;
    }

    /** A sign-off role with the sign-off given, or {@code null} when not yet. */
    public record SignOffRow(SignOffRole role, SignOff signOff) {
    }

    /** Both sign-off roles in order, each with its sign-off if given. */
    public List<SignOffRow> signOffRows() {
        return java.util.Arrays.stream(SignOffRole.values())
            .map(role -> new SignOffRow(role, search.signOffs().stream().filter(o -> o.role() == role).findFirst().orElse(null)))
            .toList();
    }

}
