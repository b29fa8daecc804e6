package uk.openband.framework.format;

import uk.openband.platform.json.FieldError;
import uk.openband.platform.json.FormatException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.openband.framework.scoring.Fixtures.levels;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import uk.openband.common.SettingCategory;
import uk.openband.framework.scoring.BandingTable;
import uk.openband.framework.scoring.MatrixFramework;
import uk.openband.framework.scoring.ScoreResult;
import uk.openband.framework.scoring.ScoringEngine;

/** Format 2: floors for spiky profiles and amounts from hours and rates. */
class FloorsAndHoursTest {

    private final FrameworkFormat format = new FrameworkFormat();

    /** CL (x4, cap 16; CL1 and CL2 0 to 4 points), CI (x2; CI1 0 to 4), SB not fundable (SB1 0 to 4). */
    private static final String FRAMEWORK = """
            { "kind": "matrix-framework", "key": "spiky", "name": "Spiky", "version": "1",
              "effectiveFrom": "2025-04-01", "areas": [
                { "code": "CL", "name": "Cognition and learning", "weight": 4, "cap": 16, "domains": [
                  %s, %s ] },
                { "code": "CI", "name": "Communication", "weight": 2, "domains": [ %s ] },
                { "code": "SB", "name": "Social", "fundable": false, "domains": [ %s ] } ] }
            """.formatted(domain("CL1"), domain("CL2"), domain("CI1"), domain("SB1"));

    private static String domain(String code) {
        StringBuilder levels = new StringBuilder();
        for (int i = 0; i <= 4; i++) {
            levels.append(i == 0 ? "" : ", ").append("{ \"level\": ").append(i).append(", \"points\": ").append(i)
                    .append(", \"descriptors\": [\"Level ").append(i).append("\"] }");
        }
        return "{ \"code\": \"" + code + "\", \"name\": \"Domain " + code + "\", \"levels\": [" + levels + "] }";
    }

    /**
     * Mainstream: B1 4 to 9, B2 10 to 19 (hours), B3 20 to 29, B4 30 to 40; floors CL >= 12 gives B3,
     * any area >= 16 gives B4.
     */
    private static final String TABLE = """
            { "kind": "banding-table", "key": "spiky-tariff", "name": "Tariff", "version": "1",
              "framework": { "key": "spiky", "versions": ["1"] }, "effectiveFrom": "2025-04-01",
              "rounding": "%s",
              "settings": [ { "category": "MAINSTREAM",
                "floors": [ { "area": "CL", "minAreaScore": 12, "band": "B3" }, { "minAreaScore": 16, "band": "B4" } ],
                "bands": [
                  { "band": "B1", "minScore": 4, "maxScore": 9, "annualAmount": "500.00" },
                  { "band": "B2", "minScore": 10, "maxScore": 19, "hoursPerWeek": 12.5, "hourlyRate": "14.37",
                    "weeksPerYear": 39 },
                  { "band": "B3", "minScore": 20, "maxScore": 29, "annualAmount": "9000.00" },
                  { "band": "B4", "minScore": 30, "maxScore": 40, "annualAmount": "12000.00" } ] } ] }
            """;

    private BandingTable table(String rounding) {
        return format.readBandingTable(TABLE.formatted(rounding));
    }

    private ScoreResult score(String levels) {
        MatrixFramework framework = format.readFramework(FRAMEWORK);
        return ScoringEngine.score(framework, table("HALF_UP"), SettingCategory.MAINSTREAM, levels(levels));
    }

    @Test
    void aHighAreaIsLiftedByTheFloorForThatArea() {
        ScoreResult result = score("CL1=2;CL2=1"); // CL 3 x 4 = 12, total 12: band B2 by total, B3 by the floor

        assertThat(result.total()).isEqualTo(new BigDecimal("12"));
        assertThat(result.band()).isEqualTo("B3");
        assertThat(result.annualAmount()).isEqualTo(new BigDecimal("9000.00"));
        assertThat(result.trace()).contains("Floor: Cognition and learning scores 12, at least 12, so the band is "
                + "lifted to B3 for mainstream: £9,000.00 a year");
    }

    @Test
    void aFloorForAnyAreaAppliesToEveryFundableAreaButNotOneThatIsNotFunded() {
        assertThat(score("CI1=4").total()).isEqualTo(new BigDecimal("8")); // CI 4 x 2 = 8: B1, no floor
        assertThat(score("CI1=4").band()).isEqualTo("B1");
        assertThat(score("CL1=4").band()).isEqualTo("B4"); // CL 16: the any-area floor of 16 gives B4
        assertThat(score("SB1=4").band()).isNull(); // SB is not funded: total 0, below the first band
    }

