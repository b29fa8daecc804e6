package uk.openband.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.openband.casework.CaseFixtures;
import uk.openband.testsupport.WebTest;

/**
 * The pupil list's total without a search comes from the counts per setting a trigger keeps (V185), which stay
 * equal to counting the pupils themselves across registrations, moves and removals, also when written by hand;
 * a search with words still counts its matches.
 */
@WebTest
class PupilCountsTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired PupilRegistry pupils;
    @Autowired SettingDirectory settings;

    @Test
    void the_kept_counts_follow_every_change() {
        assertThat(kept()).isEqualTo(counted());
        long school = CaseFixtures.schoolId(settings);
        long other = jdbc.queryForObject("SELECT min(id) FROM setting WHERE id <> ?", Long.class, school);

        long id = CaseFixtures.newPupil(pupils, school);
        assertThat(kept()).isEqualTo(counted());

        jdbc.update("UPDATE pupil SET setting_id = ? WHERE id = ?", other, id);
        assertThat(kept()).isEqualTo(counted());
        jdbc.update("UPDATE pupil SET first_name = first_name WHERE id = ?", id);
        assertThat(kept()).isEqualTo(counted());

        jdbc.update("DELETE FROM pupil WHERE id = ?", id);
        assertThat(kept()).isEqualTo(counted());
    }

    @Test
    void the_list_total_is_the_number_of_pupils_in_view() {
        long school = CaseFixtures.schoolId(settings);
        // More than a page at the school, so its first page's total is the kept count, not the page itself.
        while (jdbc.queryForObject("SELECT count(*) FROM pupil WHERE setting_id = ?", Long.class, school)
                <= PupilRegistry.PAGE_SIZE) {
            CaseFixtures.newPupil(pupils, school);
        }
        long all = jdbc.queryForObject("SELECT count(*) FROM pupil", Long.class);
        long atSchool = jdbc.queryForObject("SELECT count(*) FROM pupil WHERE setting_id = ?", Long.class, school);

        PupilPage everyone = pupils.search(PupilScope.allSettings(), new PupilQuery(null, null), 1);
        assertThat(everyone.total()).isEqualTo(all);
        assertThat(everyone.totalPages()).isEqualTo((int) Math.ceil(all / (double) PupilRegistry.PAGE_SIZE));
        assertThat(pupils.search(PupilScope.allSettings(), new PupilQuery(" ", school), 1).total())
                .isEqualTo(atSchool);
        assertThat(pupils.search(PupilScope.setting(school), new PupilQuery(null, null), 1).total())
                .isEqualTo(atSchool);
        int lastPage = (int) Math.ceil(atSchool / (double) PupilRegistry.PAGE_SIZE);
        PupilPage last = pupils.search(PupilScope.setting(school), new PupilQuery(null, null), lastPage);
        assertThat(last.total()).isEqualTo(atSchool);
        assertThat(last.pupils()).hasSize((int) (atSchool - (lastPage - 1L) * PupilRegistry.PAGE_SIZE));
        assertThat(pupils.search(PupilScope.setting(school), new PupilQuery(null, null), lastPage + 1).total())
                .isEqualTo(atSchool);
        assertThat(pupils.search(PupilScope.setting(school), new PupilQuery(null, school + 100_000), 1).total())
                .isZero();
        assertThat(pupils.search(PupilScope.setting(school), new PupilQuery("Work", null), 1).total())
                .isEqualTo(jdbc.queryForObject("SELECT count(*) FROM pupil WHERE setting_id = ? AND "
                        + "(lower(first_name) LIKE '%work%' OR lower(last_name) LIKE '%work%' "
                        + "OR lower(preferred_name) LIKE '%work%')", Long.class, school));
    }

    private Map<Long, Long> kept() {
        Map<Long, Long> kept = new TreeMap<>();
        jdbc.query("SELECT setting_id, pupils FROM directory_pupil_count WHERE pupils <> 0",
                rs -> {
                    kept.put(rs.getLong(1), rs.getLong(2));
                });
        return kept;
    }

    private Map<Long, Long> counted() {
        Map<Long, Long> counted = new TreeMap<>();
        jdbc.query("SELECT setting_id, count(*) FROM pupil GROUP BY setting_id",
                rs -> {
                    counted.put(rs.getLong(1), rs.getLong(2));
                });
        return counted;
    }
}
