package org.hearth.matching.web;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.hearth.access.CurrentUser;
import org.hearth.access.RecordNotFound;
import org.hearth.children.ChildId;
import org.hearth.matching.BoroughCode;
import org.hearth.matching.ContactKind;
import org.hearth.matching.DistancePolicy;
import org.hearth.matching.LinkRuleBroken;
import org.hearth.matching.MatchingPool;
import org.hearth.matching.MatchingSettings;
import org.hearth.matching.MatchingWeights;
import org.hearth.matching.NeedArea;
import org.hearth.matching.NeedLevel;
import org.hearth.matching.SearchId;
import org.hearth.matching.Searches;
import org.hearth.matching.Sufficiency;
import org.hearth.matching.WideningRefused;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Family finding: the children waiting, a search for a child with its ranked households and their
 * reasons, the sign-offs and widening, the child's needs for matching, the children ranked for a
 * household, sufficiency and the agency's matching settings.
 */
@Controller
@RequestMapping("/matching")
class FamilyFindingController {

    private final MatchingPool pool;
    private final Searches searches;
    private final Sufficiency sufficiency;

    FamilyFindingController(MatchingPool pool, Searches searches, Sufficiency sufficiency) {
        this.pool = pool;
        this.searches = searches;
        this.sufficiency = sufficiency;
    }

    @GetMapping
    String home(CurrentUser user, Model model) {
        model.addAttribute("children", pool.waitingChildren(user, "Family finding: children waiting"));
        model.addAttribute("boroughs", pool.boroughNames());
        return "matching/home";
    }

    @PostMapping("/searches")
    String start(CurrentUser user, @RequestParam(name = "childId", required = false) String childId) {
        ChildId id = childId(childId);
        return "redirect:/matching/searches/" + searches.start(user, id);
    }

    @GetMapping("/searches/{id}")
    String search(CurrentUser user, @PathVariable String id, Model model) {
        model.addAttribute("results", searches.results(user, searchId(id)));
        model.addAttribute("boroughs", pool.boroughNames());
        return "matching/search";
    }

    @PostMapping("/searches/{id}/sign-off")
    String signOff(CurrentUser user, @PathVariable String id, RedirectAttributes redirect, Model model,
            HttpServletResponse response) {
        SearchId search = searchId(id);
        try {
            searches.signOff(user, search);
        }
        catch (WideningRefused refused) {
            return refused(user, search, "sign-off", refused.getMessage(), model, response);
        }
        redirect.addFlashAttribute("saved", "Your sign-off is recorded");
        return "redirect:/matching/searches/" + id + "#widening";
    }

    @PostMapping("/searches/{id}/widen")
    String widen(CurrentUser user, @PathVariable String id, RedirectAttributes redirect, Model model,
            HttpServletResponse response) {
        SearchId search = searchId(id);
        try {
            searches.widen(user, search);
        }
        catch (WideningRefused refused) {
            return refused(user, search, "widen", refused.getMessage(), model, response);
        }
        redirect.addFlashAttribute("saved", "The search is widened to the hub's other agencies");
        return "redirect:/matching/searches/" + id;
    }

    @PostMapping("/searches/{id}/shortlist")
    String shortlist(CurrentUser user, @PathVariable String id,
            @RequestParam(name = "householdId", required = false) String householdId, Model model,
            HttpServletResponse response) {
        SearchId search = searchId(id);
        var household = MatchingPool.householdId(householdId).orElse(null);
        try {
            var link = searches.shortlist(user, search, household);
            return "redirect:/links/" + link.id();
        }
        catch (LinkRuleBroken refused) {
            return refused(user, search, "ranked", refused.getMessage(), model, response);
        }
    }

    private String refused(CurrentUser user, SearchId id, String field, String message, Model model,
            HttpServletResponse response) {
        response.setStatus(400);
        model.addAttribute("problems", List.of(new Problem(field, message)));
        return search(user, id.toString(), model);
    }

