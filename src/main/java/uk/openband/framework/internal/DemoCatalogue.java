package uk.openband.framework.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.openband.framework.scoring.VersionedDocument;

/**
 * With {@code openband.demo=true}, imports and publishes the demo framework and its two
 * banding tables on start. Running it again changes nothing.
 */
@Component
@ConditionalOnBooleanProperty("openband.demo")
@Order(5)
class DemoCatalogue implements ApplicationRunner {

    static final String ACTOR = "system";
    private static final Logger log = LoggerFactory.getLogger(DemoCatalogue.class);

    private final CatalogueAdministration admin;
    private final FrameworkKind frameworks;
    private final BandingKind bandings;
    private final TransactionTemplate tx;

    DemoCatalogue(CatalogueAdministration admin, FrameworkKind frameworks, BandingKind bandings,
            TransactionTemplate tx) {
        this.admin = admin;
        this.frameworks = frameworks;
        this.bandings = bandings;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> load());
    }

    void load() {
        int published = load(frameworks, "demo/framework.json") + load(bandings, "demo/banding.json")
                + load(bandings, "demo/banding-2026-27.json");
        if (published > 0) {
            log.info("Loaded demo data: published {} framework and banding table versions", published);
        }
    }

    /** Imports the file unless its version exists, and publishes it while a draft; 1 when it published. */
    private int load(VersionKind<?, ?> kind, String file) {
        String text = read(file);
        VersionedDocument document = kind.read(text);
        long id = kind.find(document.key(), document.version()).map(CatalogueVersion::getId)
                .orElseGet(() -> admin.importFile(kind, text, "json", ACTOR).id());
        if (kind.find(id).orElseThrow().isDraft()) {
            admin.publish(kind, id, ACTOR);
            return 1;
        }
        return 0;
    }

    private static String read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
