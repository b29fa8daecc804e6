package uk.openband.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
import uk.openband.framework.scoring.BandingTable;
import uk.openband.framework.scoring.Domain;
import uk.openband.framework.scoring.MatrixFramework;
import uk.openband.framework.scoring.ScoreResult;
import uk.openband.framework.scoring.ScoringEngine;
import uk.openband.common.SettingCategory;

/**
 * Scores random assessments of the demo framework: every domain given a random level,
 * setting category rotating over the three in the demo tariff. One operation is one
 * complete assessment scored (areas, total, band, amount and the readable trace).
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
    private Map<String, Integer>[] assessments;
    private int next;

    @Setup
    @SuppressWarnings("unchecked")
    public void setUp() throws IOException {
        FrameworkFormat format = new FrameworkFormat();
        framework = format.readFramework(resource("/demo/framework.json"));
        table = format.readBandingTable(resource("/demo/banding.json"));
        engine = new ScoringEngine(framework, table);
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
}
