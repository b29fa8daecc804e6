package uk.openband.notify;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import uk.openband.notify.NotificationEvents.Delivery;
import uk.openband.notify.NotificationEvents.NotificationSent;
import uk.openband.notify.internal.MailOutbox;
import uk.openband.notify.internal.MailSettings;
import uk.openband.notify.internal.MailTemplates;
import uk.openband.notify.internal.RenderedMail;

/**
 * Tells people by e-mail that a case needs them. Each method takes ids and values only (the case, the setting's
 * name, the recipient), never a child's name, so no e-mail, subject or log line can carry one.
 *
 * <p>Call it inside the transaction that changes the case: the {@code NOTIFICATION_SENT} audit line is written
 * with the change, and the e-mail leaves once it commits. With {@code openband.mail.enabled=false} (the default,
 * and what demo installations use) nothing is sent; a log line says what would have been, and the audit line
 * records it as suppressed.
 */
@Service
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final MailSettings settings;
    private final MailTemplates templates;
    private final MailOutbox outbox;
    private final ApplicationEventPublisher events;
    private final String laName;

    Notifications(MailSettings settings, MailTemplates templates, MailOutbox outbox, ApplicationEventPublisher events,
            @Value("${openband.la-name}") String laName) {
        this.settings = settings;
        this.templates = templates;
        this.outbox = outbox;
        this.events = events;
        this.laName = laName;
    }

    /** To the school: the LA has returned the request and needs more information. */
    public void returnedForInformation(CaseRef caseRef, String settingName, Recipient to) {
        send(NotificationKind.RETURNED_FOR_INFORMATION, caseRef, settingName, to, Map.of());
    }

    /** To the school: the request has been decided; the decision and reasons are in OpenBand. */
    public void decided(CaseRef caseRef, String settingName, Recipient to) {
        send(NotificationKind.DECIDED, caseRef, settingName, to, Map.of());
    }

    /** To a SEND manager: an override needs a second approver. */
    public void approvalNeeded(CaseRef caseRef, String settingName, Recipient to) {
        send(NotificationKind.APPROVAL_NEEDED, caseRef, settingName, to, Map.of());
    }

    /** To the school: the funding is due for review on {@code reviewDate}. */
    public void reviewDue(CaseRef caseRef, String settingName, LocalDate reviewDate, Recipient to) {
        Objects.requireNonNull(reviewDate, "reviewDate");
        send(NotificationKind.REVIEW_DUE, caseRef, settingName, to, Map.of("reviewDate", LONG_DATE.format(reviewDate)));
    }

    /**
     * To the case's officer, or the chair of the panel meeting it joined: the school disputes the decision.
     * {@code meetingDate} is the date of the meeting the case is now on the agenda of, or null when none is planned.
     */
    public void disputeReceived(CaseRef caseRef, String settingName, LocalDate meetingDate, Recipient to) {
        Map<String, Object> extra = new HashMap<>();
        extra.put("meetingDate", meetingDate == null ? null : LONG_DATE.format(meetingDate));
        send(NotificationKind.DISPUTE_RECEIVED, caseRef, settingName, to, extra);
    }

    private void send(NotificationKind kind, CaseRef caseRef, String settingName, Recipient to,
            Map<String, Object> extra) {
        Objects.requireNonNull(caseRef, "caseRef");
        Objects.requireNonNull(to, "to");
        if (settingName == null || settingName.isBlank()) {
            throw new IllegalArgumentException("A notification needs the setting's name");
        }
        Map<String, Object> variables = new HashMap<>(extra);
        variables.put("reference", caseRef.reference());
        variables.put("settingName", settingName.strip());
        variables.put("laName", laName);
        variables.put("serviceUrl", settings.serviceUrl());
        RenderedMail mail = templates.render(kind, caseRef.reference(), variables);
        if (!settings.enabled()) {
            log.info("E-mail is off (openband.mail.enabled=false): notification {} for case {} would be sent to the "
                    + "{} using template mail/{}.txt", kind, caseRef.reference(), to.role().label(), kind.template());
            events.publishEvent(new NotificationSent(caseRef, kind, to.role(), Delivery.SUPPRESSED));
            return;
        }
        events.publishEvent(new NotificationSent(caseRef, kind, to.role(), Delivery.EMAIL));
        outbox.send(caseRef, kind, to, mail);
    }
}
