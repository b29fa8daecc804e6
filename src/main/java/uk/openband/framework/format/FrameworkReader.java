package uk.openband.framework.format;

import uk.openband.platform.json.FormatException;
import uk.openband.platform.json.Fields;

import static uk.openband.platform.json.Fields.path;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import uk.openband.framework.scoring.Area;
import uk.openband.framework.scoring.Decimals;
import uk.openband.framework.scoring.Domain;
import uk.openband.framework.scoring.Level;
import uk.openband.framework.scoring.MatrixFramework;

/** Validates a matrix framework tree against every rule of the format and builds the model. */
final class FrameworkReader {

    static final String KIND = "matrix-framework";

    private static final Set<String> ROOT = Set.of("kind", "key", "name", "version", "effectiveFrom",
            "effectiveTo", "changeNote", "evidenceRequiredFromLevel", "areas");
    private static final Set<String> AREA = Set.of("code", "name", "weight", "cap", "fundable", "domains");
    private static final Set<String> DOMAIN = Set.of("code", "name", "levels");
    private static final Set<String> LEVEL = Set.of("level", "points", "exceptional", "descriptors");

    private final Fields f = new Fields();
    private final Map<String, String> areaCodes = new HashMap<>();
    private final Map<String, String> domainCodes = new HashMap<>();

    static MatrixFramework read(JsonNode root) {
        FrameworkReader reader = new FrameworkReader();
        MatrixFramework framework = reader.framework(root);
        if (!reader.f.errors().isEmpty()) {
            throw new FormatException(reader.f.errors());
        }
        return framework;
    }

    private MatrixFramework framework(JsonNode root) {
        f.object(root, "", ROOT);
        f.kind(root, KIND);
        String key = f.string(root, "", "key", true);
        String name = f.string(root, "", "name", true);
        String version = f.string(root, "", "version", true);
        LocalDate from = f.date(root, "", "effectiveFrom", true);
        LocalDate to = f.date(root, "", "effectiveTo", false);
        if (from != null && to != null && to.isBefore(from)) {
            f.error("effectiveTo", "must not be before effectiveFrom (" + from + ")");
        }
        String changeNote = f.text(root, "", "changeNote");
        Integer evidenceFrom = f.wholeNumber(root, "", "evidenceRequiredFromLevel", false);
        if (evidenceFrom != null && evidenceFrom < 0) {
            f.error("evidenceRequiredFromLevel", "must be >= 0");
        }
        List<Area> areas = new ArrayList<>();
        JsonNode list = f.array(root, "", "areas", 1, "must have at least one area");
        if (list != null) {
            for (int i = 0; i < list.size(); i++) {
                Area area = area(list.get(i), path("areas", i));
                if (area != null) {
                    areas.add(area);
                }
            }
        }
        if (!f.errors().isEmpty()) {
            return null;
        }
        return new MatrixFramework(key, name, version, from, to, changeNote, evidenceFrom, areas);
    }

    private Area area(JsonNode node, String at) {
        int before = f.errorCount();
        if (!f.object(node, at, AREA)) {
            return null;
        }
        String code = f.string(node, at, "code", true);
        if (code != null) {
            String first = areaCodes.putIfAbsent(code, at);
            if (first != null) {
                f.error(path(at, "code"), "duplicate area code \"" + code + "\" (also " + first + ")");
            }
        }
        String name = f.string(node, at, "name", true);
        BigDecimal weight = f.number(node, at, "weight", false);
        if (weight != null && weight.signum() <= 0) {
            f.error(path(at, "weight"), "must be > 0");
        }
        BigDecimal cap = f.number(node, at, "cap", false);
        if (cap != null && cap.signum() < 0) {
            f.error(path(at, "cap"), "must be >= 0");
        }
        Boolean fundable = f.bool(node, at, "fundable");
        List<Domain> domains = new ArrayList<>();
        JsonNode list = f.array(node, at, "domains", 1, "must have at least one domain");
        if (list != null) {
            for (int i = 0; i < list.size(); i++) {
                Domain domain = domain(list.get(i), path(path(at, "domains"), i));
                if (domain != null) {
                    domains.add(domain);
                }
            }
        }
        if (f.errorCount() > before) {
            return null;
        }
        return new Area(code, name, weight == null ? BigDecimal.ONE : weight, cap,
                fundable == null || fundable, domains);
    }

