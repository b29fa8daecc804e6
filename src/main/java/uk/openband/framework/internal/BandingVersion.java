package uk.openband.framework.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import uk.openband.framework.scoring.BandingTable;

/** One version of a banding table, stored as its canonical interchange JSON. */
@Entity
@Table(name = "banding_version")
public class BandingVersion extends CatalogueVersion {

    @Column(name = "framework_key", nullable = false)
    private String frameworkKey;

    /** The framework versions, one per line (for queries; the document is the source). */
    @Column(name = "framework_versions", nullable = false)
    private String frameworkVersions;

    protected BandingVersion() {
    }

    BandingVersion(BandingTable table, String canonicalJson, Instant createdAt, String createdBy) {
        super(table, createdAt, createdBy);
        replace(table, canonicalJson);
    }

    /** Replaces the draft's content with this validated table (same key and version). */
    void replace(BandingTable table, String canonicalJson) {
        describe(table, null, canonicalJson);
        this.frameworkKey = table.frameworkKey();
        this.frameworkVersions = String.join("\n", table.frameworkVersions());
    }

    @Override
    protected String frameworkKey() {
        return frameworkKey;
    }

    @Override
    protected List<String> frameworkVersions() {
        return frameworkVersions == null || frameworkVersions.isEmpty() ? List.of()
                : Arrays.asList(frameworkVersions.split("\n"));
    }
}
