package uk.openband.framework.scoring;

import uk.openband.common.SettingCategory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random valid frameworks, matching banding tables and level maps for property tests. */
final class Scenarios {

    /** A framework, a table for it, and one assessment's levels. */
    record Scenario(MatrixFramework framework, BandingTable table, Map<String, Integer> levels) {
    }

    private static final List<BigDecimal> WEIGHTS = List.of(new BigDecimal("0.5"), BigDecimal.ONE,
            new BigDecimal("1.5"), new BigDecimal("2"), new BigDecimal("3"), new BigDecimal("4"));

    private Scenarios() {
    }

    static Arbitrary<List<BigDecimal>> points() {
        Arbitrary<BigDecimal> step = Arbitraries.of("0", "0.5", "1", "1", "2", "3").map(BigDecimal::new);
        return step.list().ofMinSize(2).ofMaxSize(6).map(steps -> {
            List<BigDecimal> points = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal s : steps) {
                points.add(sum);
                sum = sum.add(s);
            }
            return points;
        });
    }

    static Arbitrary<MatrixFramework> frameworks() {
        Arbitrary<List<List<BigDecimal>>> domains = points().list().ofMinSize(1).ofMaxSize(4);
        Arbitrary<BigDecimal> weight = Arbitraries.of(WEIGHTS);
        Arbitrary<BigDecimal> cap = Arbitraries.integers().between(1, 30).map(BigDecimal::valueOf)
                .injectNull(0.6);
        Arbitrary<Boolean> fundable = Arbitraries.of(true, true, true, false);
        Arbitrary<AreaSpec> area = Combinators.combine(domains, weight, cap, fundable).as(AreaSpec::new);
        return area.list().ofMinSize(1).ofMaxSize(5).map(Scenarios::framework);
    }

    private record AreaSpec(List<List<BigDecimal>> domains, BigDecimal weight, BigDecimal cap, boolean fundable) {
    }

    private static MatrixFramework framework(List<AreaSpec> specs) {
        List<Area> areas = new ArrayList<>();
        for (int a = 0; a < specs.size(); a++) {
            AreaSpec spec = specs.get(a);
            List<Domain> domains = new ArrayList<>();
            for (int d = 0; d < spec.domains().size(); d++) {
                List<BigDecimal> points = spec.domains().get(d);
                List<Level> levels = new ArrayList<>();
                for (int l = 0; l < points.size(); l++) {
                    levels.add(new Level(l, points.get(l), List.of("Descriptor " + l)));
                }
                domains.add(new Domain("A" + a + "D" + d, "Domain " + a + "." + d, levels));
            }
            boolean fundable = spec.fundable() || a == 0;
            areas.add(new Area("A" + a, "Area " + a, spec.weight(), spec.cap(), fundable, domains));
        }
        return new MatrixFramework("generated", "Generated", "1", LocalDate.of(2025, 4, 1), null, null, 2, areas);
    }

    /** A table whose rows cover whole scores from 0 (or a little above) contiguously. */
    static Arbitrary<BandingTable> tablesFor(MatrixFramework framework) {
        int maxTotal = framework.maxTotal().setScale(0, RoundingMode.CEILING).intValue();
        Arbitrary<List<Integer>> widths = Arbitraries.integers().between(1, 12).list().ofMinSize(1).ofMaxSize(8);
        Arbitrary<Integer> start = Arbitraries.of(0, 0, 0, 1, 5);
        Arbitrary<List<Integer>> amounts = Arbitraries.integers().between(0, 5000).list().ofSize(8);
        Arbitrary<RoundingMode> rounding = Arbitraries.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN,
                RoundingMode.DOWN);
        Arbitrary<List<SettingCategory>> categories = Arbitraries.of(SettingCategory.class).set().ofMinSize(1)
                .map(ArrayList::new);
        return Combinators.combine(widths, start, amounts, rounding, categories)
                .as((w, s, a, r, c) -> table(framework, maxTotal, w, s, a, r, c));
    }

    private static BandingTable table(MatrixFramework framework, int maxTotal, List<Integer> widths, int start,
            List<Integer> steps, RoundingMode rounding, List<SettingCategory> categories) {
        List<BandRow> rows = new ArrayList<>();
        int min = start;
        long pounds = 0;
        for (int i = 0; i < widths.size(); i++) {
            int max = min + widths.get(i) - 1;
            pounds += steps.get(i);
            rows.add(new BandRow("B" + i, BigDecimal.valueOf(min), BigDecimal.valueOf(max),
                    BigDecimal.valueOf(pounds * 100 + i, 2), null, i > 0));
            min = max + 1;
            if (min > maxTotal + 5) {
                break;
            }
        }
        List<SettingBands> settings = new ArrayList<>();
        for (SettingCategory category : categories) {
            settings.add(new SettingBands(category, rows));
        }
        return new BandingTable("generated-tariff", "Generated tariff", "1", framework.key(),
                List.of(framework.version()), framework.effectiveFrom(), null, "GBP", rounding, settings);
    }

    static Arbitrary<Map<String, Integer>> levelsFor(MatrixFramework framework) {
        List<Domain> domains = framework.domains();
        return Arbitraries.integers().between(0, 1000).list().ofSize(domains.size()).map(values -> {
            Map<String, Integer> levels = new LinkedHashMap<>();
            for (int i = 0; i < domains.size(); i++) {
                int level = values.get(i) % (domains.get(i).maxLevel() + 1);
                if (level > 0 || i % 2 == 0) {
                    levels.put(domains.get(i).code(), level);
                }
            }
            return levels;
        });
    }

    static Arbitrary<Scenario> scenarios() {
        return frameworks().flatMap(f -> Combinators.combine(tablesFor(f), levelsFor(f))
                .as((t, l) -> new Scenario(f, t, l)));
    }

    /** Orders outcomes by what they pay: no top-up, then amounts, then exceptional (panel-costed). */
    static BigDecimal payRank(ScoreResult result) {
        return result.exceptional() ? new BigDecimal("1E12") : result.annualAmount();
    }
}
