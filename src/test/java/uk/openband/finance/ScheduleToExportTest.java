package uk.openband.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.openband.common.Money;
import uk.openband.finance.export.CsvExportWriter;
import uk.openband.finance.export.ExportResult;
import uk.openband.finance.export.ExportRow;
import uk.openband.finance.export.XlsxExportWriter;
import uk.openband.agreements.schedule.FundingTerms;
import uk.openband.agreements.schedule.PaymentMethod;
import uk.openband.agreements.schedule.PaymentScheduler;
import uk.openband.agreements.schedule.Schedule;
import uk.openband.agreements.schedule.ScheduleLine;

/** An export's control total is the sum of the agreements' schedules: no penny lost on the way. */
class ScheduleToExportTest {

    private final PaymentScheduler scheduler = new PaymentScheduler(PaymentMethod.daily());

    @Test
    void theControlTotalIsWhatTheSchedulesPay() throws IOException {
        LocalDate yearEnd = LocalDate.of(2026, 3, 31);
        List<FundingTerms> agreements = List.of(
                FundingTerms.of(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 10, 14), money("6000.00"),
                        RoundingMode.HALF_UP),
                FundingTerms.of(LocalDate.of(2025, 10, 15), null, money("9000.00"), RoundingMode.HALF_UP),
                FundingTerms.of(LocalDate.of(2025, 6, 3), null, money("12345.67"), RoundingMode.HALF_EVEN)
                        .decidedOn(LocalDate.of(2025, 9, 1)));
        List<Schedule> schedules = agreements.stream().map(a -> scheduler.schedule(a, yearEnd)).toList();
        BigDecimal expected = schedules.stream().map(Schedule::total).reduce(Money.ZERO, BigDecimal::add);
        long lines = schedules.stream().mapToLong(s -> s.lines().size()).sum();

        ExportResult csv = new CsvExportWriter().write(rows(schedules), new ByteArrayOutputStream());
        ExportResult xlsx = new XlsxExportWriter().write(rows(schedules), new ByteArrayOutputStream());

        assertThat(csv.controlTotal()).isEqualTo(expected);
        assertThat(xlsx.controlTotal()).isEqualTo(expected);
        assertThat(csv.rowCount()).isEqualTo(lines).isEqualTo(xlsx.rowCount());
    }

    private static Stream<ExportRow> rows(List<Schedule> schedules) {
        return schedules.stream().flatMap(s -> s.lines().stream()).map(ScheduleToExportTest::row);
    }

    private static ExportRow row(ScheduleLine line) {
        return new ExportRow("A123456789012", "Pupil", "100001", "8812001", "Oak Primary School", "Band 2",
                money("6000.00"), line.from(), line.to(), line.amount(), "HN100", "4101", "AGR-1", "DEC-1");
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
