package uk.openband.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import uk.openband.platform.Text;

/** Which refusals by PostgreSQL are the sender's text, answered 400 with a reason, and which stay unexpected. */
class UnstorableTextTest {

    private static RuntimeException wrapped(String sqlState) {
        return new DataIntegrityViolationException("could not execute statement",
                new RuntimeException(new SQLException("refused", sqlState)));
    }

    @Test
    void a_nul_in_text_or_json_is_the_control_character_rule() {
        assertThat(UnstorableText.reason(wrapped("22021"))).contains(Text.CONTROL_CHARACTERS);
        assertThat(UnstorableText.reason(wrapped("22P05"))).contains(Text.CONTROL_CHARACTERS);
    }

    @Test
    void text_longer_than_its_column_says_so() {
        assertThat(UnstorableText.reason(wrapped("22001"))).contains(UnstorableText.TOO_LONG);
    }

    @Test
    void anything_else_is_not_the_senders_text() {
        assertThat(UnstorableText.reason(wrapped("23505"))).isEmpty();
        assertThat(UnstorableText.reason(wrapped(null))).isEmpty();
        assertThat(UnstorableText.reason(new IllegalStateException("no SQL at all"))).isEmpty();
    }
}
