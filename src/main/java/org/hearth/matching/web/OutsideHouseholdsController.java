package org.hearth.matching.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.hearth.access.CurrentUser;
import org.hearth.children.EthnicGroup;
import org.hearth.children.EthnicityCode;
import org.hearth.children.Sex;
import org.hearth.matching.AgencyKind;
import org.hearth.matching.ApprovalRange;
import org.hearth.matching.BoroughCode;
import org.hearth.matching.ContactKind;
import org.hearth.matching.DistancePreference;
import org.hearth.matching.HouseholdId;
import org.hearth.matching.HouseholdOrigin;
import org.hearth.matching.HouseholdProfile;
import org.hearth.matching.HouseholdStatus;
import org.hearth.matching.Language;
import org.hearth.matching.MatchingPool;
import org.hearth.matching.NeedArea;
import org.hearth.matching.NeedLevel;
import org.hearth.matching.OutsideHouseholds;
import org.hearth.matching.ProvidingAgency;
import org.hearth.matching.Religion;
import org.hearth.matching.internal.ProfileWords;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Households of agencies outside the hub, entered by hand for widened searches: the list and the form. */
@Controller
@RequestMapping("/matching/outside-households")
class OutsideHouseholdsController {

    private final OutsideHouseholds outside;
    private final MatchingPool pool;

    OutsideHouseholdsController(OutsideHouseholds outside, MatchingPool pool) {
        this.outside = outside;
        this.pool = pool;
    }

    @GetMapping
    String list(CurrentUser user, Model model) {
        model.addAttribute("households", outside.ofMyAgency(user));
        model.addAttribute("boroughs", pool.boroughNames());
        return "matching/outside-households";
    }

    @GetMapping("/new")
    String form(CurrentUser user, Model model) {
        pool.checkMayEnterOutsideHouseholds(user);
        return form(model, new HashMap<>(Map.of("childrenUpTo", "1", "youngestAge", "0", "oldestAge", "4", "sexes", "ANY",
                "agencyKind", "VOLUNTARY_ADOPTION_AGENCY")), Map.of(), null);
    }

