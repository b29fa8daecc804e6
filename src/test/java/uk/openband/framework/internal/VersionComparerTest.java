package uk.openband.framework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.openband.framework.VersionDiff;
import uk.openband.framework.VersionDiff.Change;
import uk.openband.framework.VersionDiff.Subject;
import uk.openband.framework.VersionDiff.Type;
import uk.openband.framework.format.FrameworkFormat;
import uk.openband.framework.scoring.BandingTable;
import uk.openband.framework.scoring.MatrixFramework;

class VersionComparerTest {

    final FrameworkFormat format = new FrameworkFormat();

    static String resource(String path) {
        try (InputStream in = VersionComparerTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    MatrixFramework framework(String text) {
        return format.readFramework(text);
    }

    @Test
    void the_same_version_has_no_changes() {
        String demo = resource("/demo/framework.json");
        assertThat(VersionComparer.compare(framework(demo), framework(demo)).changes()).isEmpty();
    }

    @Test
    void finds_changed_weights_caps_points_and_descriptors() {
        String demo = resource("/demo/framework.json");
        String edited = demo.replace("\"version\": \"2025-26.1\"", "\"version\": \"2026-27.1\"")
                .replace("\"weight\": 4,\n      \"cap\": 16", "\"weight\": 3,\n      \"cap\": 12")
                .replace("{ \"level\": 3, \"points\": 3, \"descriptors\": [\"Working significantly below peers",
                        "{ \"level\": 3, \"points\": 3.5, \"descriptors\": [\"Working far below peers");
        assertThat(edited).isNotEqualTo(demo);
        VersionDiff diff = VersionComparer.compare(framework(demo), framework(edited));
        assertThat(diff.kind()).isEqualTo("matrix-framework");
        assertThat(diff.from()).isEqualTo("2025-26.1");
        assertThat(diff.to()).isEqualTo("2026-27.1");
        assertThat(diff.changes()).containsExactly(
                new Change(Type.CHANGED, Subject.AREA, "CL", "Cognition and learning", "weight", "4", "3"),
                new Change(Type.CHANGED, Subject.AREA, "CL", "Cognition and learning", "cap", "16", "12"),
                new Change(Type.CHANGED, Subject.LEVEL, "CL/CL1/3", "Learning and attainment, level 3", "points",
                        "3", "3.5"),
                new Change(Type.CHANGED, Subject.DESCRIPTOR, "CL/CL1/3/1", "Learning and attainment, level 3",
                        "descriptor",
                        "Working significantly below peers in most subjects despite sustained intervention.",
                        "Working far below peers in most subjects despite sustained intervention."));
    }

    @Test
    void finds_added_and_removed_areas_domains_and_descriptors_and_reordering() {
        String small = resource("/formats/small-framework.json");
        MatrixFramework before = framework(small);
        MatrixFramework after = framework(small
                .replace("\"descriptors\": [\"Level 1\"]", "\"descriptors\": [\"Level 1\", \"Another\"]")
                .replace("\"descriptors\": [\"Level 2\"]", "\"descriptors\": []".replace("[]", "[\"Level 2b\"]")));
        VersionDiff diff = VersionComparer.compare(before, after);
        assertThat(diff.changes()).extracting(Change::type, Change::subject, Change::path, Change::after)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(Type.ADDED, Subject.DESCRIPTOR, "CL/CL1/1", "Another"),
                        org.assertj.core.groups.Tuple.tuple(Type.CHANGED, Subject.DESCRIPTOR, "CL/CL1/2/1",
                                "Level 2b"));

        MatrixFramework withoutSecondArea = new MatrixFramework(before.key(), before.name(), "2", before.effectiveFrom(),
                null, null, before.evidenceRequiredFromLevel(), before.areas().subList(0, 1));
        VersionDiff removed = VersionComparer.compare(before, withoutSecondArea);
        assertThat(removed.changes()).filteredOn(c -> c.subject() == Subject.AREA)
                .extracting(Change::type).containsOnly(Type.REMOVED);
        assertThat(removed.changes()).filteredOn(c -> c.subject() == Subject.DOMAIN)
                .extracting(Change::type).containsOnly(Type.REMOVED);
        assertThat(VersionComparer.compare(withoutSecondArea, before).count(Type.ADDED))
                .isEqualTo(removed.count(Type.REMOVED));
    }

    @Test
    void reordered_descriptors_are_one_change() {
        String demo = resource("/demo/framework.json");
        String swapped = demo.replace(
                "[\"Working a little below age-related expectations in one or two subjects.\", \"Catches up with short-term, small-group support.\"]",
                "[\"Catches up with short-term, small-group support.\", \"Working a little below age-related expectations in one or two subjects.\"]");
        assertThat(swapped).isNotEqualTo(demo);
        assertThat(VersionComparer.compare(framework(demo), framework(swapped)).changes())
                .extracting(Change::type, Change::subject, Change::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Type.CHANGED, Subject.DESCRIPTOR, "order"));
    }

    @Test
    void compares_band_rows_per_setting_category() {
        BandingTable before = format.readBandingTable(resource("/demo/banding.json"));
        BandingTable after = format.readBandingTable(resource("/demo/banding-2026-27.json"));
        VersionDiff diff = VersionComparer.compare(before, after);
        assertThat(diff.kind()).isEqualTo("banding-table");
        assertThat(diff.changes()).anySatisfy(c -> {
            assertThat(c.subject()).isEqualTo(Subject.BAND);
            assertThat(c.field()).isEqualTo("annualAmount");
            assertThat(c.path()).startsWith("MAINSTREAM/");
            assertThat(c.before()).matches("\\d+\\.\\d\\d");
        });
        String small = resource("/formats/small-banding.json");
        BandingTable smaller = format.readBandingTable(small);
        BandingTable extraRow = format.readBandingTable(small.replace(
                "{ \"band\": \"A2\", \"minScore\": 15, \"maxScore\": 19, \"annualAmount\": \"1494.00\" }",
                "{ \"band\": \"A2\", \"minScore\": 15, \"maxScore\": 19, \"annualAmount\": \"1500.00\" },\n"
                        + "{ \"band\": \"A3\", \"minScore\": 20, \"maxScore\": 24, \"annualAmount\": \"2200.00\" }"));
        assertThat(VersionComparer.compare(smaller, extraRow).changes()).containsExactly(
                new Change(Type.CHANGED, Subject.BAND, "MAINSTREAM/A2", "Mainstream, band A2", "annualAmount",
                        "1494.00", "1500.00"),
                new Change(Type.ADDED, Subject.BAND, "MAINSTREAM/A3", "Mainstream, band A3", null, null,
                        "20 to 24: 2200.00"));
    }
}
