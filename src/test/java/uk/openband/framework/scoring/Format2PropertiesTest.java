package uk.openband.framework.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import uk.openband.common.SettingCategory;
import uk.openband.framework.format.FrameworkFormat;

/**
 * The format-2 rules hold for every generated framework and table: floors never lower a
 * result, an exceptional level always wins, a format-1 framework scores as the format-1
 * rules say (and the same when its levels are renumbered from another start), and hours x
 * rate amounts are exact to the penny under each rounding rule.
 */
class Format2PropertiesTest {

    private static final FrameworkFormat FORMAT = new FrameworkFormat();

    @Provide
    Arbitrary<Scenarios.Scenario> scenarios() {
        return Scenarios.scenarios();
    }

    private static SettingCategory category(BandingTable table) {
        return table.settings().get(0).category();
    }

    /** The same table with floors added to every category. */
    private static BandingTable withFloors(BandingTable table, List<int[]> floorSpecs, MatrixFramework framework) {
        List<SettingBands> settings = new ArrayList<>();
        for (SettingBands s : table.settings()) {
            List<BandFloor> floors = new ArrayList<>();
            for (int[] spec : floorSpecs) {
                String area = spec[0] < 0 ? null : framework.areas().get(spec[0] % framework.areas().size()).code();
                String band = s.bands().get(spec[2] % s.bands().size()).band();
                floors.add(new BandFloor(area, BigDecimal.valueOf(spec[1]), band));
            }
            settings.add(new SettingBands(s.category(), floors, s.bands()));
        }
        return new BandingTable(table.key(), table.name(), table.version(), table.frameworkKey(),
                table.frameworkVersions(), table.effectiveFrom(), table.effectiveTo(), table.currency(),
                table.rounding(), settings);
    }

    private static int rank(SettingBands bands, ScoreResult r) {
        if (r.exceptional()) {
            return Integer.MAX_VALUE;
        }
        return r.band() == null ? -1 : bands.indexOfBand(r.band());
    }

    @Provide
    Arbitrary<List<int[]>> floorSpecs() {
        Arbitrary<int[]> one = net.jqwik.api.Combinators.combine(Arbitraries.integers().between(-1, 4),
                Arbitraries.integers().between(0, 30), Arbitraries.integers().between(0, 7))
                .as((a, m, b) -> new int[] {a, m, b});
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 300)
    void floorsNeverLowerAResultAndNeverTouchAnExceptionalOne(@ForAll("scenarios") Scenarios.Scenario s,
            @ForAll("floorSpecs") List<int[]> floors) {
        BandingTable floored = withFloors(s.table(), floors, s.framework());
        SettingCategory category = category(s.table());
        ScoreResult without = ScoringEngine.score(s.framework(), s.table(), category, s.levels());
        ScoreResult with = ScoringEngine.score(s.framework(), floored, category, s.levels());
        SettingBands bands = s.table().settings().get(0);

        assertThat(with.total()).isEqualTo(without.total());
        assertThat(rank(bands, with)).isGreaterThanOrEqualTo(rank(bands, without));
        if (without.exceptional()) {
            assertThat(with).isEqualTo(without);
        }
        if (rank(bands, with) > rank(bands, without)) {
            assertThat(with.trace()).anyMatch(line -> line.startsWith("Floor: "));
            assertThat(with.annualAmount()).isEqualTo(bands.bands().get(rank(bands, with)).annualAmount());
        }
    }

