package uk.openband.framework.scoring;

import uk.openband.common.SettingCategory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Arithmetic rules that hold for every assessment of the demo framework. */
class ScoringPropertiesTest {

    private static final MatrixFramework FRAMEWORK = Fixtures.demoFramework();
    private static final BandingTable TABLE = Fixtures.demoBanding();
    private static final List<SettingCategory> CATEGORIES = List.of(SettingCategory.MAINSTREAM,
            SettingCategory.RESOURCED_PROVISION, SettingCategory.SPECIAL);

    @Provide
    Arbitrary<Map<String, Integer>> levels() {
        return Scenarios.levelsFor(FRAMEWORK);
    }

    @Provide
    Arbitrary<SettingCategory> categories() {
        return net.jqwik.api.Arbitraries.of(CATEGORIES);
    }

    @Property
    void raisingAnyOneLevelNeverLowersTheTotalOrTheAmount(@ForAll("levels") Map<String, Integer> levels,
            @ForAll("categories") SettingCategory category, @ForAll @IntRange(min = 0, max = 11) int domainIndex) {
        Domain domain = FRAMEWORK.domains().get(domainIndex);
        int current = levels.getOrDefault(domain.code(), 0);
        if (current == domain.maxLevel()) {
            return;
        }
        Map<String, Integer> raised = new HashMap<>(levels);
        raised.put(domain.code(), current + 1);

        ScoreResult before = ScoringEngine.score(FRAMEWORK, TABLE, category, levels);
        ScoreResult after = ScoringEngine.score(FRAMEWORK, TABLE, category, raised);

        assertThat(after.total()).isGreaterThanOrEqualTo(before.total());
        assertThat(Scenarios.payRank(after)).isGreaterThanOrEqualTo(Scenarios.payRank(before));
    }

    @Property
    void aCappedAreaNeverExceedsItsCap(@ForAll("levels") Map<String, Integer> levels) {
        for (AreaScore area : ScoringEngine.score(FRAMEWORK, TABLE, SettingCategory.MAINSTREAM, levels).areas()) {
            if (area.cap() != null) {
                assertThat(area.score()).isLessThanOrEqualTo(area.cap());
            }
            assertThat(area.score()).isLessThanOrEqualTo(area.maxScore());
        }
    }

    @Property
    void theTotalIsTheSumOfTheFundableAreaScores(@ForAll("levels") Map<String, Integer> levels) {
        ScoreResult result = ScoringEngine.score(FRAMEWORK, TABLE, SettingCategory.SPECIAL, levels);

        BigDecimal sum = result.areas().stream().filter(AreaScore::fundable).map(AreaScore::score)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(result.total()).isEqualByComparingTo(sum);
    }

    @Property
    void scoringIsDeterministic(@ForAll("levels") Map<String, Integer> levels,
            @ForAll("categories") SettingCategory category) {
        ScoreResult first = ScoringEngine.score(FRAMEWORK, TABLE, category, levels);
        ScoreResult again = new ScoringEngine(Fixtures.demoFramework(), Fixtures.demoBanding())
                .score(category, new HashMap<>(levels));

        assertThat(again).isEqualTo(first);
    }

    @Property(tries = 3)
    void everyWholeTotalUpToTheTopBandFindsExactlyOneBand(@ForAll("categories") SettingCategory category) {
        SettingBands bands = TABLE.bandsFor(category).orElseThrow();
        int top = bands.topMaxScore().intValueExact();
        for (int t = 0; t <= top; t++) {
            BigDecimal total = BigDecimal.valueOf(t);
            long containing = bands.bands().stream().filter(row -> row.contains(total)).count();
            assertThat(containing).as("rows containing %d", t).isEqualTo(1);
            int index = bands.rowIndexFor(total);
            assertThat(bands.bands().get(index).contains(total)).isTrue();
        }
        assertThat(bands.rowIndexFor(BigDecimal.valueOf(top + 1))).isEqualTo(bands.bands().size());
    }

    @Property
    void theDemoFrameworkCanReachExceptionalInEveryCategory(@ForAll("categories") SettingCategory category) {
        assertThat(FRAMEWORK.maxTotal()).isGreaterThan(TABLE.bandsFor(category).orElseThrow().topMaxScore());
    }
}
