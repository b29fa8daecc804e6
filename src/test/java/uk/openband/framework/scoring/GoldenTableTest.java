package uk.openband.framework.scoring;

import uk.openband.common.SettingCategory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Band lookups over the demo framework and tariff. The expected values were worked
 * out independently of the engine (by hand, checked with a separate calculator).
 */
class GoldenTableTest {

    private static final ScoringEngine ENGINE = new ScoringEngine(Fixtures.demoFramework(), Fixtures.demoBanding());

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvFileSource(resources = {"/golden/demo-mainstream.csv", "/golden/demo-special-and-resourced.csv"},
            numLinesToSkip = 1, nullValues = "")
    void scoresAsTheGoldenTableSays(String levels, SettingCategory category, BigDecimal total, String band,
            BigDecimal annualAmount, boolean exceptional) {
        ScoreResult result = ENGINE.score(category, Fixtures.levels(levels));

        assertThat(result.total()).isEqualTo(total);
        assertThat(result.band()).isEqualTo(band);
        assertThat(result.annualAmount()).isEqualTo(annualAmount);
        assertThat(result.exceptional()).isEqualTo(exceptional);
    }
}
