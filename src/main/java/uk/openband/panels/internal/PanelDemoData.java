package uk.openband.panels.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.openband.directory.SettingDirectory;
import uk.openband.identity.NewUser;
import uk.openband.identity.Role;
import uk.openband.identity.UserManagement;

/**
 * With {@code openband.demo=true}, after the demo users exist: two more panel members (so a
 * demo panel of three is quorate) and the demo panel member {@code panel} linked to Hillside
 * Academy (URN 100002), so they are recused from its pupils' cases. Running it again changes nothing.
 */
@Component
@ConditionalOnBooleanProperty("openband.demo")
@Order(20)
class PanelDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PanelDemoData.class);

    private final UserManagement users;
    private final SettingDirectory settings;
    private final MemberLinks links;
    private final TransactionTemplate tx;

    PanelDemoData(UserManagement users, SettingDirectory settings, MemberLinks links, TransactionTemplate tx) {
        this.users = users;
        this.settings = settings;
        this.links = links;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> load());
    }

    void load() {
        for (NewUser u : List.of(
                new NewUser("panel2", "Tom Okafor", "tom.okafor@demoshire.example", Role.PANEL_MEMBER, null, "demo", true),
                new NewUser("panel3", "Rhea Collins", "rhea.collins@demoshire.example", Role.PANEL_MEMBER, null, "demo",
                        true))) {
            if (users.findByUsername(u.username()).isEmpty()) {
                users.create(u);
                log.info("Loaded demo data: panel member {}", u.username());
            }
        }
        if (users.findByUsername("panel").isPresent()) {
            settings.findByUrn("100002").ifPresent(s -> links.link("panel", s.id()));
        }
    }
}
