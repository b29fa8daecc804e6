package uk.openband.transparency;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.openband.framework.FrameworkCatalogue;
import uk.openband.framework.scoring.Area;
import uk.openband.framework.scoring.BandingTable;
import uk.openband.framework.scoring.Domain;
import uk.openband.framework.scoring.Level;
import uk.openband.framework.scoring.MatrixFramework;
import uk.openband.framework.scoring.ScoringEngine;
import uk.openband.common.SettingCategory;
import uk.openband.platform.web.ErrorSummary;

/**
 * The public calculator: choose a kind of setting and a level per domain, see the total, band,
 * amount and how they were reached. A GET form, so it works without JavaScript and nothing
 * entered is stored; with JavaScript the result refreshes from the scoring API as you choose.
 */
@Controller
class CalculatorController {

    private final FrameworkCatalogue catalogue;
    private final MessageSource messages;
    private final Clock clock;

    CalculatorController(FrameworkCatalogue catalogue, MessageSource messages, Clock clock) {
        this.catalogue = catalogue;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/calculator")
    String calculator(@RequestParam Map<String, String> params, Model model, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        MatrixFramework framework = catalogue.frameworkInForce(today).orElse(null);
        BandingTable banding = framework == null ? null : catalogue.bandingInForce(framework, today).orElse(null);
        model.addAttribute("framework", framework);
        model.addAttribute("banding", banding);
        if (framework == null || banding == null) {
            return "transparency/calculator";
        }
        List<SettingCategory> categories = banding.settings().stream().map(s -> s.category()).toList();
        model.addAttribute("categories", categories);

        List<ErrorSummary.Entry> errors = new ArrayList<>();
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (Area area : framework.areas()) {
            for (Domain domain : area.domains()) {
                String value = params.get(domain.code());
                if (value == null || value.isBlank()) {
                    continue;
                }
                try {
                    int level = Integer.parseInt(value.trim());
                    if (domain.level(level).isPresent()) {
                        levels.put(domain.code(), level);
                        continue;
                    }
                } catch (NumberFormatException ignored) {
                    // reported below
                }
                errors.add(new ErrorSummary.Entry("#" + domain.code(), messages.getMessage("calculator.error.level",
                        new Object[] {domain.name(), domain.maxLevel(), domain.minLevel()}, locale)));
            }
        }
        SettingCategory category = null;
        String categoryParam = params.get("category");
        if (categoryParam != null) {
            category = categories.stream().filter(c -> c.name().equals(categoryParam)).findFirst().orElse(null);
            if (category == null) {
                errors.add(0, new ErrorSummary.Entry("#category", messages.getMessage("calculator.error.category", null, locale)));
            }
        } else if (params.containsKey("calculate")) {
            errors.add(0, new ErrorSummary.Entry("#category", messages.getMessage("calculator.error.category", null, locale)));
        }
        model.addAttribute("chosen", levels);
        model.addAttribute("levelChoices", levelChoices(framework, levels, locale));
        model.addAttribute("category", category);
        model.addAttribute("errorSummary", new ErrorSummary(List.copyOf(errors)));
        model.addAttribute("errorFields", errors.stream().map(e -> e.href().substring(1)).toList());
        if (category != null && errors.isEmpty()) {
            model.addAttribute("result", ScoringEngine.score(framework, banding, category, levels));
        }
        return "transparency/calculator";
    }

    /** One radio of a domain's levels, as drawn: its ids, its words and whether it is chosen. */
    public record LevelChoice(int level, String inputId, String hintId, String label, String descriptors,
            boolean checked) {
    }

    /**
     * Each domain's radios by domain code, worked out here rather than in the template (a message with a choice
     * format, a join and an id per radio, on every request of a public page).
     */
    private Map<String, List<LevelChoice>> levelChoices(MatrixFramework framework, Map<String, Integer> chosen,
            Locale locale) {
        Map<String, List<LevelChoice>> choices = new HashMap<>();
        for (Area area : framework.areas()) {
            for (Domain domain : area.domains()) {
                List<LevelChoice> radios = new ArrayList<>(domain.levels().size());
                Integer picked = chosen.get(domain.code());
                for (Level level : domain.levels()) {
                    String inputId = radios.isEmpty() ? domain.code() : domain.code() + "-" + level.level();
                    radios.add(new LevelChoice(level.level(), inputId, inputId + "-hint",
                            messages.getMessage("calculator.levelLabel", new Object[] {level.level(), level.points()},
                                    locale),
                            String.join(" ", level.descriptors()), picked != null && picked == level.level()));
                }
                choices.put(domain.code(), radios);
            }
        }
        return choices;
    }
}
