package uk.openband.framework.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import uk.openband.framework.scoring.MatrixFramework;

/** One version of a matrix framework, stored as its canonical interchange JSON. */
@Entity
@Table(name = "framework_version")
public class FrameworkVersion extends CatalogueVersion {

    protected FrameworkVersion() {
    }

    public FrameworkVersion(MatrixFramework framework, String canonicalJson, Instant createdAt, String createdBy) {
        super(framework.key(), framework.version(), createdAt, createdBy);
        describe(framework.name(), framework.effectiveFrom(), framework.effectiveTo(), framework.changeNote(),
                canonicalJson);
    }

    /** Replaces the draft's content with this validated framework (same key and version). */
    public void replace(MatrixFramework framework, String canonicalJson) {
        if (!framework.key().equals(getKey()) || !framework.version().equals(getVersion())) {
            throw new CatalogueException("version", "framework.refused.draftKeepsVersion");
        }
        describe(framework.name(), framework.effectiveFrom(), framework.effectiveTo(), framework.changeNote(),
                canonicalJson);
    }

    @Override
    protected String frameworkKey() {
        return null;
    }

    @Override
    protected List<String> frameworkVersions() {
        return List.of();
    }
}
