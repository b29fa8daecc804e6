package uk.openband.framework.format;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import uk.openband.framework.scoring.Area;
import uk.openband.framework.scoring.BandFloor;
import uk.openband.framework.scoring.BandRow;
import uk.openband.framework.scoring.HourlyRate;
import uk.openband.framework.scoring.BandingTable;
import uk.openband.framework.scoring.Decimals;
import uk.openband.framework.scoring.Domain;
import uk.openband.framework.scoring.Level;
import uk.openband.framework.scoring.MatrixFramework;
import uk.openband.common.Money;
import uk.openband.framework.scoring.SettingBands;

/**
 * Writes the canonical JSON form: keys in the order of the format document, two-space
 * indent, one level or band row per line, numbers without trailing zeros, money as
 * strings with two decimal places, LF line ends and a final newline. The same model
 * always gives the same bytes.
 */
final class CanonicalWriter {

    private final StringBuilder out = new StringBuilder(8192);

    private CanonicalWriter() {
    }

    static String framework(MatrixFramework framework) {
        CanonicalWriter w = new CanonicalWriter();
        w.out.append("{\n");
        w.property(1, "kind", str(FrameworkReader.KIND), true);
        w.property(1, "key", str(framework.key()), true);
        w.property(1, "name", str(framework.name()), true);
        w.property(1, "version", str(framework.version()), true);
        w.property(1, "effectiveFrom", str(framework.effectiveFrom().toString()), true);
        w.property(1, "effectiveTo", framework.effectiveTo() == null ? "null" : str(framework.effectiveTo().toString()), true);
        w.property(1, "changeNote", framework.changeNote() == null ? "null" : str(framework.changeNote()), true);
        w.property(1, "evidenceRequiredFromLevel", String.valueOf(framework.evidenceRequiredFromLevel()), true);
        w.indent(1).append("\"areas\": [\n");
        for (Iterator<Area> it = framework.areas().iterator(); it.hasNext();) {
            w.area(it.next(), it.hasNext());
        }
        w.indent(1).append("]\n}\n");
        return w.out.toString();
    }

    private void area(Area area, boolean more) {
        indent(2).append("{\n");
        property(3, "code", str(area.code()), true);
        property(3, "name", str(area.name()), true);
        property(3, "weight", num(area.weight()), true);
        property(3, "cap", area.cap() == null ? "null" : num(area.cap()), true);
        property(3, "fundable", String.valueOf(area.fundable()), true);
        indent(3).append("\"domains\": [\n");
        for (Iterator<Domain> it = area.domains().iterator(); it.hasNext();) {
            domain(it.next(), it.hasNext());
        }
        indent(3).append("]\n");
        indent(2).append(more ? "},\n" : "}\n");
    }

    private void domain(Domain domain, boolean more) {
        indent(4).append("{\n");
        property(5, "code", str(domain.code()), true);
        property(5, "name", str(domain.name()), true);
        indent(5).append("\"levels\": [\n");
        for (Iterator<Level> it = domain.levels().iterator(); it.hasNext();) {
            Level level = it.next();
            indent(6).append("{ \"level\": ").append(level.level())
                    .append(", \"points\": ").append(num(level.points()))
                    .append(level.exceptional() ? ", \"exceptional\": true" : "")
                    .append(", \"descriptors\": ").append(strings(level.descriptors()))
                    .append(it.hasNext() ? " },\n" : " }\n");
        }
        indent(5).append("]\n");
        indent(4).append(more ? "},\n" : "}\n");
    }

    static String bandingTable(BandingTable table) {
        CanonicalWriter w = new CanonicalWriter();
        w.out.append("{\n");
        w.property(1, "kind", str(BandingReader.KIND), true);
        w.property(1, "key", str(table.key()), true);
        w.property(1, "name", str(table.name()), true);
        w.property(1, "version", str(table.version()), true);
        w.property(1, "framework", "{ \"key\": " + str(table.frameworkKey()) + ", \"versions\": "
                + strings(table.frameworkVersions()) + " }", true);
        w.property(1, "effectiveFrom", str(table.effectiveFrom().toString()), true);
        w.property(1, "effectiveTo", table.effectiveTo() == null ? "null" : str(table.effectiveTo().toString()), true);
        w.property(1, "currency", str(table.currency()), true);
        w.property(1, "rounding", str(table.rounding().name()), true);
        w.indent(1).append("\"settings\": [\n");
        for (Iterator<SettingBands> it = table.settings().iterator(); it.hasNext();) {
            w.setting(it.next(), it.hasNext());
        }
        w.indent(1).append("]\n}\n");
        return w.out.toString();
    }

    private void setting(SettingBands setting, boolean more) {
        indent(2).append("{\n");
        property(3, "category", str(setting.category().name()), true);
        if (!setting.floors().isEmpty()) {
            indent(3).append("\"floors\": [\n");
            for (Iterator<BandFloor> it = setting.floors().iterator(); it.hasNext();) {
                BandFloor floor = it.next();
                indent(4).append("{ ");
                if (floor.area() != null) {
                    out.append("\"area\": ").append(str(floor.area())).append(", ");
                }
                out.append("\"minAreaScore\": ").append(num(floor.minAreaScore()))
                        .append(", \"band\": ").append(str(floor.band()))
                        .append(it.hasNext() ? " },\n" : " }\n");
            }
            indent(3).append("],\n");
        }
        indent(3).append("\"bands\": [\n");
        for (Iterator<BandRow> it = setting.bands().iterator(); it.hasNext();) {
            BandRow row = it.next();
            indent(4).append("{ \"band\": ").append(str(row.band()))
                    .append(", \"minScore\": ").append(num(row.minScore()))
                    .append(", \"maxScore\": ").append(num(row.maxScore()));
            HourlyRate hours = row.hours();
            if (hours != null) {
                out.append(", \"hoursPerWeek\": ").append(num(hours.hoursPerWeek()))
                        .append(", \"hourlyRate\": ").append(money(hours.hourlyRate()))
                        .append(", \"weeksPerYear\": ").append(num(hours.weeksPerYear()));
            }
            out.append(", \"annualAmount\": ").append(money(row.annualAmount()));
            if (row.termlyAmount() != null) {
                out.append(", \"termlyAmount\": ").append(money(row.termlyAmount()));
            }
            if (!row.topUp()) {
                out.append(", \"topUp\": false");
            }
            out.append(it.hasNext() ? " },\n" : " }\n");
        }
        indent(3).append("]\n");
        indent(2).append(more ? "},\n" : "}\n");
    }

    private void property(int depth, String name, String json, boolean more) {
        indent(depth).append('"').append(name).append("\": ").append(json).append(more ? ",\n" : "\n");
    }

    private StringBuilder indent(int depth) {
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
        return out;
    }

    private static String num(BigDecimal value) {
        return Decimals.text(value);
    }

    private static String money(BigDecimal value) {
        return str(Money.of(value).toPlainString());
    }

    private static String strings(List<String> values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(str(values.get(i)));
        }
        return sb.append(']').toString();
    }

    /** A JSON string literal; non-ASCII text is written as UTF-8, control characters escaped. */
    static String str(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
