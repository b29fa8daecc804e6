package uk.openband.casework.internal.web;

import java.time.Duration;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.openband.identity.IdentityEvents;
import uk.openband.identity.Role;
import uk.openband.identity.UserManagement;
import uk.openband.identity.UserView;
import uk.openband.platform.Recent;

/** The people a case can be assigned to: enabled case officers and SEND managers. */
@Component
class CaseOfficers {

    /** An officer as the pages list one. */
    public record Officer(String username, String displayName) {
    }

    /** Read again when a user is added, disabled or enabled here, or after a minute (another instance's change). */
    private final Recent<List<Officer>> officers;

    CaseOfficers(UserManagement users) {
        this.officers = new Recent<>(Duration.ofMinutes(1), () -> users.all().stream().filter(UserView::enabled)
                .filter(u -> u.role() == Role.CASE_OFFICER || u.role() == Role.SEND_MANAGER)
                .map(u -> new Officer(u.username(), u.displayName())).toList());
    }

    List<Officer> all() {
        return officers.get();
    }

    @EventListener({IdentityEvents.UserCreated.class, IdentityEvents.UserDisabled.class,
            IdentityEvents.UserEnabled.class})
    void usersChanged() {
        officers.forget();
    }
}