    @Property(tries = 300)
    void anExceptionalLevelAlwaysWins(@ForAll("scenarios") Scenarios.Scenario s,
            @ForAll @IntRange(min = 0, max = 50) int pick) {
        MatrixFramework framework = s.framework();
        Domain target = framework.domains().get(pick % framework.domains().size());
        MatrixFramework marked = markTopLevelExceptional(framework, target.code());
        Map<String, Integer> levels = new LinkedHashMap<>(s.levels());
        levels.put(target.code(), target.maxLevel());
        SettingCategory category = category(s.table());

        ScoreResult plain = ScoringEngine.score(framework, s.table(), category, levels);
        ScoreResult result = ScoringEngine.score(marked, s.table(), category, levels);

        assertThat(result.exceptional()).isTrue();
        assertThat(result.band()).isNull();
        assertThat(result.annualAmount()).isNull();
        assertThat(result.total()).isEqualTo(plain.total());
        assertThat(result.areas()).isEqualTo(plain.areas());
        assertThat(result.exceptionalLevel()).contains("(" + target.code() + ") at level " + target.maxLevel());
        BandingTable floored = withFloors(s.table(), List.<int[]>of(new int[] {-1, 0, 7}), framework);
        assertThat(ScoringEngine.score(marked, floored, category, levels).exceptional()).isTrue();
    }

    private static MatrixFramework markTopLevelExceptional(MatrixFramework f, String domainCode) {
        List<Area> areas = new ArrayList<>();
        for (Area a : f.areas()) {
            List<Domain> domains = new ArrayList<>();
            for (Domain d : a.domains()) {
                if (!d.code().equals(domainCode)) {
                    domains.add(d);
                    continue;
                }
                List<Level> levels = new ArrayList<>(d.levels());
                Level top = levels.remove(levels.size() - 1);
                levels.add(new Level(top.level(), top.points(), top.descriptors(), true));
                domains.add(new Domain(d.code(), d.name(), levels));
            }
            areas.add(new Area(a.code(), a.name(), a.weight(), a.cap(), a.fundable(), domains));
        }
        return new MatrixFramework(f.key(), f.name(), f.version(), f.effectiveFrom(), f.effectiveTo(),
                f.changeNote(), f.evidenceRequiredFromLevel(), areas);
    }

    @Property(tries = 300)
    void aFormatOneFrameworkScoresByTheFormatOneRules(@ForAll("scenarios") Scenarios.Scenario s) {
        SettingCategory category = category(s.table());
        ScoreResult result = ScoringEngine.score(s.framework(), s.table(), category, s.levels());

        BigDecimal total = BigDecimal.ZERO;
        for (Area area : s.framework().areas()) {
            BigDecimal raw = BigDecimal.ZERO;
            for (Domain d : area.domains()) {
                raw = raw.add(d.level(s.levels().getOrDefault(d.code(), 0)).orElseThrow().points());
            }
            BigDecimal weighted = raw.multiply(area.weight());
            BigDecimal score = area.cap() == null ? weighted : weighted.min(area.cap());
            if (area.fundable()) {
                total = total.add(score);
            }
        }
        assertThat(result.total()).isEqualByComparingTo(total);
        List<BandRow> rows = s.table().settings().get(0).bands();
        BandRow found = null;
        for (BandRow row : rows) {
            if (total.compareTo(row.minScore()) >= 0) {
                found = row;
            }
        }
        if (found == null) {
            assertThat(result.band()).isNull();
            assertThat(result.exceptional()).isFalse();
            assertThat(result.annualAmount()).isEqualByComparingTo(BigDecimal.ZERO);
        } else if (found == rows.get(rows.size() - 1) && total.compareTo(found.maxScore()) > 0) {
            assertThat(result.exceptional()).isTrue();
            assertThat(result.annualAmount()).isNull();
        } else {
            assertThat(result.band()).isEqualTo(found.band());
            assertThat(result.annualAmount()).isEqualTo(found.annualAmount());
        }
        assertThat(result.exceptionalLevel()).isNull();
        assertThat(result.trace()).noneMatch(line -> line.startsWith("Floor: "));
        // Written out and read back, the file is still format 1 (no format-2 field) and scores the same.
        String written = FORMAT.writeFramework(s.framework());
        assertThat(written).doesNotContain("\"exceptional\"");
        assertThat(ScoringEngine.score(FORMAT.readFramework(written), s.table(), category, s.levels()))
                .isEqualTo(result);
    }

