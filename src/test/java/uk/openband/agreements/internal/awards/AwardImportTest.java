package uk.openband.agreements.internal.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.openband.agreements.FundingFixtures;
import uk.openband.agreements.internal.awards.AwardPlan.ImportOptions;
import uk.openband.audit.AuditLog;
import uk.openband.common.SettingCategory;
import uk.openband.directory.RejectedRow;
import uk.openband.directory.SettingDirectory;
import uk.openband.testsupport.MutableClock;
import uk.openband.testsupport.WebTest;

/** The awards import against PostgreSQL: check, preview counts, all or nothing, payments, re-import, audit. */
@WebTest
class AwardImportTest {

    static final LocalDate START = LocalDate.of(2026, 9, 1);
    static final LocalDate END = LocalDate.of(2027, 8, 31);
    static final ImportOptions FROM_JANUARY = new ImportOptions(LocalDate.of(2027, 1, 1), false);

    @Autowired AwardImport awardImport;
    @Autowired FundingFixtures fixtures;
    @Autowired SettingDirectory settings;
    @Autowired JdbcTemplate jdbc;
    @Autowired AuditLog audit;
    @Autowired MutableClock clock;

    String urn;
    String otherUrn;

    @BeforeEach
    void settings() {
        clock.setToday(LocalDate.of(2026, 12, 3));
        urn = settings.find(fixtures.newSetting(SettingCategory.MAINSTREAM, "Import Primary")).orElseThrow().urn();
        otherUrn = settings.find(fixtures.newSetting(SettingCategory.MAINSTREAM, "Other Primary")).orElseThrow().urn();
    }

    long agreementsWithOldReference(String ref) {
        return jdbc.queryForObject("SELECT count(*) FROM funding_agreement WHERE old_reference = ?", Long.class, ref);
    }