    /** A refusal shown in the GOV.UK error summary, linking to the button or field it is about. */
    record Problem(String field, String message) {
    }

    // ---------------------------------------------------------------- the child's needs for matching

    @GetMapping("/children/{id}/needs")
    String needs(CurrentUser user, @PathVariable String id, Model model) {
        ChildId child = childId(id);
        var recorded = pool.needsOf(user, child);
        Map<String, String> levels = new java.util.HashMap<>();
        recorded.needs().forEach((area, level) -> levels.put(area.name(), level.name()));
        Set<String> contact = new java.util.HashSet<>();
        recorded.contactPlan().forEach(kind -> contact.add(kind.name()));
        return needsForm(model, child, pool.child(user, child).namesInWords(), levels, contact,
                recorded.birthFamilyBorough() == null ? "" : recorded.birthFamilyBorough().value());
    }

    @PostMapping("/children/{id}/needs")
    String saveNeeds(CurrentUser user, @PathVariable String id, @RequestParam MultiValueMap<String, String> form,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ChildId child = childId(id);
        Map<String, String> levels = new java.util.HashMap<>();
        Map<NeedArea, NeedLevel> needs = new EnumMap<>(NeedArea.class);
        List<Problem> problems = new java.util.ArrayList<>();
        for (NeedArea area : NeedArea.values()) {
            String value = form.getFirst("need-" + area.name());
            levels.put(area.name(), value == null ? "" : value);
            if (value == null || value.isBlank() || value.equals("NONE")) {
                continue;
            }
            try {
                needs.put(area, NeedLevel.valueOf(value));
            }
            catch (IllegalArgumentException e) {
                problems.add(new Problem("need-" + area.name(), "Select none, low, medium or high for " + area.words()));
            }
        }
        Set<String> ticked = new java.util.HashSet<>(form.getOrDefault("contact", List.of()));
        Set<ContactKind> contact = EnumSet.noneOf(ContactKind.class);
        for (String kind : ticked) {
            try {
                contact.add(ContactKind.valueOf(kind));
            }
            catch (IllegalArgumentException e) {
                problems.add(new Problem("contact", "Select the kinds of contact from the list"));
            }
        }
        String borough = form.getFirst("birthFamilyBorough") == null ? "" : form.getFirst("birthFamilyBorough").strip();
        BoroughCode birthFamily = null;
        if (!borough.isEmpty()) {
            try {
                birthFamily = BoroughCode.of(borough);
            }
            catch (IllegalArgumentException e) {
                problems.add(new Problem("birthFamilyBorough", e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            response.setStatus(400);
            model.addAttribute("problems", problems);
            return needsForm(model, child, pool.child(user, child).namesInWords(), levels, ticked, borough);
        }
        pool.recordNeeds(user, child, needs, contact, birthFamily);
        redirect.addFlashAttribute("saved", "Needs for matching saved");
        return "redirect:/matching/children/" + id + "/needs";
    }

    private String needsForm(Model model, ChildId child, String names, Map<String, String> levels, Set<String> contact,
            String birthFamilyBorough) {
        model.addAttribute("childId", child.toString());
        model.addAttribute("names", names);
        model.addAttribute("areas", NeedArea.values());
        model.addAttribute("levels", NeedLevel.values());
        model.addAttribute("chosen", levels);
        model.addAttribute("contactKinds", ContactKind.values());
        model.addAttribute("contact", contact);
        model.addAttribute("birthFamilyBorough", birthFamilyBorough);
        return "matching/needs";
    }

    // ---------------------------------------------------------------- the other direction

    @GetMapping("/households/{id}")
    String childrenForHousehold(CurrentUser user, @PathVariable String id, Model model) {
        var household = MatchingPool.householdId(id).orElseThrow(() -> new RecordNotFound("Household"));
        model.addAttribute("ranking", searches.childrenFor(user, household));
        model.addAttribute("pool", pool.waitingChildren(user, "Children waiting, named for a household's ranking"));
        model.addAttribute("boroughs", pool.boroughNames());
        return "matching/household";
    }

    // ---------------------------------------------------------------- sufficiency and settings

    @GetMapping("/sufficiency")
    String sufficiency(CurrentUser user, Model model) {
        model.addAttribute("view", sufficiency.view(user));
        model.addAttribute("boroughs", pool.boroughNames());
        return "matching/sufficiency";
    }

    @GetMapping("/settings")
    String settings(CurrentUser user, Model model) {
        var settings = searches.settingsOf(user);
        var w = settings.weights();
        return settingsForm(model, Map.of("heritage", "" + w.heritage(), "religion", "" + w.religion(), "language",
                "" + w.language(), "needsCapacity", "" + w.needsCapacity(), "earlyPermanence", "" + w.earlyPermanence(),
                "contact", "" + w.contact(), "distance", "" + w.distance()), settings.distancePolicy().name());
    }

    @PostMapping("/settings")
    String saveSettings(CurrentUser user, @RequestParam MultiValueMap<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        searches.checkMayChangeSettings(user);
        List<Problem> problems = new java.util.ArrayList<>();
        Map<String, String> values = new java.util.LinkedHashMap<>();
        int[] weights = new int[WEIGHTS.size()];
        for (int i = 0; i < WEIGHTS.size(); i++) {
            String name = WEIGHTS.get(i).name();
            String value = form.getFirst(name) == null ? "" : form.getFirst(name).strip();
            values.put(name, value);
            try {
                weights[i] = Integer.parseInt(value);
                if (weights[i] < 0 || weights[i] > 100) {
                    problems.add(new Problem(name, "Enter the weight for " + WEIGHTS.get(i).label() + " as a whole number from 0 to 100"));
                }
            }
            catch (NumberFormatException e) {
                problems.add(new Problem(name, "Enter the weight for " + WEIGHTS.get(i).label() + " as a whole number from 0 to 100"));
            }
        }
        String policy = form.getFirst("distancePolicy");
        DistancePolicy distance = null;
        try {
            distance = DistancePolicy.valueOf(policy == null ? "" : policy);
        }
        catch (IllegalArgumentException e) {
            problems.add(new Problem("distancePolicy", "Select how the distance from the birth family's borough is scored"));
        }
        MatchingSettings settings = null;
        if (problems.isEmpty()) {
            try {
                settings = new MatchingSettings(new MatchingWeights(weights[0], weights[1], weights[2], weights[3],
                        weights[4], weights[5], weights[6]), distance);
            }
            catch (IllegalArgumentException e) {
                problems.add(new Problem(WEIGHTS.get(0).name(), e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            response.setStatus(400);
            model.addAttribute("problems", problems);
            return settingsForm(model, values, policy);
        }
        searches.changeSettings(user, settings);
        redirect.addFlashAttribute("saved", "Matching settings saved");
        return "redirect:/matching/settings";
    }

    record Weight(String name, String label, int defaultValue) {
    }

    static final List<Weight> WEIGHTS = List.of(new Weight("heritage", "heritage", 20),
            new Weight("religion", "religion", 10), new Weight("language", "language", 10),
            new Weight("needsCapacity", "needs capacity", 25), new Weight("earlyPermanence", "early permanence", 10),
            new Weight("contact", "contact", 15), new Weight("distance", "distance from the birth family's borough", 10));

    private String settingsForm(Model model, Map<String, String> values, String policy) {
        model.addAttribute("weights", WEIGHTS);
        model.addAttribute("values", values);
        model.addAttribute("policy", policy);
        return "matching/settings";
    }

    // ---------------------------------------------------------------- ids

    static ChildId childId(String text) {
        try {
            return ChildId.of(text);
        }
        catch (RuntimeException e) {
            throw new RecordNotFound("Child");
        }
    }

    static SearchId searchId(String text) {
        try {
            return new SearchId(java.util.UUID.fromString(text));
        }
        catch (RuntimeException e) {
            throw new RecordNotFound("Search");
        }
    }
}
