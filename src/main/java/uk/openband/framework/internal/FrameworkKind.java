package uk.openband.framework.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import uk.openband.framework.VersionDiff;
import uk.openband.framework.internal.FrameworkEvents.Subject;
import uk.openband.framework.scoring.MatrixFramework;

/** Matrix frameworks as a catalogue kind: {@code /admin/frameworks}, {@code /api/v1/frameworks}. */
@Component
public class FrameworkKind extends VersionKind<MatrixFramework, FrameworkVersion> {

    FrameworkKind(FrameworkVersionRepository repository) {
        super(repository, "frameworks", "framework", Subject.FRAMEWORK_VERSION, "framework/admin/framework",
                "framework", false);
    }

    @Override
    public MatrixFramework read(String text) {
        return format.readFramework(text);
    }

    @Override
    public String write(MatrixFramework document) {
        return format.writeFramework(document);
    }

    @Override
    public VersionDiff compare(MatrixFramework from, MatrixFramework to) {
        return VersionComparer.compare(from, to);
    }

    /** A new framework draft has no end date and its own change note. */
    @Override
    MatrixFramework derive(MatrixFramework from, String version, LocalDate effectiveFrom, LocalDate effectiveTo,
            String changeNote) {
        return new MatrixFramework(from.key(), from.name(), version, effectiveFrom, null, changeNote,
                from.evidenceRequiredFromLevel(), from.areas());
    }

    @Override
    FrameworkVersion create(MatrixFramework document, String canonicalJson, Instant at, String by) {
        return new FrameworkVersion(document, canonicalJson, at, by);
    }

    @Override
    void replace(FrameworkVersion draft, MatrixFramework document, String canonicalJson) {
        draft.replace(document, canonicalJson);
    }
}
