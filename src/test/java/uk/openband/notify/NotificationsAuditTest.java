package uk.openband.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.openband.audit.AuditEntry;
import uk.openband.audit.AuditLog;
import uk.openband.identity.Role;
import uk.openband.testsupport.WebTest;

/** In the running application (demo data on, so e-mail off): notifications are logged and audited with the case. */
@WebTest
@ExtendWith(OutputCaptureExtension.class)
class NotificationsAuditTest {

    @Autowired
    Notifications notifications;

    @Autowired
    AuditLog audit;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void a_suppressed_notification_is_audited_on_the_case_and_logged(CapturedOutput output) {
        long caseId = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
        CaseRef caseRef = new CaseRef(caseId, "OB-TEST-" + caseId);
        new TransactionTemplate(transactions).executeWithoutResult(status -> notifications.reviewDue(caseRef,
                "Hillside Special School", java.time.LocalDate.of(2027, 3, 1),
                new Recipient("senco@hillside.example", Role.SENCO)));

        assertThat(audit.eventsAbout("CASE", Long.toString(caseId))).singleElement().satisfies((AuditEntry e) -> {
            assertThat(e.action()).isEqualTo("NOTIFICATION_SENT");
            assertThat(e.detailsJson()).contains("\"kind\": \"REVIEW_DUE\"").contains("\"delivery\": \"SUPPRESSED\"")
                    .contains("\"reference\": \"OB-TEST-" + caseId + "\"").doesNotContain("hillside.example");
        });
        assertThat(output.getOut()).contains("notification REVIEW_DUE for case OB-TEST-" + caseId
                + " would be sent to the SENCO using template mail/review-due.txt");
    }

    @Test
    void nothing_is_audited_when_the_change_rolls_back() {
        long caseId = ThreadLocalRandom.current().nextLong(2_000_000_000L, 3_000_000_000L);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            notifications.decided(new CaseRef(caseId, "OB-TEST-" + caseId), "Hillside Special School",
                    new Recipient("senco@hillside.example", Role.SENCO));
            status.setRollbackOnly();
        });
        assertThat(audit.eventsAbout("CASE", Long.toString(caseId))).isEmpty();
    }
}