    @Test
    void aFloorNeverLowersABand() {
        ScoreResult result = score("CL1=2;CL2=1;CI1=4"); // 12 + 8 = 20: B3 by the total; the CL floor is B3 too
        assertThat(result.band()).isEqualTo("B3");
        assertThat(result.trace()).noneMatch(line -> line.startsWith("Floor"));
        assertThat(score("CL1=4;CL2=4;CI1=4;SB1=0").band()).isEqualTo("B4"); // 16 + 8 = 24: B3, lifted to B4
    }

    @Test
    void aFloorDoesNotApplyToAnExceptionalTotal() {
        String framework = FRAMEWORK.replace("\"weight\": 2,", "\"weight\": 8,"); // CI up to 32
        ScoreResult result = ScoringEngine.score(format.readFramework(framework), table("HALF_UP"),
                SettingCategory.MAINSTREAM, levels("CL1=4;CL2=4;CI1=4")); // 16 + 32 = 48 > 40
        assertThat(result.exceptional()).isTrue();
        assertThat(result.band()).isNull();
    }

    @Test
    void hoursTimesRateGiveTheAmountToThePennyUnderEachRounding() {
        // 12.5 x 14.37 x 39 = 7005.375
        assertThat(table("HALF_UP").settings().get(0).bands().get(1).annualAmount()).isEqualTo(new BigDecimal("7005.38"));
        assertThat(table("HALF_EVEN").settings().get(0).bands().get(1).annualAmount())
                .isEqualTo(new BigDecimal("7005.38"));
        assertThat(table("DOWN").settings().get(0).bands().get(1).annualAmount()).isEqualTo(new BigDecimal("7005.37"));
        ScoreResult result = score("CL1=3"); // 12 with the floor... CL1=3: 3 x 4 = 12 -> floor B3
        assertThat(result.band()).isEqualTo("B3");
        ScoreResult hours = score("CI1=3;CL1=1"); // 6 + 4 = 10: B2
        assertThat(hours.band()).isEqualTo("B2");
        assertThat(hours.annualAmount()).isEqualTo(new BigDecimal("7005.38"));
        assertThat(hours.trace().get(hours.trace().size() - 1)).isEqualTo("Total 10 is in band B2 (10 to 19) for "
                + "mainstream: £7,005.38 a year (12.5 hours a week x £14.37 an hour x 39 weeks)");
    }

    @Test
    void anAnnualAmountThatDisagreesWithHoursAndRateIsRefusedNamingTheBand() {
        String text = TABLE.formatted("HALF_UP").replace("\"weeksPerYear\": 39 }",
                "\"weeksPerYear\": 39, \"annualAmount\": \"7005.37\" }");
        assertThatThrownBy(() -> format.readBandingTable(text)).isInstanceOfSatisfying(FormatException.class,
                e -> assertThat(e.errors()).containsExactly(new FieldError("settings[0].bands[1].annualAmount",
                        "band \"B2\": 7005.37 does not agree with hoursPerWeek x hourlyRate x weeksPerYear = "
                                + "12.5 x 14.37 x 39 = 7005.38 (rounded HALF_UP)")));
        String agreeing = text.replace("7005.37", "7005.38");
        assertThat(format.readBandingTable(agreeing)).isEqualTo(table("HALF_UP"));
    }

    @Test
    void hoursWithoutARateAreRefused() {
        String text = TABLE.formatted("HALF_UP").replace(", \"hourlyRate\": \"14.37\"", "");
        assertThatThrownBy(() -> format.readBandingTable(text)).isInstanceOfSatisfying(FormatException.class,
                e -> assertThat(e.errors()).containsExactly(
                        new FieldError("settings[0].bands[1].hourlyRate", "is required")));
    }

    @Test
    void aFloorNamingAnUnknownBandIsRefusedNamingTheField() {
        String text = TABLE.formatted("HALF_UP").replace("\"band\": \"B4\" } ]", "\"band\": \"B9\" } ]");
        assertThatThrownBy(() -> format.readBandingTable(text)).isInstanceOfSatisfying(FormatException.class,
                e -> assertThat(e.errors()).containsExactly(new FieldError("settings[0].floors[1].band",
                        "unknown band \"B9\": a floor must name a band of the same category")));
    }

    @Test
    void theCanonicalFormCarriesFloorsHoursAndTheComputedAmountAndIsStable() {
        BandingTable table = table("HALF_UP");
        String written = format.writeBandingTable(table);

        assertThat(written).contains("\"floors\": [\n        { \"area\": \"CL\", \"minAreaScore\": 12, \"band\": \"B3\" },\n"
                + "        { \"minAreaScore\": 16, \"band\": \"B4\" }\n      ],");
        assertThat(written).contains("{ \"band\": \"B2\", \"minScore\": 10, \"maxScore\": 19, \"hoursPerWeek\": 12.5, "
                + "\"hourlyRate\": \"14.37\", \"weeksPerYear\": 39, \"annualAmount\": \"7005.38\" }");
        assertThat(format.readBandingTable(written)).isEqualTo(table);
        assertThat(format.writeBandingTable(format.readBandingTable(written))).isEqualTo(written);
    }
}
