package uk.openband.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** The last line at start-up: where OpenBand is and where the demo logins are. */
@Component
class ReadyMessage {

    private static final Logger log = LoggerFactory.getLogger("uk.openband");

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void ready(ApplicationReadyEvent event) {
        Environment env = event.getApplicationContext().getEnvironment();
        String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        boolean demo = env.getProperty("openband.demo", Boolean.class, false);
        log.info("OpenBand is ready at http://localhost:{}/{}", port,
                demo ? " - demo logins are listed in README.md" : "");
    }
}
