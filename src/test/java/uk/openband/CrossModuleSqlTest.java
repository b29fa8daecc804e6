package uk.openband;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.openband.testsupport.CrossModuleSql;
import uk.openband.testsupport.CrossModuleSql.Schema;
import uk.openband.testsupport.CrossModuleSql.Violation;

/**
 * A module's tables are its own: SQL in one module (JdbcTemplate strings, text blocks, native {@code @Query})
 * reads another module's data only through the views that module publishes (its read model), never its
 * tables. Ownership comes from the migrations' file names ({@code V<n>__<module>_<what>.sql}) and
 * {@link CrossModuleSql#EXPLICIT}.
 */
class CrossModuleSqlTest {

    static final Path MIGRATIONS = Path.of("db/migration");
    static final Path MODULES = Path.of("src/main/java/uk/openband");

    @Test
    void noModuleNamesAnotherModulesTable() {
        List<Violation> found = CrossModuleSql.check(CrossModuleSql.schema(MIGRATIONS), MODULES);
        assertThat(found).as("SQL naming another module's table; read the owner's view or Java API instead")
                .isEmpty();
    }

    @Test
    void everyTableAndViewBelongsToAModuleThatExists() throws IOException {
        Schema schema = CrossModuleSql.schema(MIGRATIONS);
        Set<String> modules;
        try (Stream<Path> dirs = Files.list(MODULES)) {
            modules = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .collect(Collectors.toSet());
        }
        assertThat(schema.owners()).as("every table's owner").allSatisfy((table, owner) ->
                assertThat(modules).as(table).contains(owner));
        assertThat(schema.viewModules()).as("every view is named <module>_..._v by the module whose migration "
                + "creates it").allSatisfy((view, module) -> {
                    assertThat(modules).as(view).contains(module);
                    assertThat(view).startsWith(module + "_").endsWith("_v");
                });
    }

    @Test
    void theCheckFailsWhenAModuleSelectsFromAnotherModulesTable() {
        Schema schema = CrossModuleSql.schema(MIGRATIONS);
        String offending = """
                package uk.openband.moderation;
                class Offending {
                    static final String SQL = \"""
                            SELECT c.id, c.reference FROM funding_case c
                            WHERE c.state = 'DECIDED'\""";
                    static final String JOINED = "SELECT m.case_id FROM moderation_case m "
                            + "JOIN case_decision d ON d.id = m.decision_id";
                }
                """;
        assertThat(CrossModuleSql.check(schema, "moderation", "moderation/Offending.java", offending))
                .containsExactlyInAnyOrder(
                        new Violation("moderation", "moderation/Offending.java", "funding_case", "casework"),
                        new Violation("moderation", "moderation/Offending.java", "case_decision", "casework"));
    }

    @Test
    void viewsAndTheModulesOwnTablesPass() {
        Schema schema = CrossModuleSql.schema(MIGRATIONS);
        String reading = """
                package uk.openband.moderation;
                class Reading {
                    static final String SQL = "SELECT c.id, c.reference FROM casework_case_facts_v c, "
                            + "moderation_case m WHERE m.case_id = c.id";
                    // A comment naming funding_case is not SQL: SELECT * FROM funding_case
                    static final String TEXT = "Choose a setting from the list";
                }
                """;
        assertThat(schema.views()).contains("casework_case_facts_v");
        assertThat(CrossModuleSql.check(schema, "moderation", "moderation/Reading.java", reading)).isEmpty();
    }

    @Test
    void readsEveryTableOfAFromListAndJoinsAcrossConcatenatedLiterals() {
        assertThat(CrossModuleSql.tablesNamed("SELECT 1 FROM pupil p, setting AS s WHERE p.setting_id = s.id"))
                .contains("pupil", "setting");
        assertThat(CrossModuleSql.strings("String s = \"SELECT * FROM \" + \"pupil\";"))
                .containsExactly("SELECT * FROM pupil");
        assertThat(CrossModuleSql.tablesNamed("SELECT nextval('funding_agreement_reference_seq')"))
                .contains("funding_agreement_reference_seq");
    }
}
