package uk.openband.framework.format;

import uk.openband.platform.json.FormatException;
import uk.openband.platform.json.Fields;

import static uk.openband.platform.json.Fields.path;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import uk.openband.framework.scoring.BandFloor;
import uk.openband.framework.scoring.BandRow;
import uk.openband.framework.scoring.HourlyRate;
import uk.openband.framework.scoring.BandingTable;
import uk.openband.framework.scoring.Decimals;
import uk.openband.framework.scoring.SettingBands;
import uk.openband.common.SettingCategory;

/** Validates a banding table tree against every rule of the format and builds the model. */
final class BandingReader {

    static final String KIND = "banding-table";
    static final Set<String> ROUNDING = Set.of("HALF_UP", "HALF_EVEN", "DOWN");

    private static final Set<String> ROOT = Set.of("kind", "key", "name", "version", "framework",
            "effectiveFrom", "effectiveTo", "currency", "rounding", "settings");
    private static final Set<String> FRAMEWORK = Set.of("key", "versions");
    private static final Set<String> SETTING = Set.of("category", "floors", "bands");
    private static final Set<String> FLOOR = Set.of("area", "minAreaScore", "band");
    private static final Set<String> BAND = Set.of("band", "minScore", "maxScore", "hoursPerWeek", "hourlyRate",
            "weeksPerYear", "annualAmount", "termlyAmount", "topUp");
    private static final String CATEGORIES = Arrays.stream(SettingCategory.values())
            .map(Enum::name).collect(Collectors.joining(", "));

    private final Fields f = new Fields();
    private RoundingMode roundingMode = RoundingMode.HALF_UP;

    static BandingTable read(JsonNode root) {
        BandingReader reader = new BandingReader();
        BandingTable table = reader.table(root);
        if (!reader.f.errors().isEmpty()) {
            throw new FormatException(reader.f.errors());
        }
        return table;
    }

    private BandingTable table(JsonNode root) {
        f.object(root, "", ROOT);
        f.kind(root, KIND);
        String key = f.string(root, "", "key", true);
        String name = f.string(root, "", "name", true);
        String version = f.string(root, "", "version", true);
        String frameworkKey = null;
        List<String> frameworkVersions = new ArrayList<>();
        JsonNode framework = root.get("framework");
        if (framework == null || framework.isNull()) {
            f.error("framework", "is required");
        } else if (f.object(framework, "framework", FRAMEWORK)) {
            frameworkKey = f.string(framework, "framework", "key", true);
            frameworkVersions = frameworkVersions(framework);
        }
        LocalDate from = f.date(root, "", "effectiveFrom", true);
        LocalDate to = f.date(root, "", "effectiveTo", false);
        if (from != null && to != null && to.isBefore(from)) {
            f.error("effectiveTo", "must not be before effectiveFrom (" + from + ")");
        }
        String currency = f.string(root, "", "currency", false);
        if (currency != null && !currency.equals("GBP")) {
            f.error("currency", "must be \"GBP\"");
        }
        String rounding = f.string(root, "", "rounding", false);
        if (rounding != null && !ROUNDING.contains(rounding)) {
            f.error("rounding", "must be one of HALF_UP, HALF_EVEN, DOWN");
        }
        if (rounding != null && ROUNDING.contains(rounding)) {
            roundingMode = RoundingMode.valueOf(rounding);
        }
        List<SettingBands> settings = settings(root);
        if (!f.errors().isEmpty()) {
            return null;
        }
        return new BandingTable(key, name, version, frameworkKey, frameworkVersions, from, to, "GBP",
                rounding == null ? RoundingMode.HALF_UP : RoundingMode.valueOf(rounding), settings);
    }

    private List<String> frameworkVersions(JsonNode framework) {
        List<String> versions = new ArrayList<>();
        JsonNode list = f.array(framework, "framework", "versions", 1, "must list at least one framework version");
        if (list == null) {
            return versions;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode v = list.get(i);
            String at = path("framework.versions", i);
            if (!v.isString() || v.stringValue().isBlank()) {
                f.error(at, "must be a non-blank string");
            } else if (versions.contains(v.stringValue())) {
                f.error(at, "duplicate version \"" + v.stringValue() + "\"");
            } else {
                versions.add(v.stringValue());
            }
        }
        return versions;
    }

    private List<SettingBands> settings(JsonNode root) {
        List<SettingBands> settings = new ArrayList<>();
        JsonNode list = f.array(root, "", "settings", 1, "must have at least one setting category");
        if (list == null) {
            return settings;
        }
        Map<SettingCategory, String> seen = new EnumMap<>(SettingCategory.class);
        for (int i = 0; i < list.size(); i++) {
            String at = path("settings", i);
            int before = f.errorCount();
            JsonNode node = list.get(i);
            if (!f.object(node, at, SETTING)) {
                continue;
            }
            SettingCategory category = category(node, at, seen);
            List<BandRow> bands = bands(node, at);
            List<BandFloor> floors = floors(node, at, bands);
            if (f.errorCount() == before) {
                settings.add(new SettingBands(category, floors, bands));
            }
        }
        return settings;
    }

    private SettingCategory category(JsonNode node, String at, Map<SettingCategory, String> seen) {
        String name = f.string(node, at, "category", true);
        if (name == null) {
            return null;
        }
        SettingCategory category;
        try {
            category = SettingCategory.valueOf(name);
        } catch (IllegalArgumentException e) {
            f.error(path(at, "category"), "unknown category \"" + name + "\" (expected one of " + CATEGORIES + ")");
            return null;
        }
        String first = seen.putIfAbsent(category, at);
        if (first != null) {
            f.error(path(at, "category"), "category " + name + " appears more than once (also " + first + ")");
        }
        return category;
    }

