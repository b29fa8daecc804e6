package uk.openband.framework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.openband.testsupport.WebTest;

/** The database itself refuses to change or delete a published version (PostgreSQL trigger). */
@WebTest
class PublishedVersionGuardTest {

    @Autowired
    JdbcTemplate jdbc;

    private long insert(String table, String state) {
        String key = "guard-" + UUID.randomUUID();
        String extraColumns = table.equals("banding_version") ? ", framework_key, framework_versions" : "";
        String extraValues = table.equals("banding_version") ? ", 'fw', '1'" : "";
        String published = state.equals("DRAFT") ? "NULL, NULL" : "now(), 'admin'";
        // Dated long ago and ended, so these bare documents are never the version in force for other tests
        // sharing the database.
        return jdbc.queryForObject("INSERT INTO " + table + " (version_key, version, name, state, effective_from, "
                + "effective_to, document, created_at, created_by, published_at, published_by" + extraColumns
                + ") VALUES (?, '1', 'Guard test', ?, DATE '1999-04-01', DATE '2000-03-31', '{\"a\":1}', now(), 'admin', "
                + published + extraValues + ") RETURNING id", Long.class, key, state);
    }

    @Test
    void a_published_framework_versions_content_cannot_change() {
        long id = insert("framework_version", "PUBLISHED");
        assertThatThrownBy(() -> jdbc.update("UPDATE framework_version SET document = '{\"a\":2}' WHERE id = ?", id))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("its content cannot be changed");
        assertThatThrownBy(() -> jdbc.update("UPDATE framework_version SET name = 'Other' WHERE id = ?", id))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("UPDATE framework_version SET effective_from = DATE '2030-01-01' "
                + "WHERE id = ?", id)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("UPDATE framework_version SET state = 'DRAFT', published_at = NULL, "
                + "published_by = NULL WHERE id = ?", id)).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.queryForObject("SELECT document FROM framework_version WHERE id = ?", String.class, id))
                .isEqualTo("{\"a\":1}");
    }

    @Test
    void a_published_version_can_be_retired_and_then_never_changes() {
        long id = insert("framework_version", "PUBLISHED");
        assertThatThrownBy(() -> jdbc.update("UPDATE framework_version SET state = 'RETIRED', retired_at = now(), "
                + "retired_by = 'admin', change_note = 'sneaky' WHERE id = ?", id))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.update("UPDATE framework_version SET state = 'RETIRED', retired_at = now(), "
                + "retired_by = 'admin', lock_version = lock_version + 1 WHERE id = ?", id)).isEqualTo(1);
        assertThatThrownBy(() -> jdbc.update("UPDATE framework_version SET state = 'PUBLISHED' WHERE id = ?", id))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("DELETE FROM framework_version WHERE id = ?", id))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("cannot be deleted");
    }

    @Test
    void a_published_version_cannot_be_deleted() {
        long framework = insert("framework_version", "PUBLISHED");
        long banding = insert("banding_version", "PUBLISHED");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM framework_version WHERE id = ?", framework))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("DELETE FROM banding_version WHERE id = ?", banding))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM banding_version WHERE id = ?", Long.class, banding))
                .isEqualTo(1);
    }

    @Test
    void a_published_banding_tables_content_cannot_change() {
        long id = insert("banding_version", "PUBLISHED");
        assertThatThrownBy(() -> jdbc.update("UPDATE banding_version SET framework_versions = '2' WHERE id = ?", id))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_draft_can_change_be_published_and_be_deleted() {
        long id = insert("framework_version", "DRAFT");
        assertThat(jdbc.update("UPDATE framework_version SET document = '{\"a\":3}', name = 'Renamed' WHERE id = ?",
                id)).isEqualTo(1);
        long other = insert("banding_version", "DRAFT");
        assertThat(jdbc.update("DELETE FROM banding_version WHERE id = ?", other)).isEqualTo(1);
        assertThat(jdbc.update("UPDATE framework_version SET state = 'PUBLISHED', published_at = now(), "
                + "published_by = 'admin' WHERE id = ?", id)).isEqualTo(1);
        assertThatThrownBy(() -> jdbc.update("UPDATE framework_version SET document = '{\"a\":4}' WHERE id = ?", id))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void key_and_version_are_unique_and_states_are_checked() {
        long id = insert("framework_version", "DRAFT");
        String key = jdbc.queryForObject("SELECT version_key FROM framework_version WHERE id = ?", String.class, id);
        assertThatThrownBy(() -> jdbc.update("INSERT INTO framework_version (version_key, version, name, "
                + "effective_from, document, created_at, created_by) VALUES (?, '1', 'x', DATE '2025-04-01', '{}', "
                + "now(), 'admin')", key)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("UPDATE framework_version SET state = 'PUBLISHED' WHERE id = ?", id))
                .as("published needs a date and a person").isInstanceOf(DataIntegrityViolationException.class);
    }
}
