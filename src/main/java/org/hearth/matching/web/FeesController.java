package org.hearth.matching.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.hearth.access.CurrentUser;
import org.hearth.calendar.DateInput;
import org.hearth.matching.AgencyKind;
import org.hearth.matching.InterAgencyFeeRow;
import org.hearth.matching.InterAgencyFees;
import org.hearth.matching.Money;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The inter-agency fee table the agency applies: its rows by date, and a form to add one. */
@Controller
@RequestMapping("/matching/fees")
class FeesController {

    private final InterAgencyFees fees;

    FeesController(InterAgencyFees fees) {
        this.fees = fees;
    }

    @GetMapping
    String table(CurrentUser user, Model model) {
        return page(user, model, new HashMap<>(), null);
    }

    @PostMapping
    String add(CurrentUser user, @RequestParam MultiValueMap<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        fees.checkMayChange(user);
        Map<String, String> values = new HashMap<>();
        form.forEach((name, list) -> values.put(name, list.isEmpty() ? "" : list.get(0).strip()));
        List<FamilyFindingController.Problem> problems = new ArrayList<>();
        AgencyKind kind = null;
        try {
            kind = AgencyKind.valueOf(values.getOrDefault("kind", ""));
        }
        catch (IllegalArgumentException e) {
            problems.add(new FamilyFindingController.Problem("kind", "Select the kind of providing agency"));
        }
        DateInput typed = new DateInput(values.get("day"), values.get("month"), values.get("year"));
        var mistake = typed.mistake("the date the fee applies from");
        mistake.ifPresent(m -> problems.add(new FamilyFindingController.Problem("day", m.message())));
        LocalDate from = mistake.isEmpty() ? typed.date() : null;
        Money first = pounds(values.get("firstChild"), "firstChild", "Enter the fee for one child in pounds, for example 27000", problems);
        Money further = values.getOrDefault("eachFurtherChild", "").isEmpty() ? first
                : pounds(values.get("eachFurtherChild"), "eachFurtherChild", "Enter the fee for each further child in pounds, for example 27000", problems);
        int uplift = 0;
        try {
            uplift = values.getOrDefault("londonUplift", "").isEmpty() ? 0 : Integer.parseInt(values.get("londonUplift"));
            if (uplift < 0 || uplift > 100) {
                throw new NumberFormatException();
            }
        }
        catch (NumberFormatException e) {
            problems.add(new FamilyFindingController.Problem("londonUplift", "Enter the London uplift as a whole number of per cent from 0 to 100"));
        }
        String source = values.getOrDefault("source", "");
        if (source.isBlank()) {
            problems.add(new FamilyFindingController.Problem("source", "Enter where the amounts come from"));
        }
        else if (source.length() > 400) {
            problems.add(new FamilyFindingController.Problem("source", "Shorten where the amounts come from to 400 characters or fewer"));
        }
        if (!problems.isEmpty()) {
            response.setStatus(400);
            return page(user, model, values, problems);
        }
        fees.addRow(user, new InterAgencyFeeRow(from, kind, first, further, uplift, true, true, source));
        redirect.addFlashAttribute("saved", "Fee row saved");
        return "redirect:/matching/fees";
    }

    private static Money pounds(String text, String field, String message, List<FamilyFindingController.Problem> problems) {
        try {
            BigDecimal pounds = new BigDecimal(text == null ? "" : text.replace(",", "").replace("£", "").strip());
            if (pounds.signum() < 0 || pounds.scale() > 2) {
                throw new NumberFormatException();
            }
            return Money.pence(pounds.movePointRight(2).longValueExact());
        }
        catch (NumberFormatException | ArithmeticException e) {
            problems.add(new FamilyFindingController.Problem(field, message));
            return Money.ZERO;
        }
    }

    private String page(CurrentUser user, Model model, Map<String, String> values,
            List<FamilyFindingController.Problem> problems) {
        model.addAttribute("table", fees.tableFor(user));
        model.addAttribute("mayChange", fees.mayChange(user));
        model.addAttribute("kinds", AgencyKind.values());
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("dateErrors", problems == null ? List.of()
                : problems.stream().filter(p -> p.field().equals("day")).map(FamilyFindingController.Problem::message).toList());
        return "matching/fees";
    }
}
