package uk.openband.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.openband.testsupport.WebTest;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.casework.CaseDetail;
import uk.openband.casework.CaseFilter;
import uk.openband.casework.CaseFixtures;
import uk.openband.casework.CaseQueries;
import uk.openband.casework.CaseSort;
import uk.openband.casework.CaseState;
import uk.openband.casework.CaseWorkflow;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.SettingDirectory;
import uk.openband.testsupport.Statements;

/**
 * The queue's counts per state come from the totals a trigger keeps (V175), and stay equal to counting the cases
 * themselves across new cases, transitions, withdrawals and removals; the unfiltered queue reads them without
 * counting the cases.
 */
@WebTest
class CaseStateCountsTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired CaseQueries cases;
    @Autowired CaseWorkflow workflow;
    @Autowired AssessmentManagement assessments;
    @Autowired PupilRegistry pupils;
    @Autowired SettingDirectory settings;

    @Test
    void the_kept_counts_follow_every_transition() throws Exception {
        Map<CaseState, Long> before = counted();
        assertThat(kept()).isEqualTo(before);

        long id = cases.forAssessment(CaseFixtures.submitted(assessments, pupils, settings, CaseFixtures.BAND_3).id())
                .orElseThrow().id();
        assertThat(kept()).isEqualTo(counted()).isEqualTo(plus(before, CaseState.SUBMITTED, 1));

        workflow.assign(id, detail(id).version(), "officer");
        assertThat(kept()).isEqualTo(counted());
        assertThat(detail(id).summary().state()).isEqualTo(CaseState.IN_TRIAGE);
        assertThat(kept()).isEqualTo(plus(before, CaseState.IN_TRIAGE, 1));

        workflow.returnForInformation(id, detail(id).version(), "Please send the EP report", "officer");
        assertThat(kept()).isEqualTo(counted()).isEqualTo(plus(before, CaseState.INFO_REQUESTED, 1));

        workflow.withdraw(id, detail(id).version(), "Left the area");
        assertThat(kept()).isEqualTo(counted()).isEqualTo(plus(before, CaseState.WITHDRAWN, 1));

        // Written by hand, outside the application: the trigger keeps up.
        jdbc.update("UPDATE funding_case SET state = 'SUBMITTED' WHERE id = ?", id);
        assertThat(kept()).isEqualTo(counted()).isEqualTo(plus(before, CaseState.SUBMITTED, 1));
        jdbc.update("UPDATE funding_case SET assigned_officer = assigned_officer WHERE id = ?", id);
        assertThat(kept()).isEqualTo(counted());
        jdbc.update("UPDATE funding_case SET state = 'WITHDRAWN' WHERE id = ?", id);
        assertThat(kept()).isEqualTo(counted()).isEqualTo(plus(before, CaseState.WITHDRAWN, 1));
    }

    @Test
    void the_unfiltered_queue_reads_the_kept_counts_and_filtered_views_count_their_cases() throws Exception {
        CaseFixtures.submitted(assessments, pupils, settings, CaseFixtures.BAND_4);
        Map<CaseState, Long> counts = new EnumMap<>(CaseState.class);
        java.util.List<String> bands = new java.util.ArrayList<>();
        Statements.Recording all = Statements.record(() -> {
            var page = cases.queue(new CaseFilter(null, null, null, null, null, false), CaseSort.OLDEST, 1);
            counts.putAll(page.counts());
            bands.addAll(page.bands());
        });
        assertThat(counts).isEqualTo(counted());
        assertThat(bands).isEqualTo(jdbc.queryForList("SELECT DISTINCT indicated_band FROM funding_case "
                + "WHERE indicated_band IS NOT NULL ORDER BY 1", String.class)).contains("4");
        assertThat(cases.indicatedBands()).isEqualTo(bands);
        assertThat(all.statements()).as("counts and bands in one statement, then the rows").hasSize(2);
        assertThat(all.statements()).anyMatch(s -> s.contains("casework_case_state_count"))
                .noneMatch(s -> s.contains("count(*)"));

        Map<CaseState, Long> oneStateCounts = new EnumMap<>(CaseState.class);
        Statements.Recording oneState = Statements.record(() -> oneStateCounts.putAll(
                cases.queue(new CaseFilter(CaseState.SUBMITTED, null, null, null, null, false), CaseSort.OLDEST, 1)
                        .counts()));
        assertThat(oneStateCounts).isEqualTo(counted());
        assertThat(oneState.statements()).noneMatch(s -> s.contains("count(*)"));

        Map<CaseState, Long> band4 = new EnumMap<>(CaseState.class);
        jdbc.query("SELECT state, count(*) FROM funding_case WHERE indicated_band = '4' GROUP BY state",
                rs -> {
                    band4.put(CaseState.valueOf(rs.getString(1)), rs.getLong(2));
                });
        assertThat(cases.queue(new CaseFilter(null, null, null, null, "4", false), CaseSort.OLDEST, 1).counts())
                .isEqualTo(band4);
    }

    private CaseDetail detail(long id) {
        return cases.detail(id).orElseThrow();
    }

    private static Map<CaseState, Long> plus(Map<CaseState, Long> counts, CaseState state, long n) {
        Map<CaseState, Long> result = new EnumMap<>(CaseState.class);
        result.putAll(counts);
        result.merge(state, n, Long::sum);
        return result;
    }

    /** The kept counts, states with none left out. */
    private Map<CaseState, Long> kept() {
        Map<CaseState, Long> kept = new EnumMap<>(CaseState.class);
        jdbc.query("SELECT state, cases FROM casework_case_state_count WHERE cases > 0",
                rs -> {
                    kept.put(CaseState.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return kept;
    }

    private Map<CaseState, Long> counted() {
        Map<CaseState, Long> counted = new EnumMap<>(CaseState.class);
        jdbc.query("SELECT state, count(*) FROM funding_case GROUP BY state",
                rs -> {
                    counted.put(CaseState.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counted;
    }
}