    @Property(tries = 200)
    void renumberingLevelsFromAnotherStartScoresTheSame(@ForAll("scenarios") Scenarios.Scenario s,
            @ForAll @IntRange(min = 1, max = 5) int start) {
        MatrixFramework shifted = shift(s.framework(), start);
        Map<String, Integer> levels = new LinkedHashMap<>();
        s.levels().forEach((code, level) -> levels.put(code, level + start));
        SettingCategory category = category(s.table());

        ScoreResult original = ScoringEngine.score(s.framework(), s.table(), category, s.levels());
        ScoreResult renumbered = ScoringEngine.score(shifted, s.table(), category, levels);

        assertThat(renumbered.total()).isEqualTo(original.total());
        assertThat(renumbered.band()).isEqualTo(original.band());
        assertThat(renumbered.annualAmount()).isEqualTo(original.annualAmount());
        assertThat(renumbered.trace()).isEqualTo(original.trace());
    }

    private static MatrixFramework shift(MatrixFramework f, int start) {
        List<Area> areas = new ArrayList<>();
        for (Area a : f.areas()) {
            List<Domain> domains = new ArrayList<>();
            for (Domain d : a.domains()) {
                List<Level> levels = d.levels().stream()
                        .map(l -> new Level(l.level() + start, l.points(), l.descriptors())).toList();
                domains.add(new Domain(d.code(), d.name(), levels));
            }
            areas.add(new Area(a.code(), a.name(), a.weight(), a.cap(), a.fundable(), domains));
        }
        return new MatrixFramework(f.key(), f.name(), f.version(), f.effectiveFrom(), f.effectiveTo(), f.changeNote(),
                f.evidenceRequiredFromLevel(), areas);
    }

    @Provide
    Arbitrary<RoundingMode> roundings() {
        return Arbitraries.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN);
    }

    @Property(tries = 500)
    void hoursTimesRateIsExactToThePennyUnderEachRounding(@ForAll @IntRange(min = 1, max = 160) int halfHours,
            @ForAll @IntRange(min = 1, max = 10000) int ratePence, @ForAll @IntRange(min = 1, max = 52) int weeks,
            @ForAll("roundings") RoundingMode rounding) {
        BigDecimal hours = BigDecimal.valueOf(halfHours, 0).divide(BigDecimal.valueOf(2));
        BigDecimal rate = BigDecimal.valueOf(ratePence, 2);
        BigDecimal exact = hours.multiply(rate).multiply(BigDecimal.valueOf(weeks));
        String file = """
                { "kind": "banding-table", "key": "h", "name": "Hours", "version": "1",
                  "framework": { "key": "f", "versions": ["1"] }, "effectiveFrom": "2025-04-01", "rounding": "%s",
                  "settings": [ { "category": "MAINSTREAM", "bands": [
                    { "band": "H", "minScore": 0, "maxScore": 10, "hoursPerWeek": %s, "hourlyRate": "%s",
                      "weeksPerYear": %d } ] } ] }
                """.formatted(rounding.name(), hours.toPlainString(), rate.toPlainString(), weeks);
        BandingTable table = FORMAT.readBandingTable(file);
        BigDecimal amount = table.settings().get(0).bands().get(0).annualAmount();

        assertThat(amount.scale()).isEqualTo(2);
        assertThat(amount).isEqualTo(exact.setScale(2, rounding));
        assertThat(amount.subtract(exact).abs()).isLessThan(new BigDecimal("0.01"));
        if (rounding == RoundingMode.DOWN) {
            assertThat(amount).isLessThanOrEqualTo(exact);
        } else {
            assertThat(amount.subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
        }
        // The written file carries the amount and reads back to the same table.
        String written = FORMAT.writeBandingTable(table);
        assertThat(written).contains("\"annualAmount\": \"" + amount.toPlainString() + "\"");
        assertThat(FORMAT.readBandingTable(written)).isEqualTo(table);
    }
}
