package uk.openband.framework.format;

import uk.openband.platform.json.FieldError;
import uk.openband.platform.json.FormatException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.openband.framework.scoring.Fixtures.levels;
import static uk.openband.framework.scoring.Fixtures.resource;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import uk.openband.common.SettingCategory;
import uk.openband.framework.scoring.BandingTable;
import uk.openband.framework.scoring.MatrixFramework;
import uk.openband.framework.scoring.ScoreResult;
import uk.openband.framework.scoring.ScoringEngine;
import uk.openband.framework.scoring.ScoringException;

/** Format 2: levels starting at any number, and exceptional levels. */
class LevelsFormat2Test {

    private final FrameworkFormat format = new FrameworkFormat();

    /** Two areas; LRN1 and LRN2 run 1 to 4 (0 to 3 points), CI1 runs 0 to 3 with level 3 exceptional. */
    private static final String FRAMEWORK = """
            { "kind": "matrix-framework", "key": "f2", "name": "Format 2", "version": "1",
              "effectiveFrom": "2025-04-01", "evidenceRequiredFromLevel": null,
              "areas": [
                { "code": "LRN", "name": "Learning", "weight": 2, "domains": [
                  { "code": "LRN1", "name": "Reading", "levels": [
                    { "level": 1, "points": 0, "descriptors": ["No additional need"] },
                    { "level": 2, "points": 1, "descriptors": ["Some"] },
                    { "level": 3, "points": 2, "descriptors": ["More"] },
                    { "level": 4, "points": 3, "descriptors": ["Most"] } ] },
                  { "code": "LRN2", "name": "Writing", "levels": [
                    { "level": 1, "points": 0, "descriptors": ["No additional need"] },
                    { "level": 2, "points": 1, "descriptors": ["Some"] },
                    { "level": 3, "points": 2, "descriptors": ["More"] },
                    { "level": 4, "points": 3, "descriptors": ["Most"] } ] } ] },
                { "code": "CI", "name": "Communication", "domains": [
                  { "code": "CI1", "name": "Speech", "levels": [
                    { "level": 0, "points": 0, "descriptors": ["No additional need"] },
                    { "level": 1, "points": 2, "descriptors": ["Some"] },
                    { "level": 2, "points": 4, "descriptors": ["More"] },
                    { "level": 3, "points": 4, "exceptional": true, "descriptors": ["Exceptional"] } ] } ] } ] }
            """;

    private static final String TABLE = """
            { "kind": "banding-table", "key": "t2", "name": "Tariff", "version": "1",
              "framework": { "key": "f2", "versions": ["1"] }, "effectiveFrom": "2025-04-01",
              "settings": [ { "category": "MAINSTREAM", "bands": [
                { "band": "A", "minScore": 2, "maxScore": 5, "annualAmount": "1000.00" },
                { "band": "B", "minScore": 6, "maxScore": 20, "annualAmount": "3000.00" } ] } ] }
            """;

    private ScoreResult score(String levels) {
        MatrixFramework framework = format.readFramework(FRAMEWORK);
        BandingTable table = format.readBandingTable(TABLE);
        return ScoringEngine.score(framework, table, SettingCategory.MAINSTREAM, levels(levels));
    }

    @Test
    void levelsFromOneAreReadAndTheLowestIsWhatAnUnansweredDomainCountsAs() {
        MatrixFramework framework = format.readFramework(FRAMEWORK);
        assertThat(framework.domain("LRN1").orElseThrow().minLevel()).isEqualTo(1);
        assertThat(framework.domain("LRN1").orElseThrow().maxLevel()).isEqualTo(4);

        assertThat(score("").total()).isEqualTo(BigDecimal.ZERO);
        assertThat(score("LRN1=1;LRN2=1").total()).isEqualTo(BigDecimal.ZERO);
        ScoreResult result = score("LRN1=4;LRN2=2");
        assertThat(result.total()).isEqualTo(new BigDecimal("8"));
        assertThat(result.band()).isEqualTo("B");
        assertThat(result.trace().get(0)).isEqualTo("Learning: 3 + 1 = 4 points x 2 = 8");
    }

