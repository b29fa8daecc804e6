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
import uk.openband.insight.Indicator;
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
    private final Clock clock;

    InsightApiController(PerformanceIndicators indicators, Clock clock) {
        this.indicators = indicators;
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

    private static Map<String, Object> triple(Comparison c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", c.value());
        m.put("previousPeriod", c.previousPeriod());
        m.put("samePeriodLastYear", c.samePeriodLastYear());
        return m;
    }
}
