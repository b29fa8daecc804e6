package uk.openband.finance.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the text, the CSV reads back as the neutralised text, field for field. */
class CsvRoundTripPropertiesTest {

    @Property(tries = 300)
    void textReadsBackAsWritten(@ForAll("awkward") String name, @ForAll("awkward") String setting,
            @ForAll("awkward") String band) throws IOException {
        String settingName = setting + "\uD83D\uDE00"; // a character outside the BMP, as a whole pair
        ExportRow row = new ExportRow("A123456789012", name, "100001", "8812001", settingName, band,
                new BigDecimal("5300.00"), LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30),
                new BigDecimal("-441.67"), "HN100", "4101", "AGR-1", "DEC-1");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new CsvExportWriter().write(List.of(row).iterator(), out);

        List<String> fields = CsvExportWriterTest.parse(out.toString(StandardCharsets.UTF_8)).get(1);
        assertThat(fields).hasSize(ExportColumn.values().length);
        assertThat(fields.get(1)).isEqualTo(SpreadsheetText.neutralise(name));
        assertThat(fields.get(4)).isEqualTo(SpreadsheetText.neutralise(settingName));
        assertThat(fields.get(5)).isEqualTo(SpreadsheetText.neutralise(band));
        assertThat(fields.get(9)).isEqualTo("-441.67");
        assertThat(fields.get(1)).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
    }

    /** Characters one at a time, so none outside the BMP: a lone surrogate is not text. */
    @Provide
    Arbitrary<String> awkward() {
        return Arbitraries.strings().withChars(",\"\r\n\t=+-@' ").withCharRange('a', 'e').withChars("éŵ£")
                .ofMaxLength(20);
    }
}
