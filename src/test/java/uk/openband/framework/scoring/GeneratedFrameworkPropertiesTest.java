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
import uk.openband.framework.format.FrameworkFormat;
import uk.openband.framework.scoring.Scenarios.Scenario;

/** The scoring rules and the format round-trip hold for random valid frameworks, not just the demo. */
class GeneratedFrameworkPropertiesTest {

    private final FrameworkFormat format = new FrameworkFormat();

    @Provide
    Arbitrary<Scenario> scenarios() {
        return Scenarios.scenarios();
    }

    private static SettingCategory firstCategory(Scenario s) {
        return s.table().settings().get(0).category();
    }

    @Property
    void raisingAnyOneLevelNeverLowersTheTotalOrTheAmount(@ForAll("scenarios") Scenario s) {
        SettingCategory category = firstCategory(s);
        ScoringEngine engine = new ScoringEngine(s.framework(), s.table());
        ScoreResult before = engine.score(category, s.levels());
        for (Domain domain : s.framework().domains()) {
            int current = s.levels().getOrDefault(domain.code(), 0);
            if (current < domain.maxLevel()) {
                Map<String, Integer> raised = new HashMap<>(s.levels());
                raised.put(domain.code(), current + 1);
                ScoreResult after = engine.score(category, raised);
                assertThat(after.total()).isGreaterThanOrEqualTo(before.total());
                assertThat(Scenarios.payRank(after)).isGreaterThanOrEqualTo(Scenarios.payRank(before));
            }
        }
    }

    @Property
    void cappedAreasStayUnderTheCapAndTheTotalIsTheSumOfFundableScores(@ForAll("scenarios") Scenario s) {
        ScoreResult result = ScoringEngine.score(s.framework(), s.table(), firstCategory(s), s.levels());

        BigDecimal sum = BigDecimal.ZERO;
        for (AreaScore area : result.areas()) {
            if (area.cap() != null) {
                assertThat(area.score()).isLessThanOrEqualTo(area.cap());
                assertThat(area.capped()).isEqualTo(area.weighted().compareTo(area.cap()) > 0);
            }
            assertThat(area.score()).isLessThanOrEqualTo(area.maxScore());
            if (area.fundable()) {
                sum = sum.add(area.score());
            }
        }
        assertThat(result.total()).isEqualByComparingTo(sum);
        assertThat(result.total()).isLessThanOrEqualTo(s.framework().maxTotal());
        assertThat(result.trace()).hasSize(s.framework().areas().size() + 1);
    }

    @Property
    void theBandFollowsTheRows(@ForAll("scenarios") Scenario s) {
        SettingCategory category = firstCategory(s);
        ScoreResult result = ScoringEngine.score(s.framework(), s.table(), category, s.levels());
        List<BandRow> rows = s.table().bandsFor(category).orElseThrow().bands();
        BigDecimal total = result.total();

        if (total.compareTo(rows.get(0).minScore()) < 0) {
            assertThat(result.band()).isNull();
            assertThat(result.topUp()).isFalse();
        } else if (total.compareTo(rows.get(rows.size() - 1).maxScore()) > 0) {
            assertThat(result.exceptional()).isTrue();
            assertThat(result.annualAmount()).isNull();
        } else {
            BandRow row = rows.stream().filter(r -> r.minScore().compareTo(total) <= 0)
                    .reduce((a, b) -> b).orElseThrow();
            assertThat(result.band()).isEqualTo(row.band());
            assertThat(result.annualAmount()).isEqualTo(row.annualAmount());
        }
    }

    @Property
    void everyWholeTotalUpToTheTopFindsExactlyOneBand(@ForAll("scenarios") Scenario s) {
        SettingBands bands = s.table().settings().get(0);
        int from = bands.bands().get(0).minScore().intValueExact();
        for (int t = from; t <= bands.topMaxScore().intValueExact(); t++) {
            BigDecimal total = BigDecimal.valueOf(t);
            assertThat(bands.bands().stream().filter(r -> r.contains(total)).count()).isEqualTo(1);
            assertThat(bands.bands().get(bands.rowIndexFor(total)).contains(total)).isTrue();
        }
    }

    @Property
    void scoringIsDeterministic(@ForAll("scenarios") Scenario s) {
        SettingCategory category = firstCategory(s);
        assertThat(new ScoringEngine(s.framework(), s.table()).score(category, s.levels()))
                .isEqualTo(ScoringEngine.score(s.framework(), s.table(), category, Map.copyOf(s.levels())));
    }

    @Property(tries = 200)
    void generatedFilesRoundTripThroughTheFormat(@ForAll("scenarios") Scenario s) {
        String framework = format.writeFramework(s.framework());
        String table = format.writeBandingTable(s.table());

        assertThat(format.readFramework(framework)).isEqualTo(s.framework());
        assertThat(format.readBandingTable(table)).isEqualTo(s.table());
        assertThat(format.writeFramework(format.readFramework(framework))).isEqualTo(framework);
        assertThat(format.writeBandingTable(format.readBandingTable(table))).isEqualTo(table);
    }
}
