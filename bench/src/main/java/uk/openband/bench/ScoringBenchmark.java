package uk.openband.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import uk.openband.framework.format.FrameworkFormat;
import uk.openband.framework.scoring.Area;
import uk.openband.framework.scoring.BandFloor;
import uk.openband.framework.scoring.BandRow;
import uk.openband.framework.scoring.BandingTable;
import uk.openband.framework.scoring.Level;
import uk.openband.framework.scoring.SettingBands;
import uk.openband.framework.scoring.Domain;
import uk.openband.framework.scoring.MatrixFramework;
import uk.openband.framework.scoring.ScoreResult;
import uk.openband.framework.scoring.ScoringEngine;
import uk.openband.common.SettingCategory;

/**
 * Scores random assessments of the demo framework: every domain given a random level,
 * setting category rotating over the three in the demo tariff. One operation is one
 * complete assessment scored (areas, total, band, amount and the readable trace).
 * The {@code format2} benchmarks score the same assessments against the demo framework with
 * the top level of two domains marked exceptional and the demo tariff with two floors per
 * setting category (one for an area, one for any area).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScoringBenchmark {

    private static final int SAMPLES = 4096;
    private static final SettingCategory[] CATEGORIES = {SettingCategory.MAINSTREAM,
        SettingCategory.RESOURCED_PROVISION, SettingCategory.SPECIAL};

    private MatrixFramework framework;
    private BandingTable table;
    private ScoringEngine engine;
    private ScoringEngine format2Engine;
    private MatrixFramework format2Framework;
    private BandingTable format2Table;
    private Map<String, Integer>[] assessments;
    private int next;

    @Setup
    @SuppressWarnings("unchecked")
    public void setUp() throws IOException {
        FrameworkFormat format = new FrameworkFormat();
        framework = format.readFramework(resource("/demo/framework.json"));
        table = format.readBandingTable(resource("/demo/banding.json"));
        engine = new ScoringEngine(framework, table);
        format2Framework = withExceptionalLevels(framework, 2);
        format2Table = withFloors(table, framework.areas().get(0).code());
        format2Engine = new ScoringEngine(format2Framework, format2Table);
        List<Domain> domains = framework.domains();
        SplittableRandom random = new SplittableRandom(20250401L);
        assessments = new Map[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            Map<String, Integer> levels = new HashMap<>();
            for (Domain domain : domains) {
                levels.put(domain.code(), random.nextInt(domain.maxLevel() + 1));
            }
            assessments[i] = levels;
        }
    }

    /** The framework with the top level of its first {@code count} domains marked exceptional. */
    static MatrixFramework withExceptionalLevels(MatrixFramework f, int count) {
        List<Area> areas = new ArrayList<>();
        int marked = 0;
        for (Area a : f.areas()) {
            List<Domain> domains = new ArrayList<>();
            for (Domain d : a.domains()) {
                if (marked < count) {
                    marked++;
                    List<Level> levels = new ArrayList<>(d.levels());
                    Level top = levels.remove(levels.size() - 1);
                    levels.add(new Level(top.level(), top.points(), top.descriptors(), true));
                    d = new Domain(d.code(), d.name(), levels);
                }
                domains.add(d);
            }
            areas.add(new Area(a.code(), a.name(), a.weight(), a.cap(), a.fundable(), domains));
        }
        return new MatrixFramework(f.key(), f.name(), f.version(), f.effectiveFrom(), f.effectiveTo(),
                f.changeNote(), f.evidenceRequiredFromLevel(), areas);
    }

    /** The table with two floors per category: the area at 12 or more, any area at 14 or more. */
    static BandingTable withFloors(BandingTable t, String areaCode) {
        List<SettingBands> settings = new ArrayList<>();
        for (SettingBands s : t.settings()) {
            List<BandRow> bands = s.bands();
            List<BandFloor> floors = List.of(
                    new BandFloor(areaCode, BigDecimal.valueOf(12), bands.get(bands.size() / 2).band()),
                    new BandFloor(null, BigDecimal.valueOf(14), bands.get(bands.size() - 2).band()));
            settings.add(new SettingBands(s.category(), floors, bands));
        }
        return new BandingTable(t.key(), t.name(), t.version(), t.frameworkKey(), t.frameworkVersions(),
                t.effectiveFrom(), t.effectiveTo(), t.currency(), t.rounding(), settings);
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ScoringBenchmark.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The API the app calls: {@code ScoringEngine.score(framework, table, category, levels)}. */
    @Benchmark
    public ScoreResult score() {
        int i = next++ & (SAMPLES - 1);
        return ScoringEngine.score(framework, table, CATEGORIES[i % 3], assessments[i]);
    }

    /** An engine prepared once for the framework and table version pair. */
    @Benchmark
    public ScoreResult scorePrepared() {
        int i = next++ & (SAMPLES - 1);
        return engine.score(CATEGORIES[i % 3], assessments[i]);
    }

    /** {@link #score()} with exceptional levels and floors in use. */
    @Benchmark
    public ScoreResult scoreFormat2() {
        int i = next++ & (SAMPLES - 1);
        return ScoringEngine.score(format2Framework, format2Table, CATEGORIES[i % 3], assessments[i]);
    }

    /** {@link #scorePrepared()} with exceptional levels and floors in use. */
    @Benchmark
    public ScoreResult scoreFormat2Prepared() {
        int i = next++ & (SAMPLES - 1);
        return format2Engine.score(CATEGORIES[i % 3], assessments[i]);
    }
}
