package uk.openband.finance;

import uk.openband.platform.Refused;
import uk.openband.agreements.AgreementFixtures;
import uk.openband.agreements.AgreementView;
import uk.openband.agreements.FundingAgreements;
import uk.openband.agreements.PaymentLineView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.openband.directory.PupilScope;
import uk.openband.agreements.AgreementFixtures.Agreement;
import uk.openband.agreements.schedule.FinancialYear;
import uk.openband.testsupport.MutableClock;
import uk.openband.testsupport.WebTest;

/**
 * Batches against PostgreSQL: contents and totals per period, CHANGES netting, repeats and immutability. Each
 * test sets "today" ({@link MutableClock}) and pays its own new pupils in recent, real periods. A batch holds the
 * whole authority's lines due in its period, and other tests pay in the same periods, so a batch's totals are
 * checked against a batch of the same period made just before this test's lines existed: the difference is
 * exactly this test's lines; elsewhere only this test's own agreements' rows are checked.
 */
@WebTest
class ExportBatchesTest {

    /**
     * Near the end of financial year 2026-27 (the demo tariff's last day is 31 March 2027): 2025-26 is over, and
     * every period below is plausible to export.
     */
    static final LocalDate TODAY = LocalDate.of(2027, 3, 20);

    @Autowired ExportBatches exports;
    @Autowired ExportPeriods periods;
    @Autowired BatchDownloads downloads;
    @Autowired AgreementFixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired FundingAgreements funding;
    @Autowired MutableClock clock;

    @BeforeEach
    void codes() {
        fixtures.costCodes();
    }

    ExportBatch issued(String period, ExportKind kind) {
        ExportBatch started = exports.start(period, kind, true, "finance");
        ExportBatch done = exports.await(started.id(), Duration.ofMinutes(2)).orElseThrow();
        assertThat(done.status()).as(done.failure()).isEqualTo(ExportStatus.ISSUED);
        return done;
    }

    /** Rows of the batch for the given agreements: adjustment, period from, amount. */
    List<Map<String, Object>> rows(ExportBatch batch, Agreement... agreements) {
        Long[] ids = java.util.Arrays.stream(agreements).map(Agreement::id).toArray(Long[]::new);
        return jdbc.queryForList("SELECT agreement_reference, adjustment, period_from, period_to, amount, cost_centre, "
                + "account_code, pupil_name, setting_urn, decision_reference FROM funding_export_line "
                + "WHERE batch_id = ? AND agreement_id = ANY (?) ORDER BY row_no", batch.id(), ids);
    }

    static BigDecimal sum(List<Map<String, Object>> rows) {
        return rows.stream().map(r -> (BigDecimal) r.get("amount")).reduce(new BigDecimal("0.00"), BigDecimal::add);
    }

