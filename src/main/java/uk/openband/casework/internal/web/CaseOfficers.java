package uk.openband.casework.internal.web;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.openband.identity.Role;
import uk.openband.identity.UserManagement;
import uk.openband.identity.UserView;

/** The people a case can be assigned to: enabled case officers and SEND managers. */
@Component
class CaseOfficers {

    /** An officer as the pages list one. */
    public record Officer(String username, String displayName) {
    }

    private final UserManagement users;

    CaseOfficers(UserManagement users) {
        this.users = users;
    }

    List<Officer> all() {
        return users.all().stream().filter(UserView::enabled)
                .filter(u -> u.role() == Role.CASE_OFFICER || u.role() == Role.SEND_MANAGER)
                .map(u -> new Officer(u.username(), u.displayName())).toList();
    }
}
