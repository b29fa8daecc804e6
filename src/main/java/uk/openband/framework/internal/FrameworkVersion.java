package uk.openband.framework.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.openband.framework.scoring.MatrixFramework;

/** One version of a matrix framework, stored as its canonical interchange JSON. */
@Entity
@Table(name = "framework_version")
public class FrameworkVersion extends CatalogueVersion {

    protected FrameworkVersion() {
    }

    FrameworkVersion(MatrixFramework framework, String canonicalJson, Instant createdAt, String createdBy) {
        super(framework, createdAt, createdBy);
        replace(framework, canonicalJson);
    }

    /** Replaces the draft's content with this validated framework (same key and version). */
    void replace(MatrixFramework framework, String canonicalJson) {
        describe(framework, framework.changeNote(), canonicalJson);
    }
}