    private Domain domain(JsonNode node, String at) {
        int before = f.errorCount();
        if (!f.object(node, at, DOMAIN)) {
            return null;
        }
        String code = f.string(node, at, "code", true);
        if (code != null) {
            String first = domainCodes.putIfAbsent(code, at);
            if (first != null) {
                f.error(path(at, "code"), "duplicate domain code \"" + code + "\" (also " + first + ")");
            }
        }
        String name = f.string(node, at, "name", true);
        List<Level> levels = new ArrayList<>();
        JsonNode list = f.array(node, at, "levels", 2, "must have at least two levels");
        if (list != null) {
            levels(list, path(at, "levels"), levels);
        }
        if (f.errorCount() > before) {
            return null;
        }
        return new Domain(code, name, levels);
    }

    private void levels(JsonNode list, String at, List<Level> levels) {
        boolean sequenceReported = false;
        BigDecimal previousPoints = null;
        Set<Integer> seen = new java.util.HashSet<>();
        Integer first = null;
        for (int i = 0; i < list.size(); i++) {
            String levelAt = path(at, i);
            int before = f.errorCount();
            JsonNode node = list.get(i);
            if (!f.object(node, levelAt, LEVEL)) {
                previousPoints = null;
                continue;
            }
            Integer number = f.wholeNumber(node, levelAt, "level", true);
            if (i == 0 && number != null) {
                first = number;
                if (number < 0) {
                    sequenceReported = true;
                    f.error(path(levelAt, "level"), "levels must start at 0 or above, found " + number);
                }
            }
            int expected = (first == null ? 0 : first) + i;
            if (number != null && number != expected && !sequenceReported) {
                sequenceReported = true;
                f.error(path(levelAt, "level"), sequenceMessage(expected, number, seen));
            }
            if (number != null) {
                seen.add(number);
            }
            BigDecimal points = f.number(node, levelAt, "points", true);
            if (points != null && points.signum() < 0) {
                f.error(path(levelAt, "points"), "must be >= 0");
            } else if (points != null && previousPoints != null && points.compareTo(previousPoints) < 0) {
                f.error(path(levelAt, "points"), "must not fall as the level rises (the level before has "
                        + Decimals.text(previousPoints) + ")");
            }
            previousPoints = points;
            Boolean exceptional = f.bool(node, levelAt, "exceptional");
            if (i == 0 && Boolean.TRUE.equals(exceptional)) {
                f.error(path(levelAt, "exceptional"), "the lowest level is the \"no additional need\" answer and"
                        + " cannot be exceptional");
            }
            List<String> descriptors = descriptors(node, levelAt);
            if (f.errorCount() == before) {
                levels.add(new Level(number, points, descriptors, exceptional != null && exceptional));
            }
        }
    }

    private static String sequenceMessage(int expected, int number, Set<Integer> seen) {
        if (seen.contains(number)) {
            return "duplicate level " + number;
        }
        return "level " + expected + " is missing (levels rise by 1), found " + number;
    }

    private List<String> descriptors(JsonNode node, String at) {
        List<String> descriptors = new ArrayList<>();
        JsonNode list = f.array(node, at, "descriptors", 1, "must have at least one descriptor");
        if (list == null) {
            return descriptors;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode d = list.get(i);
            String descriptorAt = path(path(at, "descriptors"), i);
            if (d == null || !d.isString()) {
                f.error(descriptorAt, "must be a string");
            } else if (d.stringValue().isBlank()) {
                f.error(descriptorAt, "must not be blank");
            } else {
                descriptors.add(d.stringValue());
            }
        }
        return descriptors;
    }
}
