package uk.openband.insight.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.openband.insight.EqualityReport;
import uk.openband.insight.Indicator;
import uk.openband.insight.Indicators;
import uk.openband.insight.InsightPeriod;
import uk.openband.insight.PerformanceIndicators;
import uk.openband.platform.Refused;
import uk.openband.platform.web.ErrorSummary;

/**
 * The insight pages for SEND managers and admins: the indicators of a period, and the equality table by a pupil
 * characteristic, each as a chart, a table and a CSV.
 */
@Controller
class InsightPagesController {

    private final PerformanceIndicators indicators;
    private final EqualityReport equality;
    private final MessageSource messages;
    private final Clock clock;

    InsightPagesController(PerformanceIndicators indicators, EqualityReport equality, MessageSource messages,
            Clock clock) {
        this.indicators = indicators;
        this.equality = equality;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/insight")
    String start() {
        return "redirect:/insight/indicators";
    }

    @GetMapping("/insight/indicators")
    String indicators(@RequestParam(required = false) String period, @RequestParam(required = false) String date,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model,
            Locale locale) {
        PeriodChoice choice = new PeriodChoice(period, date, from, to);
        LocalDate today = LocalDate.now(clock);
        InsightPeriod chosen;
        ErrorSummary errors = ErrorSummary.empty();
        try {
            chosen = choice.resolve(today);
        } catch (Refused e) {
            errors = summary(e, locale);
            chosen = InsightPeriod.month(today);
        }
        Indicators shown = indicators.of(chosen);
        model.addAttribute("chart", chart(shown, locale));
        model.addAttribute("choice", choice);
        model.addAttribute("kinds", PeriodChoice.KINDS);
        model.addAttribute("errorSummary", errors);
        model.addAttribute("errors", fieldErrors(errors));
        model.addAttribute("result", shown);
        model.addAttribute("rows", IndicatorTable.rows(shown));
        model.addAttribute("query", query(choice, errors.isEmpty()));
        return "insight/indicators";
    }

    @GetMapping("/insight/indicators.csv")
    ResponseEntity<byte[]> indicatorsCsv(@RequestParam(required = false) String period,
            @RequestParam(required = false) String date, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Locale locale) {
        InsightPeriod chosen;
        try {
            chosen = new PeriodChoice(period, date, from, to).resolve(LocalDate.now(clock));
        } catch (Refused e) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, "/insight/indicators").build();
        }
        Indicators shown = indicators.of(chosen);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"indicators-" + chosen.from() + "-to-"
                        + chosen.to() + ".csv\"")
                .body(IndicatorTable.csv(shown, messages, locale));
    }

    /** The headline counts (not the rates) of every indicator, in the three periods. */
    BarChart chart(Indicators shown, Locale locale) {
        List<String> labels = new ArrayList<>();
        List<List<java.math.BigDecimal>> values = new ArrayList<>();
        for (Indicator i : shown.indicators()) {
            labels.add(messages.getMessage("insight.indicator." + i.name(), null, locale));
            List<java.math.BigDecimal> row = new ArrayList<>();
            row.add(i.figure().value());
            row.add(i.figure().previousPeriod());
            row.add(i.figure().samePeriodLastYear());
            values.add(row);
        }
        return BarChart.of(List.of("insight.period.this", "insight.period.previous", "insight.period.lastYear"),
                labels, values, "");
    }

    @GetMapping("/insight/equality")
    String equality(@RequestParam(required = false) String period, @RequestParam(required = false) String date,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String by, Model model, Locale locale) {
        PeriodChoice choice = new PeriodChoice(period, date, from, to);
        LocalDate today = LocalDate.now(clock);
        InsightPeriod chosen;
        ErrorSummary errors = ErrorSummary.empty();
        EqualityReport.By grouping = EqualityReport.By.of(by == null ? "ethnicity" : by).orElse(null);
        try {
            chosen = choice.resolve(today);
        } catch (Refused e) {
            errors = summary(e, locale);
            chosen = InsightPeriod.month(today);
        }
        if (grouping == null) {
            errors = new ErrorSummary(java.util.stream.Stream.concat(errors.entries().stream(), java.util.stream.Stream.of(
                    new ErrorSummary.Entry("#by", messages.getMessage("insight.refused.by", null, locale)))).toList());
            grouping = EqualityReport.By.ETHNICITY;
        }
        EqualityReport.Table table = equality.of(chosen, grouping);
        model.addAttribute("choice", choice);
        model.addAttribute("kinds", PeriodChoice.KINDS);
        model.addAttribute("bys", EqualityReport.By.values());
        model.addAttribute("by", grouping);
        model.addAttribute("errorSummary", errors);
        model.addAttribute("errors", fieldErrors(errors));
        model.addAttribute("table", table);
        model.addAttribute("labels", EqualityLabels.labels(table, messages, locale));
        model.addAttribute("chart", EqualityLabels.chart(table, messages, locale));
        model.addAttribute("query", query(choice, errors.isEmpty()) + (errors.isEmpty() ? "&by=" + grouping.param : ""));
        return "insight/equality";
    }

    @GetMapping("/insight/equality.csv")
    ResponseEntity<byte[]> equalityCsv(@RequestParam(required = false) String period,
            @RequestParam(required = false) String date, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String by, Locale locale) {
        InsightPeriod chosen;
        EqualityReport.By grouping = EqualityReport.By.of(by == null ? "ethnicity" : by).orElse(null);
        try {
            chosen = new PeriodChoice(period, date, from, to).resolve(LocalDate.now(clock));
        } catch (Refused e) {
            chosen = null;
        }
        if (chosen == null || grouping == null) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, "/insight/equality").build();
        }
        EqualityReport.Table table = equality.of(chosen, grouping);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"equality-" + grouping.param + "-"
                        + chosen.from() + "-to-" + chosen.to() + ".csv\"")
                .body(EqualityLabels.csv(table, messages, locale));
    }

    private ErrorSummary summary(Refused e, Locale locale) {
        List<ErrorSummary.Entry> entries = e.problems().stream()
                .map(p -> new ErrorSummary.Entry("#" + p.field(), messages.getMessage(p, locale))).toList();
        return new ErrorSummary(entries);
    }

    private static java.util.Map<String, String> fieldErrors(ErrorSummary errors) {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        errors.entries().forEach(e -> m.putIfAbsent(e.href().substring(1), e.message()));
        return m;
    }

    /** The chosen period as a query string, for the CSV link (empty when the choice was wrong). */
    private static String query(PeriodChoice c, boolean valid) {
        if (!valid) {
            return "";
        }
        StringBuilder q = new StringBuilder("period=").append(c.kind());
        append(q, "date", c.date());
        append(q, "from", c.from());
        append(q, "to", c.to());
        return q.toString();
    }

    private static void append(StringBuilder q, String name, String value) {
        if (value != null && !value.isBlank()) {
            q.append('&').append(name).append('=')
                    .append(java.net.URLEncoder.encode(value.strip(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