    @Test
    void the_preview_counts_by_setting_band_and_route_and_saves_nothing() {
        AwardFiles file = new AwardFiles()
                .award(1, AwardFiles.newUpn(), urn, "EHCP", "3", "5459.00", START, END)
                .award(2, AwardFiles.newUpn(), urn, "non-ehcp", "3", "\"£5,459\"", START, END)
                .award(3, AwardFiles.newUpn(), otherUrn, "EHCP", "EXCEPTIONAL", "25000", START, END)
                .award(4, AwardFiles.newUpn(), otherUrn, "POST-16", "LEGACY", "4100.50", START, END);
        AwardPlan plan = awardImport.plan(file.bytes(), "awards.csv", FROM_JANUARY, Locale.UK);

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.valid()).isTrue();
        assertThat(plan.rows()).isEqualTo(4);
        assertThat(plan.awards()).hasSize(4);
        assertThat(plan.newPupils()).hasSize(4);
        assertThat(plan.totals().annualCost()).isEqualByComparingTo("40018.50");
        assertThat(plan.totals().legacy()).isEqualTo(1);
        assertThat(plan.totals().byBand()).extracting(AwardPlan.Count::label, AwardPlan.Count::awards)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("3", 2),
                        org.assertj.core.groups.Tuple.tuple("EXCEPTIONAL", 1),
                        org.assertj.core.groups.Tuple.tuple("LEGACY", 1));
        assertThat(plan.totals().bySetting()).extracting(AwardPlan.Count::label)
                .containsExactlyInAnyOrder("Import Primary (" + urn + ")", "Other Primary (" + otherUrn + ")");
        assertThat(plan.totals().byRoute()).extracting(AwardPlan.Count::label, AwardPlan.Count::awards)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("EHCP top-up (EHCP)", 2),
                        org.assertj.core.groups.Tuple.tuple("Top-up without an EHC plan (NON-EHCP)", 1),
                        org.assertj.core.groups.Tuple.tuple("Post-16 (POST-16)", 1));
        assertThat(plan.totals().arrears()).isEqualByComparingTo("0.00");
        assertThat(agreementsWithOldReference(file.reference(1))).isZero();
        assertThat(plan.sha256()).hasSize(64);
    }

    @Test
    void a_file_with_bad_rows_names_every_problem_with_its_line_and_column_and_imports_nothing() {
        String repeatedUpn = AwardFiles.newUpn();
        AwardFiles file = new AwardFiles();
        file.award(1, AwardFiles.newUpn(), urn, "EHCP", "3", "5459.00", START, END)
                .award(2, AwardFiles.newUpn(), urn, "EHCP", "3", "5000.00", START, END)
                .award(3, AwardFiles.newUpn(), "999999", "NOPE", "3", "5459.00", START, END)
                .award(4, repeatedUpn, urn, "EHCP", "3", "5459.00", START, END)
                .award(5, repeatedUpn, urn, "EHCP", "3", "5459.00", LocalDate.of(2027, 1, 1), END)
                .row(file.reference(1) + "," + AwardFiles.newUpn() + "," + urn + ",EHCP,3,5459,2026-09-01,2026-08-01,"
                        + "2026-10-01,,,Ann,Other,2016-05-01,X,WBRI,SLCN,NONE,");
        AwardPlan plan = awardImport.plan(file.bytes(), "bad.csv", FROM_JANUARY, Locale.UK);

        assertThat(plan.valid()).isFalse();
        assertThat(plan.problems()).extracting(RejectedRow::line, RejectedRow::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "AnnualAmount"),
                org.assertj.core.groups.Tuple.tuple(4, "SettingURN"),
                org.assertj.core.groups.Tuple.tuple(4, "Route"),
                org.assertj.core.groups.Tuple.tuple(6, "StartDate"),
                org.assertj.core.groups.Tuple.tuple(7, "OldReference"),
                org.assertj.core.groups.Tuple.tuple(7, "PlannedEndDate"),
                org.assertj.core.groups.Tuple.tuple(7, "Sex"));
        assertThat(plan.problems().get(0).reason()).isEqualTo(
                "3 pays £5,459.00 a year for mainstream: give that amount, or use LEGACY for an amount that matches "
                        + "no band");
        assertThat(plan.problems().get(3).reason()).contains("line 5");
        assertThat(plan.problems().get(4).reason()).isEqualTo("The same old reference as line 2");
        assertThat(plan.awards()).isEmpty();
        assertThatThrownBy(() -> awardImport.importFile(file.bytes(), "bad.csv", FROM_JANUARY, "admin", Locale.UK))
                .isInstanceOf(AwardImport.AwardFileRefused.class);
        assertThat(agreementsWithOldReference(file.reference(1))).isZero();
    }

    @Test
    void imported_awards_are_agreements_paid_from_the_chosen_day_and_a_second_import_changes_nothing() {
        String upn = AwardFiles.newUpn();
        AwardFiles file = new AwardFiles()
                .award(1, upn, urn, "EHCP", "3", "5459.00", START, END)
                .award(2, AwardFiles.newUpn(), urn, "EHCP", "LEGACY", "4100.00", START, END);
        AwardImport.Imported done = awardImport.importFile(file.bytes(), "awards.csv", FROM_JANUARY, "finance",
                Locale.UK);

        assertThat(done.imported()).isEqualTo(2);
        assertThat(done.newPupils()).isEqualTo(2);
        assertThat(done.reference()).startsWith("AI-");
        Map<String, Object> a = jdbc.queryForMap("SELECT * FROM funding_agreement WHERE old_reference = ?",
                file.reference(1));
        assertThat(a.get("source")).isEqualTo("IMPORT");
        assertThat(a.get("case_id")).isNull();
        assertThat(a.get("route")).isEqualTo("EHCP");
        assertThat(a.get("band")).isEqualTo("3");
        assertThat(a.get("legacy")).isEqualTo(false);
        assertThat(a.get("paid_from").toString()).isEqualTo("2027-01-01");
        List<Map<String, Object>> lines = jdbc.queryForList("SELECT period_from, kind FROM funding_payment_line "
                + "WHERE agreement_id = ? ORDER BY line_no", a.get("id"));
        assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l.get("kind")).isEqualTo("REGULAR"));
        assertThat(lines.get(0).get("period_from").toString()).isEqualTo("2027-01-01");
        Map<String, Object> legacy = jdbc.queryForMap("SELECT band, legacy FROM funding_agreement WHERE old_reference = ?",
                file.reference(2));
        assertThat(legacy.get("band")).isNull();
        assertThat(legacy.get("legacy")).isEqualTo(true);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM directory_pupil_v WHERE upn = ?", Long.class, upn))
                .isEqualTo(1);
        String details = audit.recent("AWARDS_IMPORTED", 1).get(0).detailsJson();
        assertThat(details).contains(AwardImport.sha256(file.bytes())).contains("\"imported\": 2");

        AwardImport.Imported again = awardImport.importFile(file.bytes(), "awards.csv", FROM_JANUARY, "finance",
                Locale.UK);
        assertThat(again.changedNothing()).isTrue();
        assertThat(again.reference()).isEqualTo(done.reference());
        assertThat(awardImport.plan(file.bytes(), "awards.csv", FROM_JANUARY, Locale.UK).previousImport().reference())
                .isEqualTo(done.reference());
        // The same rows in another file (a different SHA-256): every old reference is known, nothing changes.
        byte[] reordered = (AwardFiles.HEADER + file.text().substring(AwardFiles.HEADER.length()).strip()
                + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        AwardImport.Imported rows = awardImport.importFile(reordered, "again.csv", FROM_JANUARY, "finance", Locale.UK);
        assertThat(rows.changedNothing()).isTrue();
        assertThat(rows.alreadyImported()).isEqualTo(2);
        assertThat(agreementsWithOldReference(file.reference(1))).isEqualTo(1);
        assertThat(audit.recent("AWARDS_IMPORT_REPEATED", 2)).hasSize(2);
    }

    @Test
    void arrears_are_paid_only_when_asked_and_protection_runs_until_its_end() {
        AwardFiles file = new AwardFiles()
                .award(1, AwardFiles.newUpn(), urn, "EHCP", "3", "5459.00", START, END)
                .row("%s,%s,%s,EHCP,3,5459.00,2026-09-01,2027-08-31,2027-07-01,7000.00,2027-03-31,Pro,Tected,2016-05-01,"
                        .formatted(new AwardFiles().reference(9), AwardFiles.newUpn(), urn) + "M,WBRI,SLCN,NONE,");
        String protectedRef = file.text().split("\r\n")[2].split(",")[0];
        ImportOptions withArrears = new ImportOptions(LocalDate.of(2027, 1, 1), true);
        AwardPlan plan = awardImport.plan(file.bytes(), "arrears.csv", withArrears, Locale.UK);
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.totals().arrears()).isPositive();
        awardImport.importFile(file.bytes(), "arrears.csv", withArrears, "admin", Locale.UK);

        long first = jdbc.queryForObject("SELECT id FROM funding_agreement WHERE old_reference = ? AND source = 'IMPORT'",
                Long.class, file.reference(1));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM funding_payment_line WHERE agreement_id = ? "
                + "AND kind = 'ARREARS'", Long.class, first)).isPositive();
        // Arrears cover the days before 1 January 2027 (due then); regular lines the days from it.
        assertThat(jdbc.queryForObject("SELECT max(period_to) FROM funding_payment_line WHERE agreement_id = ? "
                + "AND kind = 'ARREARS'", LocalDate.class, first)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(jdbc.queryForObject("SELECT min(period_from) FROM funding_payment_line WHERE agreement_id = ? "
                + "AND kind = 'REGULAR'", LocalDate.class, first)).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(jdbc.queryForObject("SELECT min(period_from) FROM funding_payment_line WHERE agreement_id = ?",
                LocalDate.class, first)).isEqualTo(START);

        List<Map<String, Object>> parts = jdbc.queryForList("SELECT source, status, annual_amount, start_date, end_date "
                + "FROM funding_agreement WHERE old_reference = ? ORDER BY start_date", protectedRef);
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).get("source")).isEqualTo("IMPORT");
        assertThat(parts.get(0).get("status")).isEqualTo("SUPERSEDED");
        assertThat((BigDecimal) parts.get(0).get("annual_amount")).isEqualByComparingTo("7000.00");
        assertThat(parts.get(0).get("end_date").toString()).isEqualTo("2027-03-31");
        assertThat(parts.get(1).get("source")).isEqualTo("ROLLOVER");
        assertThat((BigDecimal) parts.get(1).get("annual_amount")).isEqualByComparingTo("5459.00");
        assertThat(parts.get(1).get("start_date").toString()).isEqualTo("2027-04-01");
    }

    @Test
    void an_award_overlapping_an_agreement_already_made_is_refused() {
        String upn = AwardFiles.newUpn();
        AwardFiles first = new AwardFiles().award(1, upn, urn, "EHCP", "3", "5459.00", START, END);
        awardImport.importFile(first.bytes(), "one.csv", FROM_JANUARY, "admin", Locale.UK);
        AwardFiles second = new AwardFiles().award(1, upn, urn, "EHCP", "3", "5459.00", LocalDate.of(2027, 6, 1),
                LocalDate.of(2028, 3, 31));
        AwardPlan plan = awardImport.plan(second.bytes(), "two.csv", FROM_JANUARY, Locale.UK);
        assertThat(plan.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("StartDate");
            assertThat(p.reason()).startsWith("This award funds days that agreement FA-");
        });
    }

    @Test
    void a_file_without_the_required_columns_or_tariff_is_refused_as_a_whole() {
        AwardPlan noColumns = awardImport.plan("OldReference,UPN\r\nA,B\r\n".getBytes(), "x.csv", FROM_JANUARY,
                Locale.UK);
        assertThat(noColumns.fileProblem()).isEqualTo("The header row has no SettingURN, Route, Band, AnnualAmount, "
                + "StartDate, PlannedEndDate, ReviewDate column");
        clock.setToday(LocalDate.of(2040, 1, 1));
        AwardPlan noTariff = awardImport.plan(new AwardFiles().award(1, AwardFiles.newUpn(), urn, "EHCP", "3",
                "5459.00", START, END).bytes(), "x.csv", FROM_JANUARY, Locale.UK);
        assertThat(noTariff.fileProblem()).startsWith("No banding table is in force today");
    }
}
