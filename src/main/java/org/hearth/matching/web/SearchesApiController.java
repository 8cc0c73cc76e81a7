package org.hearth.matching.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hearth.access.CurrentUser;
import org.hearth.matching.ChildRanking;
import org.hearth.matching.Exclusion;
import org.hearth.matching.HouseholdProfile;
import org.hearth.matching.MatchingPool;
import org.hearth.matching.RankedChild;
import org.hearth.matching.RankedHousehold;
import org.hearth.matching.SearchResults;
import org.hearth.matching.Searches;
import org.hearth.matching.ShownPart;
import org.hearth.matching.WideningRefused;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Family-finding searches as JSON: run one for a child (or the other way, for a household) and read
 * its ranked results with their reasons. Households appear as profiles without identifying details.
 */
@RestController
@RequestMapping("/api/v1/searches")
@PreAuthorize("hasAuthority('CASE_READ')")
@Tag(name = "Family-finding searches", description = "Ranked households for a child, or ranked children for a household, with reasons")
class SearchesApiController {

    private final Searches searches;

    SearchesApiController(Searches searches) {
        this.searches = searches;
    }

    /** Run a search: give a childId (a search for the child and the siblings to be placed with them) or a householdId. */
    record NewSearch(String childId, String householdId) {
    }

    record Part(String factor, int points, int maxPoints, int sharePercent, String why) {
        static Part of(ShownPart part) {
            return new Part(part.factor().name(), part.points(), part.maxPoints(), part.sharePercent(), part.words());
        }
    }

    record Reason(String rule, String forSocialWorker, String forHousehold) {
        static Reason of(Exclusion e) {
            return new Reason(e.rule(), e.forSocialWorker(), e.forHousehold());
        }
    }

    record Profile(String householdId, String origin, String status, boolean horizonScanning, String agency,
            String borough, int minChildren, int maxChildren, int minAge, int maxAge, boolean siblingGroups) {
        static Profile of(HouseholdProfile h) {
            var r = h.approvalRange();
            return new Profile(h.id().toString(), h.origin().name(), h.status().name(), h.isHorizonScanning(),
                    h.agency().name(), h.borough().value(), r.minChildren(), r.maxChildren(), r.minAge(), r.maxAge(),
                    r.siblingGroups());
        }
    }

    record Household(int rank, Profile household, int score, List<Part> parts, List<Reason> exclusions) {
    }

    record SignOffView(String role, String by, String at) {
    }

    record Search(String id, List<String> childIds, String borough, String scope, String startedAt,
            List<SignOffView> signOffs, int maxScore, List<Household> ranked, List<Household> excluded,
            long householdsWithoutRange, List<String> notes) {

        static Search of(SearchResults results) {
            var s = results.search();
            List<Household> ranked = new java.util.ArrayList<>();
            int rank = 1;
            for (RankedHousehold r : results.ranked()) {
                ranked.add(new Household(rank++, Profile.of(r.household()), r.score(),
                        r.parts().stream().map(Part::of).toList(), List.of()));
            }
            List<Household> excluded = results.excluded().stream()
                .map(r -> new Household(0, Profile.of(r.household()), 0, List.of(),
                        r.exclusions().stream().map(Reason::of).toList()))
                .toList();
            return new Search(s.id().toString(), s.children().stream().map(Object::toString).toList(),
                    results.boroughCode(), s.scope().name(), s.startedAt().toString(),
                    s.signOffs().stream().map(o -> new SignOffView(o.role().name(), o.who(), o.when().toString())).toList(),
                    results.settings().weights().total(), ranked, excluded, results.withoutRange(), results.child().notes());
        }
    }

    record Child(int rank, List<String> childIds, int score, List<Part> parts, List<Reason> exclusions) {
        static Child of(int rank, RankedChild r) {
            return new Child(rank, r.child().childIds().stream().map(Object::toString).toList(), r.score(),
                    r.parts().stream().map(Part::of).toList(), r.exclusions().stream().map(Reason::of).toList());
        }
    }

    record ChildrenForHousehold(Profile household, List<Child> ranked, List<Child> excluded) {
        static ChildrenForHousehold of(ChildRanking ranking) {
            List<Child> ranked = new java.util.ArrayList<>();
            int rank = 1;
            for (RankedChild r : ranking.ranked()) {
                ranked.add(Child.of(rank++, r));
            }
            return new ChildrenForHousehold(Profile.of(ranking.household()), ranked,
                    ranking.excluded().stream().map(r -> Child.of(0, r)).toList());
        }
    }

    @PostMapping
    @Operation(summary = "Run a search: for a child (childId), the households ranked with reasons; for a household (householdId), the waiting children ranked")
    ResponseEntity<?> run(CurrentUser user, @RequestBody NewSearch body) {
        if (body == null || (body.childId() == null) == (body.householdId() == null)) {
            throw new IllegalArgumentException("Give either childId or householdId");
        }
        if (body.householdId() != null) {
            var household = MatchingPool.householdId(body.householdId())
                .orElseThrow(() -> new IllegalArgumentException("householdId must be a household's id"));
            return ResponseEntity.ok(ChildrenForHousehold.of(searches.childrenFor(user, household)));
        }
        var id = searches.start(user, FamilyFindingController.childId(body.childId()));
        return ResponseEntity.created(URI.create("/api/v1/searches/" + id)).body(Search.of(searches.results(user, id)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A search's ranked households, with each part of each score and each exclusion's reasons")
    Search read(CurrentUser user, @PathVariable String id) {
        return Search.of(searches.results(user, FamilyFindingController.searchId(id)));
    }

    @PostMapping("/{id}/sign-offs")
    @PreAuthorize("hasAuthority('CASE_WRITE')")
    @Operation(summary = "Sign off widening: as the family-finding team manager or the child's social work team manager, by the caller's role")
    Search signOff(CurrentUser user, @PathVariable String id) {
        var search = FamilyFindingController.searchId(id);
        searches.signOff(user, search);
        return Search.of(searches.results(user, search));
    }

    @PostMapping("/{id}/widen")
    @PreAuthorize("hasAuthority('CASE_WRITE')")
    @Operation(summary = "Widen the search to the hub's other agencies; refused until both sign-offs are recorded")
    Search widen(CurrentUser user, @PathVariable String id) {
        var search = FamilyFindingController.searchId(id);
        searches.widen(user, search);
        return Search.of(searches.results(user, search));
    }

    @ExceptionHandler(WideningRefused.class)
    ProblemDetail refused(WideningRefused e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }
}
