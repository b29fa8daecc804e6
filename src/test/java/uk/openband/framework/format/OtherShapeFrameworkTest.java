package uk.openband.framework.format;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.openband.framework.scoring.Fixtures.levels;
import static uk.openband.framework.scoring.Fixtures.resource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import uk.openband.framework.scoring.Area;
import uk.openband.framework.scoring.BandingTable;
import uk.openband.framework.scoring.MatrixFramework;
import uk.openband.framework.scoring.ScoreResult;
import uk.openband.framework.scoring.ScoringEngine;
import uk.openband.common.SettingCategory;

/**
 * A framework of another shape: 4 areas, 11 domains, levels 0 to 3, half points,
 * weights 4/2/4/4, Learning capped at 16, six bands. Expected values worked out by hand.
 */
class OtherShapeFrameworkTest {

    private final FrameworkFormat format = new FrameworkFormat();
    private final MatrixFramework framework = format.readFramework(resource("/formats/other-shape-framework.json"));
    private final BandingTable table = format.readBandingTable(resource("/formats/other-shape-banding.json"));
    private final ScoringEngine engine = new ScoringEngine(framework, table);

    private ScoreResult post16(String levels) {
        return engine.score(SettingCategory.POST_16, levels(levels));
    }

    @Test
    void readsWithItsShape() {
        assertThat(framework.areas()).hasSize(4);
        assertThat(framework.domains()).hasSize(11);
        assertThat(framework.areas()).extracting(Area::weight).containsExactly(new BigDecimal("4"),
                new BigDecimal("2"), new BigDecimal("4"), new BigDecimal("4"));
        assertThat(framework.areas()).filteredOn(a -> a.cap() != null).singleElement()
                .satisfies(a -> assertThat(a.cap()).isEqualTo(new BigDecimal("16")));
        assertThat(framework.evidenceRequiredFromLevel()).isNull();
        assertThat(table.settings()).allSatisfy(s -> assertThat(s.bands()).hasSize(6));
        assertThat(table.rounding()).isEqualTo(RoundingMode.HALF_EVEN);
        assertThat(framework.maxTotal()).isEqualTo(new BigDecimal("88")); // 16 + 16 + 32 + 24
    }

    @Test
    void learningIsCappedAt16() {
        ScoreResult result = post16("LRN1=3;LRN2=3;LRN3=3"); // 9 x 4 = 36, capped at 16

        assertThat(result.total()).isEqualTo(new BigDecimal("16"));
        assertThat(result.band()).isEqualTo("B");
        assertThat(result.annualAmount()).isEqualTo(new BigDecimal("2000.00"));
        assertThat(result.trace().get(0)).isEqualTo("Learning: 3 + 3 + 3 = 9 points x 4 = 36, capped at 16");
    }

    @Test
    void halfPointsAddUp() {
        ScoreResult result = post16("COM1=1;COM2=1;COM3=1"); // 1.5 x 2 = 3

        assertThat(result.total()).isEqualTo(new BigDecimal("3"));
        assertThat(result.band()).isEqualTo("A");
        assertThat(result.topUp()).isFalse();
        assertThat(result.trace().get(1)).isEqualTo("Communication: 0.5 + 0.5 + 0.5 + 0 = 1.5 points x 2 = 3");
    }

    @Test
    void aMixedProfile() {
        // LRN 1x4 = 4, COM 0.5x2 = 1, EMO 4x4 = 16, PHY 1x4 = 4 (level 2 of PHY1 is 1 point)
        ScoreResult result = post16("LRN1=1;COM1=1;EMO1=3;PHY1=2");

        assertThat(result.total()).isEqualTo(new BigDecimal("25"));
        assertThat(result.band()).isEqualTo("C");
        assertThat(result.annualAmount()).isEqualTo(new BigDecimal("4500.50"));
        assertThat(result.termlyAmount()).isEqualTo(new BigDecimal("1500.17"));
    }

    @Test
    void theTopBandEdgeAndExceptional() {
        // LRN 16 (capped), COM 3.5x2 = 7, EMO (4+2)x4 = 24, PHY (3+3)x4 = 24
        String top = "LRN1=3;LRN2=3;LRN3=3;COM1=3;COM2=2;COM3=1;EMO1=3;EMO2=2;PHY1=3;PHY2=3";
        ScoreResult at71 = post16(top);
        assertThat(at71.total()).isEqualTo(new BigDecimal("71"));
        assertThat(at71.band()).isEqualTo("F");
        assertThat(at71.annualAmount()).isEqualTo(new BigDecimal("14000.00"));

        ScoreResult at72 = post16(top + ";COM4=1");
        assertThat(at72.total()).isEqualTo(new BigDecimal("72"));
        assertThat(at72.exceptional()).isTrue();
        assertThat(at72.annualAmount()).isNull();
    }

    @Test
    void earlyYearsHasItsOwnBands() {
        ScoreResult result = engine.score(SettingCategory.EARLY_YEARS, levels("EMO1=2;EMO2=2")); // 4 x 4

        assertThat(result.total()).isEqualTo(new BigDecimal("16"));
        assertThat(result.band()).isEqualTo("EY2");
        assertThat(result.annualAmount()).isEqualTo(new BigDecimal("2400.00"));
    }

    @Test
    void theTableAppliesToBothListedFrameworkVersions() {
        assertThat(table.frameworkVersions()).containsExactly("2", "3");
        assertThat(table.appliesTo(framework)).isTrue();
        assertThat(table.termlyAmount(table.settings().get(0).bands().get(3))).isEqualTo(new BigDecimal("2416.67"));
    }
}
