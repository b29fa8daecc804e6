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
import uk.openband.framework.format.FrameworkFormat;
import uk.openband.framework.scoring.BandingTable;
import uk.openband.framework.scoring.MatrixFramework;

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
    private final TransactionTemplate tx;
    private final FrameworkFormat format = new FrameworkFormat();

    DemoCatalogue(CatalogueAdministration admin, TransactionTemplate tx) {
        this.admin = admin;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> load());
    }

    void load() {
        int published = 0;
        String frameworkText = read("demo/framework.json");
        MatrixFramework framework = format.readFramework(frameworkText);
        long frameworkId = admin.findFramework(framework.key(), framework.version())
                .map(CatalogueVersion::getId)
                .orElseGet(() -> admin.importFramework(frameworkText, "json", ACTOR).id());
        if (admin.findFramework(frameworkId).orElseThrow().isDraft()) {
            admin.publishFramework(frameworkId, ACTOR);
            published++;
        }
        for (String file : new String[] {"demo/banding.json", "demo/banding-2026-27.json"}) {
            String text = read(file);
            BandingTable table = format.readBandingTable(text);
            long id = admin.findBanding(table.key(), table.version())
                    .map(CatalogueVersion::getId)
                    .orElseGet(() -> admin.importBanding(text, "json", ACTOR).id());
            if (admin.findBanding(id).orElseThrow().isDraft()) {
                admin.publishBanding(id, ACTOR);
                published++;
            }
        }
        if (published > 0) {
            log.info("Loaded demo data: published {} framework and banding table versions", published);
        }
    }

    private static String read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
