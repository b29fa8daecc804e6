package uk.openband.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

@uk.openband.testsupport.WebTest
class AuditLogTest {

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void records_what_when_who_subject_and_details() {
        String subject = UUID.randomUUID().toString();
        audit.record("officer", "CASE_ASSIGNED", "CASE", subject, Map.of("to", "officer"));
        assertThat(audit.eventsAbout("CASE", subject)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("officer");
            assertThat(e.action()).isEqualTo("CASE_ASSIGNED");
            assertThat(e.occurredAt()).isNotNull();
            assertThat(e.detailsJson()).contains("\"to\"").contains("officer");
        });
    }

    @Test
    void the_database_refuses_update_delete_and_truncate() {
        String subject = UUID.randomUUID().toString();
        audit.record("admin", "TEST", "TEST", subject, Map.of());
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_event SET actor = 'someone else' WHERE subject_id = ?", subject))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_event WHERE subject_id = ?", subject))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE audit_event"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(audit.eventsAbout("TEST", subject)).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("admin"));
    }
}
