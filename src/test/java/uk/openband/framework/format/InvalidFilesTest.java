package uk.openband.framework.format;

import uk.openband.platform.json.FieldError;
import uk.openband.platform.json.FormatException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.openband.framework.scoring.Fixtures.resource;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each bad file breaks one rule and is rejected with the field's path and the reason. */
class InvalidFilesTest {

    private final FrameworkFormat format = new FrameworkFormat();

    private List<FieldError> frameworkErrors(String file) {
        String text = resource("/formats/bad/" + file);
        try {
            format.readFramework(text);
        } catch (FormatException e) {
            return e.errors();
        }
        throw new AssertionError(file + " was accepted");
    }

    private List<FieldError> tableErrors(String file) {
        String text = resource("/formats/bad/" + file);
        try {
            format.readBandingTable(text);
        } catch (FormatException e) {
            return e.errors();
        }
        throw new AssertionError(file + " was accepted");
    }

    private static FieldError error(String path, String message) {
        return new FieldError(path, message);
    }

    @Test
    void theValidBaseFilesAreAccepted() {
        format.readFramework(resource("/formats/small-framework.json"));
        format.readBandingTable(resource("/formats/small-banding.json"));
    }

    @Test
    void overlappingBands() {
        assertThat(tableErrors("overlapping-bands.json"))
                .containsExactly(error("settings[0].bands[2].minScore", "overlaps band \"A1\" (10..14)"));
    }

    @Test
    void aGapBetweenBands() {
        assertThat(tableErrors("band-gap.json")).containsExactly(error("settings[0].bands[2].minScore",
                "leaves a gap after band \"A1\" (10..14): a row may start at most 1 above the previous row's end"));
    }

    @Test
    void pointsFallingAsTheLevelRises() {
        assertThat(frameworkErrors("falling-points.json")).containsExactly(error(
                "areas[0].domains[1].levels[3].points", "must not fall as the level rises (the level before has 2)"));
    }

    @Test
    void aDuplicateAreaCode() {
        assertThat(frameworkErrors("duplicate-area-code.json"))
                .containsExactly(error("areas[1].code", "duplicate area code \"CL\" (also areas[0])"));
    }

    @Test
    void aDuplicateDomainCode() {
        assertThat(frameworkErrors("duplicate-domain-code.json")).containsExactly(
                error("areas[1].domains[0].code", "duplicate domain code \"CL2\" (also areas[0].domains[1])"));
    }

    @Test
    void aMissingLevelNumber() {
        assertThat(frameworkErrors("missing-level-number.json")).containsExactly(
                error("areas[0].domains[0].levels[2].level", "level 2 is missing (levels rise by 1), found 3"));
    }

    @Test
    void levelsFromOneThatAreNotConsecutive() {
        assertThat(frameworkErrors("levels-not-consecutive.json")).containsExactly(
                error("areas[0].domains[0].levels[2].level", "level 3 is missing (levels rise by 1), found 4"));
    }

    @Test
    void anAmountWithThreeDecimals() {
        assertThat(tableErrors("three-decimal-amount.json")).containsExactly(
                error("settings[0].bands[1].annualAmount", "must have at most two decimal places"));
    }

    @Test
    void theWrongKind() {
        assertThat(frameworkErrors("wrong-kind.json"))
                .containsExactly(error("kind", "must be \"matrix-framework\", not \"banding-table\""));
    }

    @Test
    void anUnknownField() {
        assertThat(frameworkErrors("unknown-field.json")).containsExactly(error("areas[0].colour", "unknown field"));
    }

    @Test
    void anUnknownCategory() {
        assertThat(tableErrors("unknown-category.json")).containsExactly(error("settings[0].category",
                "unknown category \"NURSERY\" (expected one of MAINSTREAM, RESOURCED_PROVISION, SPECIAL,"
                        + " ALTERNATIVE_PROVISION, EARLY_YEARS, POST_16)"));
    }

    @Test
    void aCategoryTwice() {
        assertThat(tableErrors("category-twice.json")).containsExactly(error("settings[1].category",
                "category MAINSTREAM appears more than once (also settings[0])"));
    }

    @Test
    void aRoundingModeNotAllowed() {
        assertThat(tableErrors("bad-rounding.json"))
                .containsExactly(error("rounding", "must be one of HALF_UP, HALF_EVEN, DOWN"));
    }

    @Test
    void aBlankDescriptor() {
        assertThat(frameworkErrors("blank-descriptor.json"))
                .containsExactly(error("areas[1].domains[0].levels[1].descriptors[0]", "must not be blank"));
    }

