package uk.openband.framework.scoring;

import uk.openband.common.SettingCategory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.openband.framework.scoring.Fixtures.levels;
import static uk.openband.common.SettingCategory.MAINSTREAM;
import static uk.openband.common.SettingCategory.SPECIAL;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringEngineTest {

    private final MatrixFramework framework = Fixtures.smallFramework();
    private final BandingTable table = Fixtures.smallTable();

    private ScoreResult score(String levels) {
        return ScoringEngine.score(framework, table, MAINSTREAM, levels(levels));
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    @Test
    void weightsCapsAndNonFundableAreasMakeTheTotalAndTheTrace() {
        ScoreResult result = score("CL1=3;CL2=4;CI1=3;SP1=2;SB1=3");

        assertThat(result.total()).isEqualTo(dec("24"));
        assertThat(result.band()).isEqualTo("3");
        assertThat(result.annualAmount()).isEqualTo(dec("5300.00"));
        assertThat(result.topUp()).isTrue();
        assertThat(result.exceptional()).isFalse();
        assertThat(result.trace()).containsExactly(
                "Cognition and learning: 3 + 4 = 7 points x 4 = 28, capped at 16",
                "Communication and interaction: 3 points x 2 = 6",
                "Sensory and physical: 2 points x 1 = 2",
                "Half weight: 0 points x 0.5 = 0",
                "Social behaviour (recorded, not funded): 3 points",
                "Total 24 is in band 3 (20 to 29) for mainstream: £5,300.00 a year");
    }

    @Test
    void areaScoresCarryRawWeightedCapAndMaximum() {
        ScoreResult result = score("CL1=3;CL2=4;SB1=3");

        AreaScore cl = result.areas().get(0);
        assertThat(cl.code()).isEqualTo("CL");
        assertThat(cl.rawPoints()).isEqualTo(dec("7"));
        assertThat(cl.weight()).isEqualTo(dec("4"));
        assertThat(cl.weighted()).isEqualTo(dec("28"));
        assertThat(cl.capped()).isTrue();
        assertThat(cl.cap()).isEqualTo(dec("16"));
        assertThat(cl.score()).isEqualTo(dec("16"));
        assertThat(cl.maxScore()).isEqualTo(dec("16"));

        AreaScore hw = result.areas().get(3);
        assertThat(hw.maxScore()).isEqualTo(dec("1.5"));
        assertThat(hw.capped()).isFalse();

        AreaScore sb = result.areas().get(4);
        assertThat(sb.fundable()).isFalse();
        assertThat(sb.score()).isEqualTo(dec("3"));
        assertThat(result.total()).isEqualTo(dec("16"));
    }

    @Test
    void aWeightedScoreEqualToTheCapIsNotReportedAsCapped() {
        AreaScore cl = score("CL1=2;CL2=2").areas().get(0);

        assertThat(cl.weighted()).isEqualTo(dec("16"));
        assertThat(cl.capped()).isFalse();
        assertThat(cl.score()).isEqualTo(dec("16"));
    }

    @Test
    void nonFundableAreasAreNotCounted() {
        ScoreResult result = score("SB1=3");

        assertThat(result.total()).isEqualTo(dec("0"));
        assertThat(result.band()).isNull();
        assertThat(result.topUp()).isFalse();
    }

    @Test
    void domainsLeftOutAreAtLevelZero() {
        assertThat(score("").total()).isEqualTo(dec("0"));
        assertThat(score("CI1=0;CL1=0").total()).isEqualTo(dec("0"));
    }

    @Test
    void bandEdgesAreInclusive() {
        // CI x2 plus SP x1 give every whole total from 0 to 11; CL adds 4 a level
        assertThat(score("CI1=4;SP1=2").total()).isEqualTo(dec("10"));
        assertThat(score("CI1=4;SP1=2").band()).isEqualTo("A1");
        assertThat(score("CL1=3;SP1=2").band()).isEqualTo("A1"); // 14
        assertThat(score("CL1=3;SP1=3").band()).isEqualTo("A2"); // 15
        assertThat(score("CL1=4;CI1=1;SP1=1").band()).isEqualTo("A2"); // 19
        assertThat(score("CL1=4;CI1=2").band()).isEqualTo("3"); // 20
    }

    @Test
    void aFractionalTotalBetweenTwoRowsBelongsToTheLowerRow() {
        ScoreResult result = score("CL1=3;SP1=2;HW1=1"); // 12 + 2 + 0.5

        assertThat(result.total()).isEqualTo(dec("14.5"));
        assertThat(result.band()).isEqualTo("A1");
        assertThat(result.annualAmount()).isEqualTo(dec("753.00"));
        assertThat(result.termlyAmount()).isEqualTo(dec("251.00"));
        assertThat(result.trace().get(5)).isEqualTo("Total 14.5 is between band A1 (10 to 14) and band A2 (15 to 19),"
                + " so takes the lower band A1 for mainstream: £753.00 a year (£251.00 a term)");
    }

    @Test
    void decimalWeightsGiveFractionalTotals() {
        ScoreResult result = score("CL1=4;CL2=4;CI1=4;SP1=3;HW1=3"); // 16 + 8 + 3 + 1.5

        assertThat(result.total()).isEqualTo(dec("28.5"));
        assertThat(result.band()).isEqualTo("3");
        assertThat(result.trace().get(3)).isEqualTo("Half weight: 3 points x 0.5 = 1.5");
    }

    @Test
    void aTotalAboveTheTopRowIsExceptionalWithNoAmount() {
        BandingTable low = new BandingTable("test-tariff", "Low", "2", "test-matrix", java.util.List.of("1"),
                table.effectiveFrom(), null, "GBP", null, java.util.List.of(new SettingBands(MAINSTREAM,
                        java.util.List.of(Fixtures.row("A1", "10", "14", "753.00"),
                                Fixtures.row("A2", "15", "19", "1494.00")))));

        ScoreResult result = ScoringEngine.score(framework, low, MAINSTREAM, levels("CL1=4;CL2=4;SP1=2"));

        assertThat(result.total()).isEqualTo(dec("18"));
        ScoreResult exceptional = ScoringEngine.score(framework, low, MAINSTREAM, levels("CL1=4;CL2=4;CI1=1;SP1=3"));
        assertThat(exceptional.total()).isEqualTo(dec("21"));
        assertThat(exceptional.exceptional()).isTrue();
        assertThat(exceptional.band()).isNull();
        assertThat(exceptional.annualAmount()).isNull();
        assertThat(exceptional.trace()).last()
                .isEqualTo("Total 21 is above the top band (to 19): exceptional, the panel costs the provision");
        ScoreResult fractional = ScoringEngine.score(framework, low, MAINSTREAM, levels("CL1=4;CL2=4;SP1=3;HW1=1"));
        assertThat(fractional.total()).isEqualTo(dec("19.5"));
        assertThat(fractional.exceptional()).isTrue();
    }

    @Test
    void aTotalBelowTheFirstRowMeansNoTopUp() {
        ScoreResult result = score("CI1=2");

        assertThat(result.total()).isEqualTo(dec("4"));
        assertThat(result.band()).isNull();
        assertThat(result.topUp()).isFalse();
        assertThat(result.exceptional()).isFalse();
        assertThat(result.annualAmount()).isEqualTo(dec("0.00"));
        assertThat(result.trace()).last().isEqualTo("Total 4 is below the first band (from 10): no top-up");
    }

    @Test
    void aBandWithoutTopUpIsReportedAsSuch() {
        ScoreResult result = ScoringEngine.score(framework, table, SPECIAL, levels("CI1=2"));

        assertThat(result.band()).isEqualTo("Local offer");
        assertThat(result.topUp()).isFalse();
        assertThat(result.annualAmount()).isEqualTo(dec("0.00"));
        assertThat(result.trace()).last().isEqualTo(
                "Total 4 is in band Local offer (0 to 9) for special school: no top-up (met from the setting's own budget)");
    }

    @Test
    void moneyIsAlwaysScaleTwo() {
        assertThat(score("CI1=4;SP1=2").annualAmount().scale()).isEqualTo(2);
        assertThat(score("CI1=4;SP1=2").termlyAmount()).isEqualTo(dec("251.00"));
    }

    @Test
    void anUnknownDomainIsAnErrorNamingTheField() {
        assertThatThrownBy(() -> score("CL9=1"))
                .isInstanceOfSatisfying(ScoringException.class, e -> assertThat(e.field()).isEqualTo("levels.CL9"))
                .hasMessage("unknown domain \"CL9\"");
    }

    @Test
    void aLevelTheDomainLacksIsAnError() {
        assertThatThrownBy(() -> score("CL1=7"))
                .isInstanceOfSatisfying(ScoringException.class, e -> assertThat(e.field()).isEqualTo("levels.CL1"))
                .hasMessage("domain \"CL1\" has no level 7 (levels 0 to 4)");
    }

    @Test
    void aNegativeLevelIsAnError() {
        assertThatThrownBy(() -> score("SP1=-1"))
                .isInstanceOfSatisfying(ScoringException.class, e -> assertThat(e.field()).isEqualTo("levels.SP1"))
                .hasMessage("domain \"SP1\" has no level -1 (levels 0 to 3)");
    }

    @Test
    void aMissingLevelValueIsAnError() {
        Map<String, Integer> levels = new HashMap<>();
        levels.put("CL1", null);
        assertThatThrownBy(() -> ScoringEngine.score(framework, table, MAINSTREAM, levels))
                .isInstanceOfSatisfying(ScoringException.class, e -> assertThat(e.field()).isEqualTo("levels.CL1"));
    }

    @Test
    void aCategoryMissingFromTheTableIsAnError() {
        assertThatThrownBy(() -> ScoringEngine.score(framework, table, SettingCategory.POST_16, Map.of()))
                .isInstanceOfSatisfying(ScoringException.class,
                        e -> assertThat(e.field()).isEqualTo("settingCategory"))
                .hasMessageContaining("has no bands for post-16");
    }

    @Test
    void aTableForAnotherFrameworkIsAnError() {
        MatrixFramework other = new MatrixFramework("other", "Other", "1", framework.effectiveFrom(), null, null,
                null, framework.areas());
        assertThatThrownBy(() -> ScoringEngine.score(other, table, MAINSTREAM, Map.of()))
                .isInstanceOfSatisfying(ScoringException.class, e -> assertThat(e.field()).isEqualTo("banding"));
    }

    @Test
    void aPreparedEngineGivesTheSameAnswerAsTheStaticMethod() {
        ScoringEngine engine = new ScoringEngine(framework, table);
        Map<String, Integer> levels = levels("CL1=2;CI1=3;HW1=3");

        assertThat(engine.score(MAINSTREAM, levels)).isEqualTo(ScoringEngine.score(framework, table, MAINSTREAM, levels));
    }

    @Test
    void resultListsAreImmutable() {
        ScoreResult result = score("CL1=1");
        assertThatThrownBy(() -> result.trace().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> result.areas().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