    @Test
    void aLevelBelowTheLowestIsRefusedNamingTheDomainAndTheRange() {
        assertThatThrownBy(() -> score("LRN1=0"))
                .isInstanceOfSatisfying(ScoringException.class, e -> {
                    assertThat(e.field()).isEqualTo("levels.LRN1");
                    assertThat(e.getMessage()).isEqualTo("domain \"LRN1\" has no level 0 (levels 1 to 4)");
                });
    }

    @Test
    void levelsThatDoNotRiseByOneAreRefusedNamingTheField() {
        String gap = FRAMEWORK.replaceFirst("\"level\": 4, \"points\": 3", "\"level\": 5, \"points\": 3")
                .replaceFirst("\"level\": 3, \"points\": 2", "\"level\": 4, \"points\": 2");
        assertThat(gap).isNotEqualTo(FRAMEWORK);
        assertThatThrownBy(() -> format.readFramework(gap)).isInstanceOfSatisfying(FormatException.class,
                e -> assertThat(e.errors()).containsExactly(new FieldError("areas[0].domains[0].levels[2].level",
                        "level 3 is missing (levels rise by 1), found 4")));
        String negative = FRAMEWORK.replace("{ \"level\": 0, \"points\": 0", "{ \"level\": -1, \"points\": 0");
        assertThatThrownBy(() -> format.readFramework(negative)).isInstanceOfSatisfying(FormatException.class,
                e -> assertThat(e.errors()).containsExactly(new FieldError("areas[1].domains[0].levels[0].level",
                        "levels must start at 0 or above, found -1")));
    }

    @Test
    void anExceptionalLevelMakesTheResultExceptionalWhateverTheTotal() {
        ScoreResult result = score("CI1=3");

        assertThat(result.total()).isEqualTo(new BigDecimal("4"));
        assertThat(result.exceptional()).isTrue();
        assertThat(result.band()).isNull();
        assertThat(result.annualAmount()).isNull();
        assertThat(result.exceptionalLevel()).isEqualTo("Speech (CI1) at level 3");
        assertThat(result.trace().get(result.trace().size() - 1)).isEqualTo("Total 4 is not banded: Speech (CI1) is at "
                + "level 3, an exceptional level, so the result is exceptional and the panel costs the provision");
        assertThat(score("CI1=2").band()).isEqualTo("A");
    }

    @Test
    void anExceptionalFlagOfTheWrongTypeIsRefused() {
        String bad = FRAMEWORK.replace("\"exceptional\": true", "\"exceptional\": \"yes\"");
        assertThatThrownBy(() -> format.readFramework(bad)).isInstanceOfSatisfying(FormatException.class,
                e -> assertThat(e.errors()).containsExactly(new FieldError("areas[1].domains[0].levels[3].exceptional",
                        "must be true or false")));
    }

    @Test
    void theLowestLevelCannotBeExceptional() {
        String bad = FRAMEWORK.replace("{ \"level\": 0, \"points\": 0,", "{ \"level\": 0, \"points\": 0, \"exceptional\": true,");
        assertThatThrownBy(() -> format.readFramework(bad)).isInstanceOfSatisfying(FormatException.class,
                e -> assertThat(e.errors()).containsExactly(new FieldError("areas[1].domains[0].levels[0].exceptional",
                        "the lowest level is the \"no additional need\" answer and cannot be exceptional")));
    }

    @Test
    void theCanonicalFormKeepsTheLevelNumbersAndTheExceptionalFlagAndIsStable() {
        MatrixFramework framework = format.readFramework(FRAMEWORK);
        String written = format.writeFramework(framework);

        assertThat(written).contains("{ \"level\": 1, \"points\": 0, \"descriptors\": [\"No additional need\"] }");
        assertThat(written).contains(
                "{ \"level\": 3, \"points\": 4, \"exceptional\": true, \"descriptors\": [\"Exceptional\"] }");
        assertThat(format.writeFramework(format.readFramework(written))).isEqualTo(written);
        assertThat(format.readFramework(written)).isEqualTo(framework);
    }

    @Test
    void aFileScoredFromOneIsAccepted() {
        MatrixFramework framework = format.readFramework(resource("/formats/levels-from-one-framework.json"));
        assertThat(framework.domains()).allSatisfy(d -> assertThat(d.minLevel()).isEqualTo(1));
    }
}
