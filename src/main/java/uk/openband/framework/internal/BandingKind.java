package uk.openband.framework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.openband.framework.VersionDiff;
import uk.openband.framework.VersionState;
import uk.openband.framework.VersionSummary;
import uk.openband.platform.json.FieldError;
import uk.openband.framework.internal.FrameworkEvents.Subject;
import uk.openband.framework.scoring.Area;
import uk.openband.framework.scoring.BandFloor;
import uk.openband.framework.scoring.BandingTable;
import uk.openband.framework.scoring.MatrixFramework;
import uk.openband.framework.scoring.SettingBands;

/**
 * Banding tables as a catalogue kind: {@code /admin/banding-tables}, {@code /api/v1/banding-tables}.
 * A table is published only once every framework version it names is, and every floor's area
 * is a fundable area of each of those versions.
 */
@Component
public class BandingKind extends VersionKind<BandingTable, BandingVersion> {

    private final FrameworkVersionRepository frameworks;

    BandingKind(BandingVersionRepository repository, FrameworkVersionRepository frameworks) {
        super(repository, "banding-tables", "banding table", Subject.BANDING_TABLE_VERSION,
                "framework/admin/banding", "table", true);
        this.frameworks = frameworks;
    }

    @Override
    public BandingTable read(String text) {
        return format.readBandingTable(text);
    }

    @Override
    public String write(BandingTable document) {
        return format.writeBandingTable(document);
    }

    @Override
    public VersionDiff compare(BandingTable from, BandingTable to) {
        return VersionComparer.compare(from, to);
    }

    /** A new table draft has its own end date; a table has no change note. */
    @Override
    BandingTable derive(BandingTable from, String version, LocalDate effectiveFrom, LocalDate effectiveTo,
            String changeNote) {
        return new BandingTable(from.key(), from.name(), version, from.frameworkKey(), from.frameworkVersions(),
                effectiveFrom, effectiveTo, from.currency(), from.rounding(), from.settings());
    }

    @Override
    BandingVersion create(BandingTable document, String canonicalJson, Instant at, String by) {
        return new BandingVersion(document, canonicalJson, at, by);
    }

    @Override
    void replace(BandingVersion draft, BandingTable document, String canonicalJson) {
        draft.replace(document, canonicalJson);
    }

    @Override
    List<FieldError> publishProblems(VersionSummary draft) {
        List<FieldError> problems = new ArrayList<>();
        for (int i = 0; i < draft.frameworkVersions().size(); i++) {
            String version = draft.frameworkVersions().get(i);
            Optional<FrameworkVersion> fw = frameworks.findByKeyAndVersion(draft.frameworkKey(), version);
            if (fw.isEmpty()) {
                problems.add(new FieldError("framework.versions[" + i + "]", "framework \"" + draft.frameworkKey()
                        + "\" has no version " + version));
            } else if (fw.get().getState() != VersionState.PUBLISHED) {
                problems.add(new FieldError("framework.versions[" + i + "]", "framework \"" + draft.frameworkKey()
                        + "\" " + version + " is " + fw.get().getState().name().toLowerCase()
                        + "; publish it first"));
            } else {
                floorAreaProblems(draft, format.readFramework(fw.get().getDocument()), problems);
            }
        }
        return problems;
    }

    /** A floor naming an area the framework version lacks (or does not fund) would never apply. */
    private void floorAreaProblems(VersionSummary draft, MatrixFramework framework, List<FieldError> problems) {
        Optional<BandingTable> table = contentInAnyState(draft.key(), draft.version());
        if (table.isEmpty()) {
            return;
        }
        List<SettingBands> settings = table.get().settings();
        for (int s = 0; s < settings.size(); s++) {
            List<BandFloor> floors = settings.get(s).floors();
            for (int f = 0; f < floors.size(); f++) {
                String area = floors.get(f).area();
                if (area != null && framework.area(area).filter(Area::fundable).isEmpty()) {
                    problems.add(new FieldError("settings[" + s + "].floors[" + f + "].area", "framework \""
                            + framework.key() + "\" " + framework.version() + " has no fundable area \"" + area
                            + "\""));
                }
            }
        }
    }
}
