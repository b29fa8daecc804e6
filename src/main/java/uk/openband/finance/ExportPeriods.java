package uk.openband.finance;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import uk.openband.agreements.AcademicYearView;
import uk.openband.agreements.PaymentSettings;
import uk.openband.agreements.schedule.FinancialYear;
import uk.openband.agreements.schedule.PaymentPeriod;
import uk.openband.platform.Refused;

/**
 * The periods an export batch can be made for: a month, a term of the LA's calendar or a financial year, and
 * only a plausible one ({@link #plausible}): within the term calendar or a financial year with payment lines,
 * and never beyond the next financial year.
 */
@Service
public class ExportPeriods {

    private final PaymentSettings paymentSettings;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ExportPeriods(PaymentSettings paymentSettings, JdbcTemplate jdbc, Clock clock) {
        this.paymentSettings = paymentSettings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The period a code names ({@code 2026-05}, {@code 2026-AUTUMN}, {@code FY2026}), terms from the LA's calendar. */
    public Optional<PaymentPeriod> period(String code) {
        Optional<PaymentPeriod> monthOrYear = PaymentPeriod.parseMonthOrYear(code);
        if (monthOrYear.isPresent()) {
            return monthOrYear;
        }
        return PaymentPeriod.termCode(code).flatMap(t -> paymentSettings.term(t.academicYear(), t.term()));
    }

    /** The first and the last day a batch's period may touch. */
    public record Window(LocalDate from, LocalDate to) {
    }

    /**
     * The days export periods may cover: from the earlier of the term calendar's first day and the start of
     * the first financial year with a payment line due, to the later of the calendar's last day and the end of
     * the last financial year with a line due, but never beyond the end of the next financial year (a batch
     * is issued for good and becomes the next one's "previous batch", so a period nobody can be paid in is
     * refused rather than issued empty).
     */
    public Window window() {
        List<AcademicYearView> years = paymentSettings.current().years();
        LocalDate from = null;
        LocalDate to = null;
        if (!years.isEmpty()) {
            from = LocalDate.of(years.get(0).startYear(), 9, 1);
            to = LocalDate.of(years.get(years.size() - 1).startYear() + 1, 8, 31);
        }
        var due = jdbc.queryForMap("SELECT min(greatest(l.period_from, a.decision_date)) AS first_due, "
                + "max(greatest(l.period_from, a.decision_date)) AS last_due FROM agreements_payment_line_v l "
                + "JOIN agreements_agreement_v a ON a.id = l.agreement_id");
        if (due.get("first_due") != null) {
            LocalDate first = FinancialYear.containing(((Date) due.get("first_due")).toLocalDate()).start();
            LocalDate last = FinancialYear.containing(((Date) due.get("last_due")).toLocalDate()).end();
            from = from == null || first.isBefore(from) ? first : from;
            to = to == null || last.isAfter(to) ? last : to;
        }
        LocalDate limit = FinancialYear.containing(LocalDate.now(clock)).next().end();
        if (from == null) {
            from = FinancialYear.containing(LocalDate.now(clock)).start();
        }
        if (to == null || to.isAfter(limit)) {
            to = limit;
        }
        return new Window(from, to);
    }

    /** Refuses ({@code period}, {@code export.period.outOfRange}) a period outside the {@link #window()}. */
    public void plausible(PaymentPeriod period) {
        Window window = window();
        if (period.to().isBefore(window.from()) || period.from().isAfter(window.to())) {
            throw new Refused("period", "export.period.outOfRange", period.label(), monthYear(window.from()),
                    monthYear(window.to()));
        }
    }

    private static String monthYear(LocalDate day) {
        return day.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + day.getYear();
    }
}
