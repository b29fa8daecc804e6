package uk.openband.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.openband.testsupport.WebTest;

/** The pupil registry against PostgreSQL: rules, temporary UPNs, optimistic locking and the table's own checks. */
@WebTest
class PupilRegistryTest {

    @Autowired
    PupilRegistry pupils;

    @Autowired
    SettingDirectory settings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    java.time.Clock clock;

    long brookfield;

    @BeforeEach
    void setting() {
        brookfield = settings.findByUrn("100001").orElseThrow().id();
    }

    static String upn(boolean temporary) {
        String body = "777" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String last12 = body + (temporary ? "K" : "5");
        return Upn.checkLetter(last12) + last12;
    }

    PupilData data(String upn) {
        return new PupilData(upn, "Sam", "Rowe", null, LocalDate.of(2014, 7, 7), Sex.M, "WBRI", "PD", null,
                EhcStatus.NONE, null, brookfield);
    }

    @Test
    void a_temporary_upn_is_accepted_and_flagged_and_lower_case_is_normalised() {
        String upn = upn(true);
        PupilDetails p = pupils.register(PupilScope.allSettings(), data(upn.toLowerCase()));
        assertThat(p.upn()).isEqualTo(upn);
        assertThat(p.temporaryUpn()).isTrue();
        assertThat(pupils.search(PupilScope.setting(brookfield), new PupilQuery(upn.toLowerCase(), null), 1).pupils())
                .extracting(PupilSummary::id).containsExactly(p.id());
    }

