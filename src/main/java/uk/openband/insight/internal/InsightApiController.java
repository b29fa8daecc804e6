package uk.openband.insight.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.openband.insight.Comparison;
import uk.openband.insight.EqualityReport;
import uk.openband.insight.Indicator;
import uk.openband.insight.Suppression;
import uk.openband.platform.Refused;
import uk.openband.insight.Indicators;
import uk.openband.insight.InsightPeriod;
import uk.openband.insight.PerformanceIndicators;

/** Insight for SEND managers and admins, as JSON. */
@RestController
@RequestMapping(path = "/api/v1/insight")
@Tag(name = "Insight", description = "SEND performance indicators of a period against the previous period and the "
        + "same period last year, as defined in docs/insight.md. SEND managers and admins.")
class InsightApiController {

    private final PerformanceIndicators indicators;
    private final EqualityReport equality;
    private final Clock clock;

    InsightApiController(PerformanceIndicators indicators, EqualityReport equality, Clock clock) {
        this.indicators = indicators;
        this.equality = equality;
        this.clock = clock;
    }

    record PeriodJson(LocalDate from, LocalDate to) {
        static PeriodJson of(InsightPeriod p) {
            return new PeriodJson(p.from(), p.to());
        }
    }

    @Operation(summary = "Every indicator by name, each with value, previousPeriod and samePeriodLastYear",
            description = "A period of whole months is compared with as many months just before it, any other with "
                    + "as many days. Parts of an indicator (outOf, percent, medianWorkingDays, upwards, downwards, "
                    + "cases, perCase, upheld, changed) are objects of the same three figures. A figure that cannot "
                    + "be worked out (a percentage of nothing) is null. periods gives the dates of the three periods "
                    + "and the day the snapshot indicators (activeAgreements, pastReviewDate) are taken on. Without "
                    + "from and to: this month.")
    @GetMapping("/indicators")
    Map<String, Object> indicators(
            @Parameter(description = "first day, e.g. 2026-04-01") @RequestParam(required = false) String from,
            @Parameter(description = "last day, e.g. 2026-06-30") @RequestParam(required = false) String to) {
        Indicators result = indicators.of(PeriodChoice.fromTo(from, to, LocalDate.now(clock)));
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, Object> periods = new LinkedHashMap<>();
        periods.put("value", PeriodJson.of(result.period()));
        periods.put("previousPeriod", PeriodJson.of(result.previousPeriod()));
        periods.put("samePeriodLastYear", PeriodJson.of(result.samePeriodLastYear()));
        periods.put("snapshotDay", result.asAt());
        body.put("periods", periods);
        for (Indicator i : result.indicators()) {
            Map<String, Object> one = triple(i.figure());
            i.parts().forEach((part, figures) -> one.put(part, triple(figures)));
            body.put(i.name(), one);
        }
        return body;
    }

    @Operation(summary = "Requests, award rate, mean and median award, override and dispute rates by a characteristic",
            description = "Requests first submitted in the period, grouped by the pupil's sex, ethnicity (major group), "
                    + "ethnicityDetailed (DfE code), yearGroup (in the academic year of the request; 0 is Reception), "
                    + "primaryNeed or ehcStatus, with the council-wide figures. Small numbers are suppressed as in DfE "
                    + "statistics: a count of 1 to 4 is the string \"x\", never the number, and so is the smallest "
                    + "other count of a column where only one is hidden; a hidden group's rates and averages are \"x\" "
                    + "too. Other counts are numbers; rates are percentages to one decimal place, awards in pounds.")
    @GetMapping("/equality")
    Map<String, Object> equality(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @Parameter(description = "sex, ethnicity, ethnicityDetailed, yearGroup, primaryNeed or ehcStatus")
            @RequestParam(required = false) String by) {
        EqualityReport.By grouping = EqualityReport.By.of(by == null ? "ethnicity" : by)
                .orElseThrow(() -> new Refused("by", "insight.refused.by"));
        EqualityReport.Table table = equality.of(PeriodChoice.fromTo(from, to, LocalDate.now(clock)), grouping);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("period", PeriodJson.of(table.period()));
        body.put("by", grouping.param);
        body.put("groups", table.groups().stream().map(InsightApiController::row).toList());
        body.put("council", row(table.council()));
        return body;
    }

    private static Map<String, Object> row(Suppression.Row r) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (r.group() != null) {
            m.put("group", r.group());
        }
        m.put("requests", value(r.requests()));
        m.put("decided", value(r.decided()));
        m.put("awarded", value(r.awarded()));
        m.put("awardRate", value(r.awardRate()));
        m.put("meanAward", value(r.meanAward()));
        m.put("medianAward", value(r.medianAward()));
        m.put("overridden", value(r.overridden()));
        m.put("overrideRate", value(r.overrideRate()));
        m.put("disputed", value(r.disputed()));
        m.put("disputeRate", value(r.disputeRate()));
        return m;
    }

    /** A shown figure as a number, a hidden one as the string "x", none as null. */
    private static Object value(String shown) {
        return shown == null || shown.equals(Suppression.HIDDEN) ? shown : new java.math.BigDecimal(shown);
    }

    private static Map<String, Object> triple(Comparison c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", c.value());
        m.put("previousPeriod", c.previousPeriod());
        m.put("samePeriodLastYear", c.samePeriodLastYear());
        return m;
    }
}
