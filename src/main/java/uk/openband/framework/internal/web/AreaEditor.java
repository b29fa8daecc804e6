package uk.openband.framework.internal.web;

import uk.openband.platform.web.PageErrors;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.openband.platform.json.FieldError;
import uk.openband.framework.scoring.Area;
import uk.openband.framework.scoring.Decimals;
import uk.openband.framework.scoring.Domain;
import uk.openband.framework.scoring.Level;

/**
 * The edit form for one area of a draft framework: its name, weight, cap and whether it is
 * fundable; its domains' names; each level's points and descriptors (one per line, so adding,
 * removing and reordering descriptors is editing lines). Inputs are read by name from an
 * explicit list, never bound wholesale. The edit is applied to the whole document, which is
 * then validated by the interchange format's rules; errors come back to the field they name.
 */
public final class AreaEditor {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern AREA_PATH = Pattern.compile(
            "areas\\[(\\d+)]\\.(name|weight|cap|fundable|domains\\[(\\d+)]\\.(name|levels\\[(\\d+)]\\.(points|descriptors).*))");

    /** The submitted (or current) values, by input name. */
    public record Values(long lockVersion, String name, String weight, String cap, boolean fundable,
            List<DomainValues> domains) {
    }

    public record DomainValues(String code, String name, List<LevelValues> levels) {
    }

    public record LevelValues(int level, String points, String descriptors) {
    }

    private AreaEditor() {
    }

    public static String domainName(int d) {
        return "domain-" + d + "-name";
    }

    public static String points(int d, int l) {
        return "domain-" + d + "-level-" + l + "-points";
    }

    public static String descriptors(int d, int l) {
        return "domain-" + d + "-level-" + l + "-descriptors";
    }

    /** The form filled with the area as saved. */
    public static Values of(Area area, long lockVersion) {
        List<DomainValues> domains = new ArrayList<>();
        for (Domain d : area.domains()) {
            List<LevelValues> levels = new ArrayList<>();
            for (Level l : d.levels()) {
                levels.add(new LevelValues(l.level(), Decimals.text(l.points()), String.join("\n", l.descriptors())));
            }
            domains.add(new DomainValues(d.code(), d.name(), levels));
        }
        return new Values(lockVersion, area.name(), Decimals.text(area.weight()),
                area.cap() == null ? "" : Decimals.text(area.cap()), area.fundable(), domains);
    }

    /** The form as submitted: only the inputs this area has are read. */
    public static Values submitted(Area area, Map<String, String> params) {
        List<DomainValues> domains = new ArrayList<>();
        for (int d = 0; d < area.domains().size(); d++) {
            Domain domain = area.domains().get(d);
            List<LevelValues> levels = new ArrayList<>();
            for (int l = 0; l < domain.levels().size(); l++) {
                levels.add(new LevelValues(domain.levels().get(l).level(), text(params, points(d, l)),
                        text(params, descriptors(d, l))));
            }
            domains.add(new DomainValues(domain.code(), text(params, domainName(d)), levels));
        }
        long lock;
        try {
            lock = Long.parseLong(text(params, "lockVersion"));
        } catch (NumberFormatException e) {
            lock = -1;
        }
        return new Values(lock, text(params, "name"), text(params, "weight"), text(params, "cap"),
                "true".equals(params.get("fundable")), domains);
    }

    /** The whole document with this area's values put in, as JSON for the format's reader. */
    public static String apply(String documentJson, int areaIndex, Values values) {
        ObjectNode doc = (ObjectNode) JSON.readTree(documentJson);
        ObjectNode area = (ObjectNode) doc.get("areas").get(areaIndex);
        area.put("name", values.name());
        putNumber(area, "weight", values.weight(), false);
        putNumber(area, "cap", values.cap(), true);
        area.put("fundable", values.fundable());
        JsonNode domains = area.get("domains");
        for (int d = 0; d < values.domains().size(); d++) {
            DomainValues dv = values.domains().get(d);
            ObjectNode domain = (ObjectNode) domains.get(d);
            domain.put("name", dv.name());
            for (int l = 0; l < dv.levels().size(); l++) {
                ObjectNode level = (ObjectNode) domain.get("levels").get(l);
                putNumber(level, "points", dv.levels().get(l).points(), false);
                ArrayNode lines = level.putArray("descriptors");
                Arrays.stream(dv.levels().get(l).descriptors().split("\\R"))
                        .map(String::strip).filter(s -> !s.isEmpty()).forEach(lines::add);
            }
        }
        return JSON.writeValueAsString(doc);
    }

    /**
     * Turns the format's errors into page errors on this area's inputs. {@code label} gives
     * the words for an input: (input id, the reader's message) to a full sentence.
     */
    public static PageErrors errors(List<FieldError> errors, int areaIndex,
            BiFunction<String, String, String> label) {
        PageErrors page = new PageErrors();
        for (FieldError e : errors) {
            Matcher m = AREA_PATH.matcher(e.path());
            String field = "name";
            boolean mapped = false;
            if (m.matches() && Integer.parseInt(m.group(1)) == areaIndex) {
                mapped = true;
                if (m.group(3) == null) {
                    field = m.group(2);
                } else if (m.group(5) == null) {
                    field = domainName(Integer.parseInt(m.group(3)));
                } else if ("points".equals(m.group(6))) {
                    field = points(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(5)));
                } else {
                    field = descriptors(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(5)));
                }
            }
            page.add(field, mapped ? label.apply(field, e.message()) : e.toString());
        }
        return page;
    }

    /** Puts a number typed in a form; text that is not a number is kept as text for the format to refuse. */
    static void putNumber(ObjectNode node, String name, String text, boolean nullable) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty() && nullable) {
            node.putNull(name);
            return;
        }
        try {
            node.put(name, new BigDecimal(value));
        } catch (NumberFormatException e) {
            node.put(name, value);
        }
    }

    /** A submitted input, or empty. */
    static String text(Map<String, String> params, String name) {
        String v = params.get(name);
        return v == null ? "" : v;
    }
}