    @Test
    void fewerThanTwoLevels() {
        assertThat(frameworkErrors("one-level.json"))
                .containsExactly(error("areas[1].domains[0].levels", "must have at least two levels"));
    }

    @Test
    void missingRequiredFields() {
        assertThat(frameworkErrors("missing-required.json"))
                .containsExactly(error("version", "is required"), error("areas[0].name", "is required"));
    }

    @Test
    void aFileWithSeveralErrorsReportsThemAll() {
        assertThat(frameworkErrors("several-errors.json")).containsExactlyInAnyOrder(
                error("kind", "must be \"matrix-framework\", not \"framework\""),
                error("effectiveFrom", "must be a date like \"2025-04-01\""),
                error("areas[0].weight", "must be > 0"),
                error("areas[0].domains[0].levels[3].points", "must be >= 0"),
                error("areas[1].code", "duplicate area code \"CL\" (also areas[0])"),
                error("areas[1].domains[0].extra", "unknown field"));
    }

    @Test
    void theExceptionMessageListsEveryError() {
        assertThatThrownBy(() -> format.readFramework(resource("/formats/bad/several-errors.json")))
                .hasMessageStartingWith("6 errors:")
                .hasMessageContaining("areas[0].domains[0].levels[3].points: must be >= 0");
    }

    @Test
    void moneyMustBeANonNegativeDecimalString() {
        String base = resource("/formats/small-banding.json");
        assertThat(errorsOf(base.replace("\"753.00\"", "753.00"))).containsExactly(
                error("settings[0].bands[1].annualAmount", "must be a string such as \"753.00\""));
        assertThat(errorsOf(base.replace("\"753.00\"", "\"-1.00\""))).containsExactly(
                error("settings[0].bands[1].annualAmount", "must be >= 0"));
        assertThat(errorsOf(base.replace("\"251.00\"", "\"£251\""))).containsExactly(
                error("settings[0].bands[1].termlyAmount", "must be a decimal such as \"753.00\""));
    }

    @Test
    void otherBandRules() {
        String base = resource("/formats/small-banding.json");
        assertThat(errorsOf(base.replace("\"maxScore\": 14,", "\"maxScore\": 8,"))).contains(
                error("settings[0].bands[1].maxScore", "must be >= minScore (10)"));
        assertThat(errorsOf(base.replace("\"currency\": \"GBP\"", "\"currency\": \"EUR\""))).containsExactly(
                error("currency", "must be \"GBP\""));
        assertThat(errorsOf(base.replace("\"band\": \"A2\"", "\"band\": \"A1\""))).containsExactly(
                error("settings[0].bands[2].band", "duplicate band \"A1\" (also settings[0].bands[1])"));
        assertThat(errorsOf(base.replace("\"versions\": [\"1\"]", "\"versions\": []"))).containsExactly(
                error("framework.versions", "must list at least one framework version"));
        assertThat(errorsOf(base.replace("\"kind\": \"banding-table\",", ""))).containsExactly(
                error("kind", "is required (\"banding-table\")"));
    }

    @Test
    void otherFrameworkRules() {
        String base = resource("/formats/small-framework.json");
        assertThat(frameworkErrorsOf(base.replace("\"cap\": 16,", "\"cap\": -1,"))).containsExactly(
                error("areas[0].cap", "must be >= 0"));
        assertThat(frameworkErrorsOf(base.replace("\"evidenceRequiredFromLevel\": 2,",
                "\"evidenceRequiredFromLevel\": 1.5,"))).containsExactly(
                error("evidenceRequiredFromLevel", "must be a whole number"));
        assertThat(frameworkErrorsOf(base.replace("\"effectiveTo\": null,", "\"effectiveTo\": \"2001-01-01\","))).containsExactly(
                error("effectiveTo", "must not be before effectiveFrom (2001-04-01)"));
        assertThat(frameworkErrorsOf(base.replace("\"fundable\": true,", "\"fundable\": \"yes\","))).contains(
                error("areas[0].fundable", "must be true or false"));
        assertThat(frameworkErrorsOf(base.replace("\"points\": 2, \"descriptors\": [\"Level 2\"]",
                "\"points\": \"2\", \"descriptors\": [\"Level 2\"]"))).contains(
                error("areas[0].domains[0].levels[2].points", "must be a number"));
    }

    private List<FieldError> errorsOf(String tableText) {
        try {
            format.readBandingTable(tableText);
        } catch (FormatException e) {
            return e.errors();
        }
        throw new AssertionError("accepted");
    }

    private List<FieldError> frameworkErrorsOf(String text) {
        try {
            format.readFramework(text);
        } catch (FormatException e) {
            return e.errors();
        }
        throw new AssertionError("accepted");
    }
}
