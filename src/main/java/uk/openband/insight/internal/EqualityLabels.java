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
import org.springframework.context.MessageSource;
import uk.openband.finance.export.CsvExportWriter;
import uk.openband.insight.EqualityReport;
import uk.openband.insight.Suppression;

/** The equality table's group names in words, its chart (award rate by group) and its CSV. */
final class EqualityLabels {

    private EqualityLabels() {
    }

    static String label(EqualityReport.By by, String group, MessageSource messages, Locale locale) {
        if (group.equals("UNKNOWN")) {
            return messages.getMessage("insight.group.unknown", null, locale);
        }
        return switch (by) {
            case SEX, ETHNICITY, EHC_STATUS -> messages.getMessage("insight.group." + by.param + "." + group, null,
                    group, locale);
            case YEAR_GROUP -> {
                int year = Integer.parseInt(group);
                yield year < 0 ? messages.getMessage("insight.group.yearGroup.nursery", null, locale)
                        : year == 0 ? messages.getMessage("insight.group.yearGroup.reception", null, locale)
                        : messages.getMessage("insight.group.yearGroup.year", new Object[] {year}, locale);
            }
            case ETHNICITY_DETAILED, PRIMARY_NEED -> group;
        };
    }

    static List<String> labels(EqualityReport.Table table, MessageSource messages, Locale locale) {
        return table.groups().stream().map(r -> label(table.by(), r.group(), messages, locale)).toList();
    }

    /** The award rate of each group and council-wide (a hidden rate draws no bar and reads x). */
    static BarChart chart(EqualityReport.Table table, MessageSource messages, Locale locale) {
        List<String> labels = new ArrayList<>(labels(table, messages, locale));
        labels.add(messages.getMessage("insight.equality.council", null, locale));
        List<List<BigDecimal>> values = new ArrayList<>();
        for (Suppression.Row r : table.groups()) {
            values.add(java.util.Collections.singletonList(number(r.awardRate())));
        }
        values.add(java.util.Collections.singletonList(number(table.council().awardRate())));
        return BarChart.of(List.of("insight.equality.awardRate"), labels, values, Suppression.HIDDEN);
    }

    private static BigDecimal number(String text) {
        return text == null || text.equals(Suppression.HIDDEN) ? null : new BigDecimal(text);
    }

    static final List<String> HEADERS = List.of("Grouped by", "Group", "From", "To", "Requests", "Decided", "Awarded",
            "Award rate (%)", "Mean award", "Median award", "Overridden", "Override rate (%)", "Disputed",
            "Dispute rate (%)");

    static byte[] csv(EqualityReport.Table table, MessageSource messages, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            CsvExportWriter.record(out, HEADERS);
            List<String> labels = labels(table, messages, locale);
            for (int i = 0; i < table.groups().size(); i++) {
                record(out, table, labels.get(i), table.groups().get(i));
            }
            record(out, table, messages.getMessage("insight.equality.council", null, locale), table.council());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void record(Writer out, EqualityReport.Table table, String label, Suppression.Row r)
            throws IOException {
        CsvExportWriter.record(out, List.of(table.by().param, label, table.period().from().toString(),
                table.period().to().toString(), text(r.requests()), text(r.decided()), text(r.awarded()),
                text(r.awardRate()), text(r.meanAward()), text(r.medianAward()), text(r.overridden()),
                text(r.overrideRate()), text(r.disputed()), text(r.disputeRate())));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
