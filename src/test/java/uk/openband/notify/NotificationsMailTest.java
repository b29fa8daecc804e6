package uk.openband.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.openband.identity.Role;
import uk.openband.notify.NotificationEvents.Delivery;
import uk.openband.notify.NotificationEvents.NotificationFailed;
import uk.openband.notify.NotificationEvents.NotificationSent;
import uk.openband.notify.internal.MailOutbox;
import uk.openband.notify.internal.MailSettings;
import uk.openband.notify.internal.MailTemplates;

/** The e-mails themselves, delivered to a GreenMail SMTP server. */
@ExtendWith(OutputCaptureExtension.class)
class NotificationsMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    static final CaseRef CASE = new CaseRef(4711, "OB-2026-00042");
    static final Recipient SENCO = new Recipient("senco@stmarys.example", Role.SENCO);
    static final Recipient MANAGER = new Recipient("chris.evans@demoshire.example", Role.SEND_MANAGER);
    /** A pupil the case is about: the notifications are never given the name, and it must not appear anywhere. */
    static final String CHILD = "Amelia";

    final List<Object> events = new ArrayList<>();

    @AfterEach
    void clearSynchronization() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void returned_for_information_goes_to_the_school_naming_only_the_reference() throws Exception {
        notifications(true, SMTP.getSmtp().getPort()).returnedForInformation(CASE, "St Mary’s Café Primary School",
                SENCO);

        MimeMessage mail = onlyMessage();
        assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("senco@stmarys.example");
        assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("openband@demoshire.example");
        assertThat(mail.getSubject()).isEqualTo("Funding request OB-2026-00042: more information needed");
        String body = body(mail);
        assertThat(body).contains("Funding request OB-2026-00042 from St Mary’s Café Primary School")
                .contains("Demoshire County Council has looked at this request")
                .contains("https://openband.demoshire.example")
                .doesNotContain("[(").doesNotContain(CHILD);
        assertThat(events).containsExactly(
                new NotificationSent(CASE, NotificationKind.RETURNED_FOR_INFORMATION, Role.SENCO, Delivery.EMAIL));
    }

    @Test
    void every_kind_has_a_subject_without_a_name_and_a_body() throws Exception {
        Notifications notifications = notifications(true, SMTP.getSmtp().getPort());
        Recipient hillside = new Recipient("senco@hillside.example", Role.SENCO);
        notifications.decided(CASE, "Hillside Special School", hillside);
        notifications.approvalNeeded(CASE, "Hillside Special School", MANAGER);
        notifications.reviewDue(CASE, "Hillside Special School", LocalDate.of(2027, 3, 1), hillside);

        assertThat(SMTP.getReceivedMessages()).hasSize(3);
        MimeMessage decided = withSubject("Funding request OB-2026-00042: decision made");
        MimeMessage approval = withSubject("Funding request OB-2026-00042: decision needs your approval");
        MimeMessage review = withSubject("Funding request OB-2026-00042: funding due for review");
        assertThat(decided.getAllRecipients()[0].toString()).isEqualTo("senco@hillside.example");
        assertThat(approval.getAllRecipients()[0].toString()).isEqualTo("chris.evans@demoshire.example");
        assertThat(review.getAllRecipients()[0].toString()).isEqualTo("senco@hillside.example");
        assertThat(body(decided)).contains("has decided this request").contains("how to ask for a review");
        assertThat(body(approval)).contains("needs a second approver");
        assertThat(body(review)).contains("due for review on 1 March 2027");
        assertThat(events).extracting(e -> ((NotificationSent) e).kind()).containsExactly(NotificationKind.DECIDED,
                NotificationKind.APPROVAL_NEEDED, NotificationKind.REVIEW_DUE);
    }

    @Test
    void dispute_received_says_which_meeting_the_case_joined_or_that_none_is_planned() throws Exception {
        Notifications notifications = notifications(true, SMTP.getSmtp().getPort());
        Recipient officer = new Recipient("officer@demoshire.example", Role.CASE_OFFICER);
        Recipient chair = new Recipient("priya.shah@demoshire.example", Role.PANEL_MEMBER);
        notifications.disputeReceived(CASE, "Hillside Special School", LocalDate.of(2027, 2, 9), chair);
        notifications.disputeReceived(CASE, "Hillside Special School", null, officer);

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2);
        for (MimeMessage mail : received) {
            assertThat(mail.getSubject()).isEqualTo("Funding request OB-2026-00042: the school disputes the decision");
            assertThat(body(mail)).contains("Funding request OB-2026-00042 from Hillside Special School",
                    "The school disputes the decision", "https://openband.demoshire.example")
                    .doesNotContain("[(").doesNotContain("[#").doesNotContain(CHILD);
        }
        String toChair = body(received[0].getAllRecipients()[0].toString().startsWith("priya") ? received[0] : received[1]);
        String toOfficer = body(received[0].getAllRecipients()[0].toString().startsWith("officer") ? received[0]
                : received[1]);
        assertThat(toChair).contains("on the agenda of the panel meeting on 9 February 2027")
                .doesNotContain("No panel meeting is planned");
        assertThat(toOfficer).contains("No panel meeting is planned yet").doesNotContain("on the agenda of");
        assertThat(events).extracting(e -> ((NotificationSent) e).kind())
                .containsExactly(NotificationKind.DISPUTE_RECEIVED, NotificationKind.DISPUTE_RECEIVED);
    }

    @Test
    void with_mail_off_nothing_is_sent_and_a_log_line_says_what_would_have_been(CapturedOutput output) {
        notifications(false, SMTP.getSmtp().getPort()).decided(CASE, "Hillside Special School", SENCO);

        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(output.getOut()).contains("E-mail is off (openband.mail.enabled=false): notification DECIDED for "
                + "case OB-2026-00042 would be sent to the SENCO using template mail/decided.txt");
        assertThat(output.getOut()).doesNotContain("senco@stmarys.example").doesNotContain(CHILD);
        assertThat(events).containsExactly(
                new NotificationSent(CASE, NotificationKind.DECIDED, Role.SENCO, Delivery.SUPPRESSED));
    }

    @Test
    void in_a_transaction_the_mail_leaves_only_after_commit() {
        Notifications notifications = notifications(true, SMTP.getSmtp().getPort());

        TransactionSynchronizationManager.initSynchronization();
        notifications.decided(CASE, "Hillside Special School", SENCO);
        assertThat(SMTP.getReceivedMessages()).as("before commit").isEmpty();
        TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
        TransactionSynchronizationManager.clearSynchronization();
        assertThat(SMTP.getReceivedMessages()).as("after commit").hasSize(1);

        TransactionSynchronizationManager.initSynchronization();
        notifications.decided(CASE, "Hillside Special School", SENCO);
        TransactionSynchronizationManager.clearSynchronization(); // rolled back: afterCommit never runs
        assertThat(SMTP.getReceivedMessages()).as("after a rollback").hasSize(1);
    }

    @Test
    void a_mail_server_that_cannot_be_reached_is_logged_and_audited_not_thrown(CapturedOutput output) throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        notifications(true, closedPort).decided(CASE, "Hillside Special School", SENCO);

        assertThat(events).hasSize(2);
        assertThat(events.get(1)).isInstanceOfSatisfying(NotificationFailed.class, failed -> {
            assertThat(failed.kind()).isEqualTo(NotificationKind.DECIDED);
            assertThat(failed.details()).containsEntry("reference", "OB-2026-00042").containsEntry("recipientRole",
                    "SENCO");
        });
        assertThat(output.getOut()).contains("Notification DECIDED for case OB-2026-00042 to the SENCO could not be "
                + "e-mailed");
    }

    @Test
    void bad_input_is_refused_with_a_clear_message() {
        Notifications notifications = notifications(true, SMTP.getSmtp().getPort());
        assertThatThrownBy(() -> new Recipient("not an address", Role.SENCO))
                .hasMessageContaining("recipient's e-mail address");
        assertThatThrownBy(() -> new CaseRef(1, " ")).hasMessageContaining("case reference");
        assertThatThrownBy(() -> notifications.decided(CASE, " ", SENCO)).hasMessageContaining("setting's name");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    private Notifications notifications(boolean enabled, int port) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        MailSettings settings = new MailSettings(enabled, "openband@demoshire.example",
                "https://openband.demoshire.example");
        return new Notifications(settings, new MailTemplates(messages),
                new MailOutbox(sender, settings.from(), null, events::add), events::add, "Demoshire County Council");
    }

    private static MimeMessage withSubject(String subject) throws Exception {
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            if (subject.equals(message.getSubject())) {
                return message;
            }
        }
        throw new AssertionError("no e-mail with the subject " + subject);
    }

    private static String body(MimeMessage message) throws Exception {
        return (String) message.getContent();
    }

    private static MimeMessage onlyMessage() {
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }
}