    @Test
    void a_month_a_term_and_a_year_hold_the_lines_due_in_them_with_every_column() throws Exception {
        clock.setToday(TODAY);
        // what the rest of the authority has due in June 2025 and in financial year 2025-26 before this test
        ExportBatch juneBefore = issued("2025-06", ExportKind.FULL);
        ExportBatch yearBefore = issued("FY2025", ExportKind.FULL);

        Agreement monthly = fixtures.agreement("Band 3", "6000.00", LocalDate.of(2025, 4, 1),
                LocalDate.of(2026, 3, 31), LocalDate.of(2025, 3, 1));
        fixtures.monthly(monthly, LocalDate.of(2025, 4, 1), 12, "500.00");
        // decided on 15 June: April, May and 1-14 June are arrears, all due on 15 June
        Agreement backdated = fixtures.agreement("Band 4", "12000.00", LocalDate.of(2025, 4, 1),
                LocalDate.of(2026, 3, 31), LocalDate.of(2025, 6, 15));
        fixtures.line(backdated, 1, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30), "ARREARS", "1000.00");
        fixtures.line(backdated, 2, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31), "ARREARS", "1000.00");
        fixtures.line(backdated, 3, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 14), "ARREARS", "466.67");
        fixtures.line(backdated, 4, LocalDate.of(2025, 6, 15), LocalDate.of(2025, 6, 30), "REGULAR", "533.33");
        fixtures.line(backdated, 5, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31), "REGULAR", "1000.00");

        ExportBatch june = issued("2025-06", ExportKind.FULL);
        assertThat(june.lineCount()).isEqualTo(juneBefore.lineCount() + 5);
        assertThat(june.controlTotal().subtract(juneBefore.controlTotal())).isEqualByComparingTo("3500.00");
        assertThat(june.rowsDone()).isEqualTo(june.rowsTotal()).isEqualTo(2 * june.lineCount());
        assertThat(june.csvSha256()).hasSize(64);
        List<Map<String, Object>> rows = rows(june, monthly, backdated);
        assertThat(rows).hasSize(5);
        assertThat(sum(rows)).isEqualByComparingTo("3500.00");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("adjustment")).isEqualTo("LINE");
            assertThat(r.get("cost_centre")).isEqualTo("HN0");
            assertThat(r.get("account_code")).isEqualTo("410");
            assertThat(r.get("pupil_name")).isEqualTo("Case Work");
            assertThat(r.get("setting_urn")).isEqualTo("100001");
            assertThat((String) r.get("decision_reference")).matches("DEC-\\d{6,}");
        });

        // a term takes its dates from the term calendar (seeded: spring from 1 January)
        Agreement termly = fixtures.agreement("Band 3", "6000.00", LocalDate.of(2026, 4, 1),
                LocalDate.of(2027, 3, 31), LocalDate.of(2026, 3, 1));
        fixtures.monthly(termly, LocalDate.of(2026, 4, 1), 12, "500.00");
        ExportBatch autumn = issued("2026-AUTUMN", ExportKind.FULL);
        assertThat(autumn.periodFrom()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(autumn.periodTo()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(rows(autumn, termly)).extracting(r -> r.get("period_from").toString())
                .containsExactly("2026-09-01", "2026-10-01", "2026-11-01", "2026-12-01");
        assertThat(sum(rows(autumn, termly))).isEqualByComparingTo("2000.00");

        ExportBatch year = issued("FY2025", ExportKind.FULL);
        assertThat(year.lineCount()).isEqualTo(yearBefore.lineCount() + 17);
        assertThat(year.controlTotal().subtract(yearBefore.controlTotal())).isEqualByComparingTo("10000.00");
        assertThat(rows(year, monthly, backdated)).hasSize(17);
        assertThat(sum(rows(year, monthly, backdated))).isEqualByComparingTo("10000.00");
        assertThat(rows(year, termly)).isEmpty();
        assertThat(year.repeatOfReference()).isEqualTo(june.reference());

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        downloads.download(year.id(), "csv", csv);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(csv.toByteArray())))
                .isEqualTo(year.csvSha256());
        assertThat((long) csv.size()).isEqualTo(year.csvBytes());
        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).hasSize((int) (long) year.lineCount() + 1);
        assertThat(text).contains("Case Work,100001,", ",HN0,410," + monthly.reference() + ",DEC-");
    }

    @Test
    void changes_reverse_and_replace_what_changed_and_nets_match_the_lines_to_the_penny() {
        clock.setToday(TODAY);
        Agreement leaving = fixtures.agreement("Band 3", "12000.00", LocalDate.of(2026, 4, 1),
                LocalDate.of(2027, 3, 31), LocalDate.of(2026, 3, 1));
        fixtures.monthly(leaving, LocalDate.of(2026, 4, 1), 12, "1000.00");
        Agreement regraded = fixtures.agreement("Band 2", "6000.00", LocalDate.of(2026, 4, 1),
                LocalDate.of(2027, 3, 31), LocalDate.of(2026, 3, 1));
        fixtures.monthly(regraded, LocalDate.of(2026, 4, 1), 12, "500.00");
        ExportBatch full = issued("FY2026", ExportKind.FULL);
        assertThat(sum(rows(full, leaving, regraded))).isEqualByComparingTo("18000.00");

        // the pupil leaves on 15 September: lines replaced, September part paid, October on gone
        fixtures.clearLines(leaving);
        fixtures.monthly(leaving, LocalDate.of(2026, 4, 1), 5, "1000.00");
        fixtures.line(leaving, 6, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 15), "REGULAR", "500.00");
        fixtures.endOn(leaving, LocalDate.of(2026, 9, 15));
        // June's line of the other agreement is worked out again at a different amount
        jdbc.update("UPDATE funding_payment_line SET amount = 612.34 WHERE agreement_id = ? AND period_from = ?",
                regraded.id(), java.sql.Date.valueOf(LocalDate.of(2026, 6, 1)));
        Agreement added = fixtures.agreement("Band 5", "3650.00", LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 3, 31), LocalDate.of(2026, 12, 1));
        fixtures.monthly(added, LocalDate.of(2027, 1, 1), 3, "304.17");

        ExportBatch changes = issued("2027-03", ExportKind.CHANGES);
        assertThat(changes.previousReference()).isNotNull();
        List<Map<String, Object>> leavingRows = rows(changes, leaving);
        assertThat(leavingRows).extracting(r -> r.get("adjustment")).containsExactly("REVERSAL", "LINE", "REVERSAL",
                "REVERSAL", "REVERSAL", "REVERSAL", "REVERSAL", "REVERSAL");
        assertThat(leavingRows.get(0).get("amount")).isEqualTo(new BigDecimal("-1000.00"));
        assertThat(leavingRows.get(0).get("period_to").toString()).isEqualTo("2026-09-30");
        assertThat(leavingRows.get(1).get("amount")).isEqualTo(new BigDecimal("500.00"));
        assertThat(sum(leavingRows)).isEqualByComparingTo("-6500.00");
        List<Map<String, Object>> regradedRows = rows(changes, regraded);
        assertThat(regradedRows).extracting(r -> r.get("adjustment")).containsExactly("REVERSAL", "REPLACEMENT");
        assertThat(regradedRows).extracting(r -> r.get("amount"))
                .containsExactly(new BigDecimal("-500.00"), new BigDecimal("612.34"));
        assertThat(rows(changes, added)).extracting(r -> r.get("adjustment")).containsExactly("LINE", "LINE", "LINE");
        assertThat(sum(rows(changes, added))).isEqualByComparingTo("912.51");

        // every line's issued net is now exactly its amount, and a line gone nets to nothing
        for (Agreement a : List.of(leaving, regraded, added)) {
            assertThat(jdbc.queryForObject("SELECT coalesce(sum(amount), 0) FROM funding_export_line e "
                    + "JOIN funding_export_batch b ON b.id = e.batch_id WHERE b.status = 'ISSUED' AND agreement_id = ?",
                    BigDecimal.class, a.id())).isEqualByComparingTo(jdbc.queryForObject(
                            "SELECT sum(amount) FROM funding_payment_line WHERE agreement_id = ?", BigDecimal.class,
                            a.id()));
        }

        // nothing changed since: nothing for these agreements
        ExportBatch again = issued("2027-03", ExportKind.CHANGES);
        assertThat(rows(again, leaving, regraded, added)).isEmpty();

        // June changes back: the 612.34 issued is reversed and 500.00 paid
        jdbc.update("UPDATE funding_payment_line SET amount = 500.00 WHERE agreement_id = ? AND period_from = ?",
                regraded.id(), java.sql.Date.valueOf(LocalDate.of(2026, 6, 1)));
        ExportBatch back = issued("2027-03", ExportKind.CHANGES);
        assertThat(rows(back, regraded)).extracting(r -> r.get("amount"))
                .containsExactly(new BigDecimal("-612.34"), new BigDecimal("500.00"));
        assertThat(sum(rows(back, leaving, regraded, added))).isEqualByComparingTo("-112.34");
        assertThat(back.controlTotal()).isEqualByComparingTo(jdbc.queryForObject(
                "SELECT sum(amount) FROM funding_export_line WHERE batch_id = ?", BigDecimal.class, back.id()));
    }

    @Test
    void a_real_decision_is_exported_and_a_leaving_date_later_comes_back_as_reversals_that_net_to_the_new_lines() {
        AgreementView agreement = fixtures.decidedAgreement();
        List<PaymentLineView> lines = funding.schedule(PupilScope.allSettings(), agreement.id());
        assertThat(lines).isNotEmpty();
        PaymentLineView first = lines.get(0);
        String year = "FY" + first.financialYear();
        LocalDate yearEnd = LocalDate.of(first.financialYear() + 1, 3, 31);
        ExportBatch full = issued(year, ExportKind.FULL);
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT amount, agreement_reference FROM "
                + "funding_export_line WHERE batch_id = ? AND agreement_id = ?", full.id(), agreement.id());
        List<PaymentLineView> dueInYear = lines.stream().filter(l -> !PaymentPeriodDue.due(l, agreement)
                .isBefore(LocalDate.of(first.financialYear(), 4, 1)) && !PaymentPeriodDue.due(l, agreement)
                .isAfter(yearEnd)).toList();
        assertThat(rows).hasSize(dueInYear.size());
        assertThat(rows).allSatisfy(r -> assertThat(r.get("agreement_reference")).isEqualTo(agreement.reference()));
        assertThat(sum(rows)).isEqualByComparingTo(dueInYear.stream().map(PaymentLineView::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add));

        funding.recordLeaving(agreement.id(), agreement.startDate().plusDays(40), "Moved away", "officer");
        ExportBatch changes = issued(year, ExportKind.CHANGES);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM funding_export_line WHERE batch_id = ? AND "
                + "agreement_id = ? AND adjustment = 'REVERSAL'", Long.class, changes.id(), agreement.id()))
                .isPositive();
        BigDecimal issuedNet = jdbc.queryForObject("SELECT coalesce(sum(e.amount), 0) FROM funding_export_line e "
                + "JOIN funding_export_batch b ON b.id = e.batch_id WHERE b.status = 'ISSUED' AND e.agreement_id = ?",
                BigDecimal.class, agreement.id());
        BigDecimal dueNow = funding.schedule(PupilScope.allSettings(), agreement.id()).stream()
                .filter(l -> !PaymentPeriodDue.due(l, agreement).isAfter(yearEnd)).map(PaymentLineView::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(issuedNet).isEqualByComparingTo(dueNow);
    }

    /** The due-day rule, as PaymentPeriod states it. */
    static final class PaymentPeriodDue {
        static LocalDate due(PaymentLineView line, AgreementView agreement) {
            return uk.openband.agreements.schedule.PaymentPeriod.dueDay(line.periodFrom(), agreement.decisionDate());
        }
    }

    @Test
    void a_full_batch_for_a_period_already_issued_needs_confirming_and_says_which_batch() {
        clock.setToday(TODAY);
        Agreement a = fixtures.agreement("Band 1", "1200.00", LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31),
                LocalDate.of(2025, 3, 1));
        fixtures.monthly(a, LocalDate.of(2025, 4, 1), 12, "100.00");
        ExportBatch first = issued("2025-05", ExportKind.FULL);

        assertThatThrownBy(() -> exports.start("2025-05", ExportKind.FULL, false, "finance"))
                .isInstanceOfSatisfying(Refused.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("export.repeat");
                    assertThat(e.getMessage()).contains(first.reference()).contains("May 2025");
                });
        ExportBatch repeat = issued("2025-05", ExportKind.FULL);
        assertThat(repeat.repeatOfReference()).isEqualTo(first.reference());
    }

    @Test
    void an_issued_batch_its_rows_and_its_files_cannot_be_changed() {
        clock.setToday(TODAY);
        Agreement a = fixtures.agreement("Band 1", "1200.00", LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31),
                LocalDate.of(2025, 3, 1));
        fixtures.monthly(a, LocalDate.of(2025, 4, 1), 2, "100.00");
        ExportBatch batch = issued("2025-04", ExportKind.FULL);
        long id = batch.id();

        assertThatThrownBy(() -> jdbc.update("UPDATE funding_export_line SET amount = 1.00 WHERE batch_id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("issued");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM funding_export_line WHERE batch_id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("issued");
        assertThatThrownBy(() -> jdbc.update("INSERT INTO funding_export_line SELECT batch_id, row_no + 100, "
                + "adjustment, agreement_id, payment_line_id, line_kind, due_day, pupil_upn, pupil_name, setting_urn, "
                + "laestab, setting_name, band, annual_amount, period_from, period_to, amount, cost_centre, "
                + "account_code, agreement_reference, decision_reference FROM funding_export_line WHERE batch_id = ?",
                id)).isInstanceOf(DataAccessException.class).hasMessageContaining("running");
        assertThatThrownBy(() -> jdbc.update("UPDATE funding_export_file_part SET bytes = '\\x00' WHERE batch_id = ?",
                id)).isInstanceOf(DataAccessException.class).hasMessageContaining("issued");
        assertThatThrownBy(() -> jdbc.update("UPDATE funding_export_batch SET control_total = 0 WHERE id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("issued");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM funding_export_batch WHERE id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("cannot be deleted");
        assertThatThrownBy(() -> jdbc.update("INSERT INTO funding_export_file_part VALUES (?, 'csv', 99, '\\x00')",
                id)).isInstanceOf(DataAccessException.class).hasMessageContaining("running");
        assertThatThrownBy(() -> jdbc.update("TRUNCATE funding_export_file_part"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("kept");
        assertThat(exports.find(id).orElseThrow()).isEqualTo(batch);
    }

    @Test
    void a_period_that_is_not_a_month_term_or_year_is_refused_by_name() {
        assertThatThrownBy(() -> exports.start("2041-13", ExportKind.FULL, false, "finance"))
                .isInstanceOfSatisfying(Refused.class, e -> {
                    assertThat(e.field()).isEqualTo("period");
                    assertThat(e.getMessage()).contains("month (2026-05)");
                });
        // a term of a year the term calendar does not hold (yet: other tests add years to it)
        int noTermDates = jdbc.queryForObject("SELECT max(start_year) + 1 FROM funding_academic_year", Integer.class);
        assertThatThrownBy(() -> exports.start(noTermDates + "-AUTUMN", ExportKind.FULL, false, "finance"))
                .isInstanceOf(Refused.class);
    }

    @Test
    void a_period_outside_the_calendar_and_the_paid_years_or_beyond_next_year_is_refused_and_nothing_is_issued() {
        clock.setToday(TODAY);
        long batches = jdbc.queryForObject("SELECT count(*) FROM funding_export_batch", Long.class);
        LocalDate firstDue = jdbc.queryForObject("SELECT min(greatest(l.period_from, a.decision_date)) FROM "
                + "funding_payment_line l JOIN funding_agreement a ON a.id = l.agreement_id", LocalDate.class);
        int firstCalendarYear = jdbc.queryForObject("SELECT min(start_year) FROM funding_academic_year", Integer.class);
        int earliest = Math.min(firstCalendarYear, FinancialYear.containing(firstDue).startYear());
        for (String period : List.of("0000-01", "FY1999", "FY" + (earliest - 1), "FY2028", "2028-04", "2029-06",
                "FY9999")) {
            assertThatThrownBy(() -> exports.start(period, ExportKind.FULL, true, "finance"))
                    .as(period).isInstanceOfSatisfying(Refused.class, e -> {
                        assertThat(e.field()).isEqualTo("period");
                        assertThat(e.messageKey()).isEqualTo("export.period.outOfRange");
                        assertThat(e.getMessage()).endsWith(" is outside the term calendar and the financial years "
                                + "with payments, or too far ahead").contains(" and March 2028: ");
                    });
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM funding_export_batch", Long.class)).isEqualTo(batches);
        // today is in 2026-27, so the next financial year (2027-28) is the last that may be asked for; the
        // calendar's first year may be
        for (String period : List.of("FY2027", "2028-03", "2027-SPRING", "FY" + earliest, "FY2026")) {
            periods.plausible(periods.period(period).orElseThrow());
        }
        assertThat(periods.window().to()).isEqualTo(LocalDate.of(2028, 3, 31));
    }
}