    @PostMapping
    String enter(CurrentUser user, @RequestParam MultiValueMap<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        pool.checkMayEnterOutsideHouseholds(user);
        Map<String, String> values = new HashMap<>();
        form.forEach((name, list) -> values.put(name, list.isEmpty() ? "" : list.get(0).strip()));
        List<FamilyFindingController.Problem> problems = new ArrayList<>();
        String agencyName = required(values, "agencyName", "Enter the name of the household's agency", 200, problems);
        String reference = required(values, "theirReference", "Enter the other agency's reference for the household", 100,
                problems);
        AgencyKind kind = choice(AgencyKind.class, values.get("agencyKind"), "agencyKind",
                "Select whether the agency is a local authority or regional adoption agency, or a voluntary adoption agency", problems);
        BoroughCode borough = null;
        try {
            borough = BoroughCode.of(values.getOrDefault("boroughCode", ""));
        }
        catch (IllegalArgumentException e) {
            problems.add(new FamilyFindingController.Problem("boroughCode", "Enter the ONS code of the area the household lives in, like E09000016"));
        }
        int upTo = number(values, "childrenUpTo", 1, 4, "Enter how many children, from 1 to 4", problems);
        int youngest = number(values, "youngestAge", 0, 17, "Enter the youngest age, from 0 to 17", problems);
        int oldest = number(values, "oldestAge", 0, 17, "Enter the oldest age, from 0 to 17", problems);
        if (youngest > oldest) {
            problems.add(new FamilyFindingController.Problem("youngestAge", "The youngest age must not be above the oldest"));
        }
        Set<Sex> sexes = switch (values.getOrDefault("sexes", "")) {
            case "GIRLS" -> EnumSet.of(Sex.FEMALE);
            case "BOYS" -> EnumSet.of(Sex.MALE);
            case "ANY" -> EnumSet.of(Sex.MALE, Sex.FEMALE);
            default -> {
                problems.add(new FamilyFindingController.Problem("sexes", "Select the sexes of children they are approved for"));
                yield EnumSet.of(Sex.MALE, Sex.FEMALE);
            }
        };
        boolean siblings = "yes".equals(values.get("siblingGroups"));
        if (siblings && upTo < 2) {
            problems.add(new FamilyFindingController.Problem("childrenUpTo", "A sibling group needs a range of 2 or more children"));
        }
        Map<NeedArea, NeedLevel> needs = new EnumMap<>(NeedArea.class);
        for (NeedArea area : NeedArea.values()) {
            String level = values.getOrDefault("need-" + area.name(), "NONE");
            if (!level.equals("NONE") && !level.isEmpty()) {
                NeedLevel chosen = choice(NeedLevel.class, level, "need-" + area.name(),
                        "Select none, low, medium or high for " + area.words(), problems);
                if (chosen != null) {
                    needs.put(area, chosen);
                }
            }
        }
        Set<EthnicityCode> heritage = EnumSet.noneOf(EthnicityCode.class);
        for (String code : form.getOrDefault("heritage", List.of())) {
            EthnicityCode chosen = choice(EthnicityCode.class, code, "heritage", "Select heritage from the list", problems);
            if (chosen != null) {
                heritage.add(chosen);
            }
        }
        Set<Religion> religions = EnumSet.noneOf(Religion.class);
        for (String name : form.getOrDefault("religions", List.of())) {
            Religion chosen = choice(Religion.class, name, "religions", "Select religions from the list", problems);
            if (chosen != null) {
                religions.add(chosen);
            }
        }
        Set<ContactKind> contact = EnumSet.noneOf(ContactKind.class);
        for (String name : form.getOrDefault("contact", List.of())) {
            ContactKind chosen = choice(ContactKind.class, name, "contact", "Select the kinds of contact from the list", problems);
            if (chosen != null) {
                contact.add(chosen);
            }
        }
        Set<Language> languages = ProfileWords.languages(values.get("languages"));
        if (languages.size() > 20) {
            problems.add(new FamilyFindingController.Problem("languages", "Enter 20 languages or fewer"));
        }
        var unknown = ProfileWords.unrecognisedLanguages(values.get("languages"));
        if (!unknown.isEmpty()) {
            problems.add(new FamilyFindingController.Problem("languages", "Enter languages by their English names or ISO codes, for example Polish or pl; not recognised: "
                    + String.join(", ", unknown)));
        }
        if (!problems.isEmpty()) {
            response.setStatus(400);
            return form(model, values, form, problems);
        }
        Set<EthnicGroup> groups = EnumSet.noneOf(EthnicGroup.class);
        heritage.forEach(code -> groups.add(code.group()));
        UUID id = UUID.randomUUID();
        var profile = new HouseholdProfile(new HouseholdId(id),
                new ProvidingAgency("outside:" + id, agencyName, kind, "yes".equals(values.get("agencyInLondon"))),
                HouseholdOrigin.OUTSIDE_AGENCY, HouseholdStatus.APPROVED,
                new ApprovalRange(1, upTo, youngest, oldest, sexes, siblings), needs, heritage, groups, religions, languages,
                "yes".equals(values.get("fosteringForAdoption")), contact, borough, DistancePreference.none());
        outside.enter(user, profile, reference);
        redirect.addFlashAttribute("saved", "The household of " + agencyName + " is entered for widened searches");
        return "redirect:/matching/outside-households";
    }

    private String form(Model model, Map<String, String> values, Map<String, List<String>> ticked,
            List<FamilyFindingController.Problem> problems) {
        model.addAttribute("values", values);
        model.addAttribute("ticked", ticked);
        model.addAttribute("problems", problems);
        model.addAttribute("areas", NeedArea.values());
        model.addAttribute("levels", NeedLevel.values());
        model.addAttribute("codes", EthnicityCode.values());
        model.addAttribute("religions", Religion.values());
        model.addAttribute("contactKinds", ContactKind.values());
        model.addAttribute("kinds", AgencyKind.values());
        return "matching/outside-household-form";
    }

    private static String required(Map<String, String> values, String field, String message, int most,
            List<FamilyFindingController.Problem> problems) {
        String value = values.getOrDefault(field, "");
        if (value.isBlank()) {
            problems.add(new FamilyFindingController.Problem(field, message));
        }
        else if (value.length() > most) {
            problems.add(new FamilyFindingController.Problem(field, message.replaceFirst("^Enter", "Shorten") + " to "
                    + most + " characters or fewer"));
        }
        return value;
    }

    private static int number(Map<String, String> values, String field, int min, int max, String message,
            List<FamilyFindingController.Problem> problems) {
        try {
            int value = Integer.parseInt(values.getOrDefault(field, ""));
            if (value >= min && value <= max) {
                return value;
            }
        }
        catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new FamilyFindingController.Problem(field, message));
        return min;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, String message,
            List<FamilyFindingController.Problem> problems) {
        try {
            return Enum.valueOf(type, value == null ? "" : value);
        }
        catch (IllegalArgumentException e) {
            problems.add(new FamilyFindingController.Problem(field, message));
            return null;
        }
    }
}
