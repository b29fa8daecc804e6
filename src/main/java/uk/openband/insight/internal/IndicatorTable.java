package uk.openband.insight.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import uk.openband.finance.export.CsvExportWriter;
import uk.openband.insight.Comparison;
import uk.openband.insight.Indicator;
import uk.openband.insight.Indicators;

/** The indicators as the rows of one table (each indicator, then its parts), for the page and its CSV. */
public final class IndicatorTable {

    /** One row: the indicator, the part (null for the headline figure), and the three figures. */
    public record Row(String name, String part, Comparison figures, boolean percent) {

        public String key() {
            return part == null ? name : name + "." + part;
        }
    }

    private IndicatorTable() {
    }

    static List<Row> rows(Indicators indicators) {
        List<Row> rows = new ArrayList<>();
        for (Indicator i : indicators.indicators()) {
            rows.add(new Row(i.name(), null, i.figure(), false));
            for (Map.Entry<String, Comparison> p : i.parts().entrySet()) {
                rows.add(new Row(i.name(), p.getKey(), p.getValue(), p.getKey().equals("percent")));
            }
        }
        return rows;
    }

    /** RFC 4180 CSV (as the finance files): the indicator's name, its label, and the three figures with their dates. */
    static byte[] csv(Indicators indicators, MessageSource messages, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            CsvExportWriter.record(out, List.of("Indicator", "Measure", "From", "To", "Value",
                    "Previous period from", "Previous period to", "Previous period",
                    "Same period last year from", "Same period last year to", "Same period last year"));
            for (Row r : rows(indicators)) {
                CsvExportWriter.record(out, List.of(r.key(),
                        messages.getMessage("insight.indicator." + r.key(), null, locale),
                        indicators.period().from().toString(), indicators.period().to().toString(),
                        plain(r.figures().value()),
                        indicators.previousPeriod().from().toString(), indicators.previousPeriod().to().toString(),
                        plain(r.figures().previousPeriod()),
                        indicators.samePeriodLastYear().from().toString(), indicators.samePeriodLastYear().to().toString(),
                        plain(r.figures().samePeriodLastYear())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
