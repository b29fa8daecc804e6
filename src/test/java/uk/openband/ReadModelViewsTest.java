package uk.openband;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.openband.testsupport.CrossModuleSql;
import uk.openband.testsupport.WebTest;

/**
 * The published views cost nothing: each is a plain projection PostgreSQL inlines, so a query over views is
 * planned exactly as the same query over the tables (the officer queue's and the finance batch's included).
 */
@WebTest
class ReadModelViewsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyViewIsInlinedToAScanOfOneTable() {
        for (String view : CrossModuleSql.schema(Path.of("db/migration")).views()) {
            List<String> plan = plan("SELECT * FROM " + view);
            assertThat(plan).as(view).hasSize(1);
            assertThat(plan.get(0)).as(view).startsWith("Seq Scan on ");
        }
    }

    @Test
    void theFinanceBatchAndTheOfficerQueueArePlannedAsOverTheTables() {
        Map<String, String> tables = Map.of("agreements_payment_line_v", "funding_payment_line",
                "agreements_agreement_v", "funding_agreement", "directory_pupil_v", "pupil",
                "directory_setting_v", "setting");
        String batch = uk.openband.finance.batch.BatchSnapshot.fullSelect()
                .replace("?", "DATE '2026-03-31'");
        String queue = "SELECT c.id, c.reference, p.first_name, p.last_name, s.name FROM (SELECT * FROM funding_case c "
                + "WHERE c.state = 'IN_TRIAGE' ORDER BY c.first_submitted_at, c.id LIMIT 25 OFFSET 0) c "
                + "JOIN directory_pupil_v p ON p.id = c.pupil_id JOIN directory_setting_v s ON s.id = c.setting_id "
                + "ORDER BY c.first_submitted_at, c.id";
        for (String sql : List.of(batch, queue)) {
            String overTables = sql;
            for (Map.Entry<String, String> e : tables.entrySet()) {
                overTables = overTables.replace(e.getKey(), e.getValue());
            }
            assertThat(overTables).isNotEqualTo(sql);
            assertThat(normalised(plan(sql))).isEqualTo(normalised(plan(overTables)));
        }
    }

    /** The plan without names: an inlined view's columns are shown by table name, the table's by alias. */
    private static List<String> normalised(List<String> plan) {
        return plan.stream()
                .map(line -> line.replaceAll("\\b[a-z_]+\\.", "").replaceAll(" on (\\w+) \\w+$", " on $1"))
                .toList();
    }

    private List<String> plan(String sql) {
        return jdbc.queryForList("EXPLAIN (COSTS OFF) " + sql, String.class);
    }
}
