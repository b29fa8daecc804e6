package uk.openband.casework.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.openband.directory.SettingDirectory;
import uk.openband.directory.SettingSummary;
import uk.openband.identity.Role;
import uk.openband.identity.UserManagement;
import uk.openband.identity.UserView;
import uk.openband.notify.CaseRef;
import uk.openband.notify.Notifications;
import uk.openband.notify.Recipient;

/**
 * Tells the right people about a case's transition, inside the transaction that changes it: the school's SENCOs
 * (enabled users with the SENCO role at the case's setting) or the SEND managers. Only the case's reference and the
 * setting's name go to {@link Notifications}, never the pupil.
 */
@Component
public class CaseNotifier {

    private static final Logger log = LoggerFactory.getLogger(CaseNotifier.class);

    private final Notifications notifications;
    private final UserManagement users;
    private final SettingDirectory settings;

    CaseNotifier(Notifications notifications, UserManagement users, SettingDirectory settings) {
        this.notifications = notifications;
        this.users = users;
        this.settings = settings;
    }

    public void returnedForInformation(FundingCase c) {
        for (Recipient to : sencos(c)) {
            notifications.returnedForInformation(ref(c), settingName(c), to);
        }
    }

    public void decided(FundingCase c) {
        for (Recipient to : sencos(c)) {
            notifications.decided(ref(c), settingName(c), to);
        }
    }

    public void approvalNeeded(FundingCase c) {
        for (Recipient to : recipients(c, u -> u.role() == Role.SEND_MANAGER)) {
            notifications.approvalNeeded(ref(c), settingName(c), to);
        }
    }

    public void reviewDue(FundingCase c, LocalDate reviewDate) {
        for (Recipient to : sencos(c)) {
            notifications.reviewDue(ref(c), settingName(c), reviewDate, to);
        }
    }

    /**
     * To the case's officer (or every case officer while nobody is assigned) and to {@code chair} when not null:
     * the school disputes the decision; {@code meetingDate} is the panel meeting it has joined, or null.
     */
    public void disputeReceived(FundingCase c, LocalDate meetingDate, String chair) {
        String officer = c.getAssignedOfficer();
        for (Recipient to : recipients(c, u -> (officer == null ? u.role() == Role.CASE_OFFICER
                : u.username().equals(officer)) || u.username().equals(chair))) {
            notifications.disputeReceived(ref(c), settingName(c), meetingDate, to);
        }
    }

    private List<Recipient> sencos(FundingCase c) {
        return recipients(c, u -> u.role() == Role.SENCO && u.settingId() != null
                && u.settingId() == c.getSettingId());
    }

    private List<Recipient> recipients(FundingCase c, Predicate<UserView> who) {
        List<Recipient> found = users.all().stream().filter(UserView::enabled).filter(who)
                .filter(u -> u.email() != null && !u.email().isBlank() && u.email().contains("@"))
                .map(u -> new Recipient(u.email().strip(), u.role())).distinct().toList();
        if (found.isEmpty()) {
            log.warn("Nobody to notify about case {}: no enabled user with an e-mail address", c.getReference());
        }
        return found;
    }

    private static CaseRef ref(FundingCase c) {
        return new CaseRef(c.getId(), c.getReference());
    }

    private String settingName(FundingCase c) {
        return settings.find(c.getSettingId()).map(SettingSummary::name).orElse("your setting");
    }
}
