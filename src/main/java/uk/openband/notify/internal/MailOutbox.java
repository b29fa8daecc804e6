package uk.openband.notify.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.openband.notify.CaseRef;
import uk.openband.notify.NotificationEvents;
import uk.openband.notify.NotificationKind;
import uk.openband.notify.Recipient;

/**
 * Hands e-mails to the mail server once the change they report is committed (a change that rolls back sends
 * nothing). A mail server that fails then is logged and audited as {@code NOTIFICATION_FAILED}; the change
 * stands.
 */
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    private final JavaMailSender sender;
    private final String from;
    private final TransactionTemplate newTransaction;
    private final ApplicationEventPublisher events;

    public MailOutbox(JavaMailSender sender, String from, PlatformTransactionManager transactions,
            ApplicationEventPublisher events) {
        this.sender = sender;
        this.from = from;
        this.events = events;
        this.newTransaction = transactions == null ? null : new TransactionTemplate(transactions);
        if (newTransaction != null) {
            newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        }
    }

    public void send(CaseRef caseRef, NotificationKind kind, Recipient to, RenderedMail mail) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(caseRef, kind, to, mail);
                }
            });
        } else {
            deliver(caseRef, kind, to, mail);
        }
    }

    private void deliver(CaseRef caseRef, NotificationKind kind, Recipient to, RenderedMail mail) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(to.email());
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            sender.send(message);
            log.info("Notification {} for case {} e-mailed to the {}", kind, caseRef.reference(), to.role().label());
        } catch (MailException | MessagingException e) {
            log.error("Notification {} for case {} to the {} could not be e-mailed: {}", kind, caseRef.reference(),
                    to.role().label(), e.getMessage());
            recordFailure(new NotificationEvents.NotificationFailed(caseRef, kind, to.role(),
                    e.getClass().getSimpleName()));
        }
    }

    private void recordFailure(NotificationEvents.NotificationFailed failure) {
        if (newTransaction == null) {
            events.publishEvent(failure);
        } else {
            newTransaction.executeWithoutResult(status -> events.publishEvent(failure));
        }
    }
}
