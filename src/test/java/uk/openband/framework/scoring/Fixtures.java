package uk.openband.framework.scoring;

import uk.openband.common.SettingCategory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.openband.framework.format.FrameworkFormat;

/** Frameworks and tables for tests: the demo files and small hand-built ones. */
public final class Fixtures {

    private static final FrameworkFormat FORMAT = new FrameworkFormat();

    private Fixtures() {
    }

    public static String resource(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static MatrixFramework demoFramework() {
        return FORMAT.readFramework(resource("/demo/framework.json"));
    }

    public static BandingTable demoBanding() {
        return FORMAT.readBandingTable(resource("/demo/banding.json"));
    }

    /** {@code "CL1=3;CL2=4"} as a map; blank gives an empty map. */
    public static Map<String, Integer> levels(String text) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return levels;
        }
        for (String pair : text.split(";")) {
            String[] kv = pair.split("=");
            levels.put(kv[0].trim(), Integer.parseInt(kv[1].trim()));
        }
        return levels;
    }

    public static Domain domain(String code, int... points) {
        List<Level> levels = new ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            levels.add(new Level(i, BigDecimal.valueOf(points[i]), List.of("Level " + i + " of " + code)));
        }
        return new Domain(code, "Domain " + code, levels);
    }

    public static Area area(String code, String name, String weight, String cap, boolean fundable, Domain... domains) {
        return new Area(code, name, new BigDecimal(weight), cap == null ? null : new BigDecimal(cap), fundable,
                Arrays.asList(domains));
    }

    public static BandRow row(String band, String min, String max, String annual) {
        return new BandRow(band, new BigDecimal(min), new BigDecimal(max), new BigDecimal(annual), null, true);
    }

    /**
     * The unit-test framework: CL (x4, cap 16, two domains), CI (x2), SP (x1), HW (x0.5)
     * and SB (not fundable).
     */
    public static MatrixFramework smallFramework() {
        return new MatrixFramework("test-matrix", "Test matrix", "1", LocalDate.of(2025, 4, 1), null, null, 2,
                List.of(
                        area("CL", "Cognition and learning", "4", "16", true, domain("CL1", 0, 1, 2, 3, 4),
                                domain("CL2", 0, 1, 2, 3, 4)),
                        area("CI", "Communication and interaction", "2", null, true, domain("CI1", 0, 1, 2, 3, 4)),
                        area("SP", "Sensory and physical", "1", null, true, domain("SP1", 0, 1, 2, 3)),
                        area("HW", "Half weight", "0.5", null, true, domain("HW1", 0, 1, 2, 3)),
                        area("SB", "Social behaviour", "1", null, false, domain("SB1", 0, 1, 2, 3))));
    }

    /**
     * MAINSTREAM: A1 10-14 (termly given), A2 15-19, 3 20-29, 4 30-45; nothing below 10.
     * SPECIAL: Local offer 0-9 (no top-up), S1 10-40.
     */
    public static BandingTable smallTable() {
        return new BandingTable("test-tariff", "Test tariff", "1", "test-matrix", List.of("1"),
                LocalDate.of(2025, 4, 1), null, "GBP", RoundingMode.HALF_UP, List.of(
                        new SettingBands(SettingCategory.MAINSTREAM, List.of(
                                new BandRow("A1", new BigDecimal("10"), new BigDecimal("14"), new BigDecimal("753"),
                                        new BigDecimal("251"), true),
                                row("A2", "15", "19", "1494.00"),
                                row("3", "20", "29", "5300.00"),
                                row("4", "30", "45", "8000.00"))),
                        new SettingBands(SettingCategory.SPECIAL, List.of(
                                new BandRow("Local offer", BigDecimal.ZERO, new BigDecimal("9"), BigDecimal.ZERO, null,
                                        false),
                                row("S1", "10", "40", "9000.00")))));
    }
}