    @Test
    void every_problem_is_named_and_nothing_is_saved() {
        String upn = upn(false);
        PupilData bad = new PupilData(upn, " ", "x".repeat(101), null, LocalDate.now(clock).plusDays(1), null, "WBRI",
                "PD", "PD", EhcStatus.PLAN_ISSUED, LocalDate.now(clock).plusDays(3), brookfield);
        assertThatThrownBy(() -> pupils.register(PupilScope.allSettings(), bad))
                .isInstanceOfSatisfying(PupilRejectedException.class, e -> assertThat(e.problems())
                        .extracting(PupilProblem::field, PupilProblem::code).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("firstName", "pupil.firstName.required"),
                                org.assertj.core.groups.Tuple.tuple("lastName", "pupil.name.long"),
                                org.assertj.core.groups.Tuple.tuple("dateOfBirth", "pupil.dateOfBirth.past"),
                                org.assertj.core.groups.Tuple.tuple("sex", "pupil.sex.required"),
                                org.assertj.core.groups.Tuple.tuple("secondaryNeed", "pupil.secondaryNeed.same"),
                                org.assertj.core.groups.Tuple.tuple("ehcStatusDate", "pupil.ehcStatusDate.future")));
        assertThat(pupils.search(PupilScope.allSettings(), new PupilQuery(upn, null), 1).total()).isZero();
        PupilData old = new PupilData(upn, "A", "B", null, LocalDate.now(clock).minusYears(27), Sex.F, "WBRI", "PD", null,
                EhcStatus.NONE, null, brookfield);
        assertThatThrownBy(() -> pupils.register(PupilScope.allSettings(), old))
                .isInstanceOfSatisfying(PupilRejectedException.class, e -> assertThat(e.problems())
                        .extracting(PupilProblem::code).containsExactly("pupil.dateOfBirth.tooOld"));
    }

    @Test
    void many_summaries_come_at_once_and_keep_to_the_scope() {
        PupilDetails a = pupils.register(PupilScope.allSettings(), data(upn(false)));
        PupilDetails b = pupils.register(PupilScope.allSettings(), data(upn(false)));
        java.util.Map<Long, PupilSummary> all = pupils.summaries(PupilScope.allSettings(),
                java.util.List.of(a.id(), b.id(), 999_999_999L));
        assertThat(all).containsOnlyKeys(a.id(), b.id());
        assertThat(all.get(a.id())).isEqualTo(a.summary());
        assertThat(pupils.summaries(PupilScope.setting(brookfield + 1_000_000), java.util.List.of(a.id()))).isEmpty();
    }

    @Test
    void a_stale_version_is_a_conflict_and_the_current_record_is_returned() {
        PupilDetails p = pupils.register(PupilScope.allSettings(), data(upn(false)));
        PupilData changed = new PupilData(p.upn(), "Samuel", "Rowe", "Sam", p.dateOfBirth(), p.sex(), "WBRI", "PD",
                "VI", EhcStatus.REQUESTED, LocalDate.of(2025, 1, 6), brookfield);
        PupilDetails saved = pupils.update(PupilScope.setting(brookfield), p.id(), p.version(), changed);
        assertThat(saved.version()).isGreaterThan(p.version());
        assertThat(saved.secondaryNeed().description()).isEqualTo("Vision impairment");
        assertThatThrownBy(() -> pupils.update(PupilScope.allSettings(), p.id(), p.version(), data(p.upn())))
                .isInstanceOfSatisfying(PupilConflictException.class,
                        e -> assertThat(e.current().firstName()).isEqualTo("Samuel"));
    }

    @Test
    void a_senco_cannot_move_a_pupil_to_another_setting() {
        PupilDetails p = pupils.register(PupilScope.allSettings(), data(upn(false)));
        long hillside = settings.findByUrn("100002").orElseThrow().id();
        PupilData moved = new PupilData(p.upn(), "Sam", "Rowe", null, p.dateOfBirth(), p.sex(), "WBRI", "PD", null,
                EhcStatus.NONE, null, hillside);
        assertThatThrownBy(() -> pupils.update(PupilScope.setting(brookfield), p.id(), p.version(), moved))
                .isInstanceOfSatisfying(PupilRejectedException.class, e -> assertThat(e.problems())
                        .extracting(PupilProblem::code).containsExactly("pupil.setting.notYours"));
        assertThat(pupils.update(PupilScope.allSettings(), p.id(), p.version(), moved).settingName())
                .isEqualTo("Hillside Academy");
    }

    @Test
    void the_table_refuses_what_the_rules_refuse() {
        String insert = "INSERT INTO pupil (upn, temporary_upn, first_name, last_name, date_of_birth, sex, ethnicity, "
                + "primary_need, ehc_status, ehc_status_date, setting_id, created_at, updated_at) "
                + "VALUES (?, ?, 'A', 'B', DATE '2015-01-01', 'F', 'WBRI', 'PD', ?, ?, ?, now(), now())";
        for (List<Object> bad : List.<List<Object>>of(
                List.of("I207000016049", false, "NONE"),
                List.of("Q20700001604K", false, "NONE"),
                List.of("P207000016049", false, "PLAN_ISSUED"),
                List.of("P207000016049", false, "MAYBE"))) {
            assertThatThrownBy(() -> jdbc.update(insert, bad.get(0), bad.get(1), bad.get(2), null, brookfield))
                    .as(bad.toString()).isInstanceOf(DataIntegrityViolationException.class);
        }
        String taken = pupils.register(PupilScope.allSettings(), data(upn(false))).upn();
        assertThatThrownBy(() -> jdbc.update(insert, taken, false, "NONE", null, brookfield))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void reference_data_has_the_dfe_codes() {
        ReferenceData reference = new ReferenceData(jdbc);
        assertThat(reference.senNeeds()).extracting(CodedValue::code).containsExactly("SPLD", "MLD", "SLD", "PMLD",
                "SEMH", "SLCN", "HI", "VI", "MSI", "PD", "ASD", "DS", "OTH", "NSA");
        assertThat(reference.ethnicities()).extracting(CodedValue::code).contains("WBRI", "MWBC", "AIND", "BCRB", "CHNE",
                "REFU", "NOBT").hasSize(20);
    }
}