    private List<BandRow> bands(JsonNode setting, String settingAt) {
        List<BandRow> rows = new ArrayList<>();
        JsonNode list = f.array(setting, settingAt, "bands", 1, "must have at least one band");
        if (list == null) {
            return rows;
        }
        Map<String, String> names = new HashMap<>();
        String previousName = null;
        BigDecimal previousMin = null;
        BigDecimal previousMax = null;
        for (int i = 0; i < list.size(); i++) {
            String at = path(path(settingAt, "bands"), i);
            int before = f.errorCount();
            JsonNode node = list.get(i);
            if (!f.object(node, at, BAND)) {
                previousMax = null;
                continue;
            }
            String band = f.string(node, at, "band", true);
            if (band != null) {
                String first = names.putIfAbsent(band, at);
                if (first != null) {
                    f.error(path(at, "band"), "duplicate band \"" + band + "\" (also " + first + ")");
                }
            }
            BigDecimal min = score(node, at, "minScore");
            BigDecimal max = score(node, at, "maxScore");
            if (min != null && max != null && max.compareTo(min) < 0) {
                f.error(path(at, "maxScore"), "must be >= minScore (" + Decimals.text(min) + ")");
            }
            if (min != null && previousMax != null) {
                String previous = "band \"" + previousName + "\" (" + Decimals.text(previousMin) + ".."
                        + Decimals.text(previousMax) + ")";
                if (min.compareTo(previousMax) <= 0) {
                    f.error(path(at, "minScore"), "overlaps " + previous);
                } else if (min.subtract(previousMax).compareTo(BigDecimal.ONE) > 0) {
                    f.error(path(at, "minScore"), "leaves a gap after " + previous
                            + ": a row may start at most 1 above the previous row's end");
                }
            }
            HourlyRate hours = hours(node, at);
            boolean hoursGiven = node.has("hoursPerWeek") || node.has("hourlyRate") || node.has("weeksPerYear");
            BigDecimal annual = f.money(node, at, "annualAmount", !hoursGiven);
            if (hours != null && annual != null) {
                BigDecimal computed = hours.annualAmount(roundingMode);
                if (computed.compareTo(annual) != 0) {
                    f.error(path(at, "annualAmount"), "band \"" + band + "\": " + annual.toPlainString()
                            + " does not agree with hoursPerWeek x hourlyRate x weeksPerYear = " + hoursText(hours)
                            + " = " + computed.toPlainString() + " (rounded " + roundingMode + ")");
                }
            } else if (hours != null) {
                annual = hours.annualAmount(roundingMode);
            }
            BigDecimal termly = f.money(node, at, "termlyAmount", false);
            Boolean topUp = f.bool(node, at, "topUp");
            if (min != null && max != null) {
                previousName = band;
                previousMin = min;
                previousMax = max;
            } else {
                previousMax = null;
            }
            if (f.errorCount() == before) {
                rows.add(new BandRow(band, min, max, annual, termly, topUp == null || topUp, hours));
            }
        }
        return rows;
    }

    /** The band's hours a week, hourly rate and weeks a year: all three or none. */
    private HourlyRate hours(JsonNode node, String at) {
        boolean any = node.has("hoursPerWeek") || node.has("hourlyRate") || node.has("weeksPerYear");
        if (!any) {
            return null;
        }
        int before = f.errorCount();
        BigDecimal hours = positive(node, at, "hoursPerWeek");
        BigDecimal rate = f.money(node, at, "hourlyRate", true);
        BigDecimal weeks = positive(node, at, "weeksPerYear");
        if (weeks != null && weeks.compareTo(new BigDecimal("53")) > 0) {
            f.error(path(at, "weeksPerYear"), "must be at most 53");
        }
        if (f.errorCount() > before) {
            return null;
        }
        return new HourlyRate(hours, rate, weeks);
    }

    private static String hoursText(HourlyRate hours) {
        return Decimals.text(hours.hoursPerWeek()) + " x " + hours.hourlyRate().toPlainString() + " x "
                + Decimals.text(hours.weeksPerYear());
    }

    private BigDecimal positive(JsonNode node, String at, String name) {
        BigDecimal value = f.number(node, at, name, true);
        if (value != null && value.signum() <= 0) {
            f.error(path(at, name), "must be > 0");
            return null;
        }
        return value;
    }

    /** The category's floors; each must name one of the category's bands. */
    private List<BandFloor> floors(JsonNode setting, String settingAt, List<BandRow> bands) {
        List<BandFloor> floors = new ArrayList<>();
        JsonNode list = setting.get("floors");
        if (list == null || list.isNull()) {
            return floors;
        }
        String listAt = path(settingAt, "floors");
        if (!list.isArray()) {
            f.error(listAt, "must be an array");
            return floors;
        }
        Set<String> names = new java.util.HashSet<>();
        bands.forEach(b -> names.add(b.band()));
        for (int i = 0; i < list.size(); i++) {
            String at = path(listAt, i);
            int before = f.errorCount();
            JsonNode node = list.get(i);
            if (!f.object(node, at, FLOOR)) {
                continue;
            }
            String area = f.string(node, at, "area", false);
            BigDecimal min = score(node, at, "minAreaScore");
            String band = f.string(node, at, "band", true);
            if (band != null && !names.contains(band)) {
                f.error(path(at, "band"), "unknown band \"" + band + "\": a floor must name a band of the same"
                        + " category");
            }
            if (f.errorCount() == before) {
                floors.add(new BandFloor(area, min, band));
            }
        }
        return floors;
    }

    private BigDecimal score(JsonNode node, String at, String name) {
        BigDecimal value = f.number(node, at, name, true);
        if (value != null && value.signum() < 0) {
            f.error(path(at, name), "must be >= 0");
            return null;
        }
        return value;
    }
}
