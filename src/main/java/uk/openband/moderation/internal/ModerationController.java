package uk.openband.moderation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.moderation.ModerationRates;
import uk.openband.moderation.ModerationRefusedException;
import uk.openband.moderation.ModerationReviews;
import uk.openband.moderation.ModerationSampling;
import uk.openband.platform.web.ErrorSummary;

/** Moderation pages: the samples and their cases, the blind re-score, the comparison, and the agreement rates. */
@Controller
class ModerationController {

    private final ModerationSampling sampling;
    private final ModerationReviews reviews;
    private final ModerationRates rates;
    private final MessageSource messages;
    private final Clock clock;

    ModerationController(ModerationSampling sampling, ModerationReviews reviews, ModerationRates rates,
            MessageSource messages, Clock clock) {
        this.sampling = sampling;
        this.reviews = reviews;
        this.rates = rates;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/moderation")
    String samples(@AuthenticationPrincipal SignedInUser user, Model model) {
        return showSamples(user, model, "", ErrorSummary.empty());
    }

    @PostMapping("/moderation/samples")
    String draw(@RequestParam(defaultValue = "") String month, @AuthenticationPrincipal SignedInUser user,
            Model model, RedirectAttributes redirect, Locale locale) {
        YearMonth chosen;
        try {
            chosen = YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            return showSamples(user, model, month,
                    ErrorSummary.of("month", messages.getMessage("moderation.month.invalid", null, locale)));
        }
        try {
            sampling.draw(chosen, user.getUsername());
        } catch (ModerationRefusedException e) {
            return showSamples(user, model, month, ErrorSummary.of("month", e.getMessage()));
        }
        redirect.addFlashAttribute("banner", messages.getMessage("moderation.banner.drawn", null, locale));
        return "redirect:/moderation";
    }

    private String showSamples(SignedInUser user, Model model, String month, ErrorSummary errors) {
        var samples = sampling.samples();
        Map<Long, Object> cases = new HashMap<>();
        samples.forEach(s -> cases.put(s.id(), sampling.cases(s.id())));
        model.addAttribute("samples", samples);
        model.addAttribute("cases", cases);
        model.addAttribute("percent", sampling.percent());
        model.addAttribute("canDraw", user.role() == Role.SEND_MANAGER);
        model.addAttribute("month", month.isEmpty() ? YearMonth.now(clock)
                .minusMonths(1).toString() : month);
        model.addAttribute("errorSummary", errors);
        model.addAttribute("monthError", errors.isEmpty() ? null : errors.entries().get(0).message());
        return "moderation/samples";
    }

    @GetMapping("/moderation/cases/{caseId}")
    String moderate(@PathVariable long caseId, @AuthenticationPrincipal SignedInUser user, Model model) {
        if (reviews.scored(caseId)) {
            model.addAttribute("comparison", reviews.comparison(caseId));
            model.addAttribute("canNote", user.getUsername().equals(reviews.comparison(caseId).moderator()));
            model.addAttribute("maxNote", ModerationReviews.MAX_NOTE);
            model.addAttribute("errorSummary", ErrorSummary.empty());
            model.addAttribute("noteError", null);
            model.addAttribute("note", null);
            return "moderation/compare";
        }
        return showBlind(caseId, user, model, Map.of(), ErrorSummary.empty());
    }

    @PostMapping("/moderation/cases/{caseId}")
    String score(@PathVariable long caseId, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect, Locale locale) {
        Map<String, Integer> levels = new HashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("level-")) {
                try {
                    levels.put(k.substring(6), Integer.valueOf(v));
                } catch (NumberFormatException e) {
                    // not a level: left out, so the service asks for one
                }
            }
        });
        try {
            reviews.score(caseId, levels, user.getUsername());
        } catch (ModerationRefusedException e) {
            if (reviews.scored(caseId)) {
                redirect.addFlashAttribute("banner", e.getMessage());
                return "redirect:/moderation/cases/" + caseId;
            }
            ModerationReviews.BlindCase blind;
            try {
                blind = reviews.blind(caseId, user.getUsername());
            } catch (ModerationRefusedException refused) {
                model.addAttribute("refused", refused.getMessage());
                return "moderation/refused";
            }
            String missing = blind.domains().stream()
                    .filter(d -> !levels.containsKey(d.code())).map(d -> "level-" + d.code()).findFirst()
                    .orElse("level");
            return showBlind(caseId, user, model, levels, ErrorSummary.of(missing, e.getMessage()));
        }
        redirect.addFlashAttribute("banner", messages.getMessage("moderation.banner.scored", null, locale));
        return "redirect:/moderation/cases/" + caseId;
    }

    @PostMapping("/moderation/cases/{caseId}/note")
    String note(@PathVariable long caseId, @RequestParam(defaultValue = "") String note,
            @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect, Locale locale) {
        try {
            reviews.note(caseId, note, user.getUsername());
        } catch (ModerationRefusedException e) {
            var comparison = reviews.comparison(caseId);
            model.addAttribute("comparison", comparison);
            model.addAttribute("canNote", user.getUsername().equals(comparison.moderator()));
            model.addAttribute("maxNote", ModerationReviews.MAX_NOTE);
            model.addAttribute("errorSummary", ErrorSummary.of("note", e.getMessage()));
            model.addAttribute("noteError", e.getMessage());
            model.addAttribute("note", note);
            return "moderation/compare";
        }
        redirect.addFlashAttribute("banner", messages.getMessage("moderation.banner.noted", null, locale));
        return "redirect:/moderation/cases/" + caseId;
    }

    private String showBlind(long caseId, SignedInUser user, Model model, Map<String, Integer> chosen,
            ErrorSummary errors) {
        try {
            model.addAttribute("blind", reviews.blind(caseId, user.getUsername()));
        } catch (ModerationRefusedException e) {
            model.addAttribute("refused", e.getMessage());
            return "moderation/refused";
        }
        Map<String, String> levels = new HashMap<>();
        chosen.forEach((k, v) -> levels.put(k, v.toString()));
        Map<String, String> fieldErrors = new HashMap<>();
        errors.entries().forEach(e -> fieldErrors.put(e.href().substring(1), e.message()));
        model.addAttribute("levels", levels);
        model.addAttribute("errors", fieldErrors);
        model.addAttribute("errorSummary", errors);
        return "moderation/blind";
    }

    @GetMapping("/moderation/rates")
    String rates(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            Model model, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = today.minusMonths(12).withDayOfMonth(1);
        LocalDate end = today;
        ErrorSummary errors = ErrorSummary.empty();
        try {
            if (from != null && !from.isBlank()) {
                start = LocalDate.parse(from.strip());
            }
            if (to != null && !to.isBlank()) {
                end = LocalDate.parse(to.strip());
            }
        } catch (DateTimeParseException e) {
            errors = ErrorSummary.of("from", messages.getMessage("moderation.rates.invalid", null, locale));
            start = today.minusMonths(12).withDayOfMonth(1);
            end = today;
        }
        if (end.isBefore(start)) {
            errors = ErrorSummary.of("to", messages.getMessage("moderation.rates.order", null, locale));
            end = start;
        }
        model.addAttribute("rates", rates.between(start, end));
        model.addAttribute("from", from == null || !errors.isEmpty() ? start.toString() : from);
        model.addAttribute("to", to == null || !errors.isEmpty() ? end.toString() : to);
        model.addAttribute("errorSummary", errors);
        return "moderation/rates";
    }
}
