package uk.openband.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.openband.identity.UserManagement;

/** Says loudly at start-up when demo users (with the well-known password) can sign in. */
@Component
class DemoUsersWarning {

    private static final Logger log = LoggerFactory.getLogger("uk.openband");

    private final UserManagement users;

    DemoUsersWarning(UserManagement users) {
        this.users = users;
    }

    @EventListener
    @Order(0)
    void warn(ApplicationReadyEvent event) {
        if (users.anyDemoUsers()) {
            log.warn("Demo users with the password 'demo' exist in this database. Never use it for real children's "
                    + "data: disable them, or start with an empty database and OPENBAND_DEMO unset.");
        }
    }
}
