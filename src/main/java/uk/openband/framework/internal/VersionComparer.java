package uk.openband.framework.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import uk.openband.framework.VersionDiff;
import uk.openband.framework.VersionDiff.Change;
import uk.openband.framework.VersionDiff.Subject;
import uk.openband.framework.VersionDiff.Type;
import uk.openband.framework.scoring.Area;
import uk.openband.framework.scoring.BandRow;
import uk.openband.framework.scoring.BandingTable;
import uk.openband.framework.scoring.Decimals;
import uk.openband.framework.scoring.Domain;
import uk.openband.framework.scoring.Level;
import uk.openband.framework.scoring.MatrixFramework;
import uk.openband.framework.scoring.SettingBands;

/**
 * Compares two versions of a framework (areas, domains, levels, points, descriptors, weights,
 * caps) or of a banding table (band rows per setting category). Areas and domains are matched
 * by code, levels by number, band rows by band name. Pure: no I/O.
 */
public final class VersionComparer {

    private final List<Change> changes = new ArrayList<>();

    private VersionComparer() {
    }

    public static VersionDiff compare(MatrixFramework from, MatrixFramework to) {
        VersionComparer c = new VersionComparer();
        c.field(Subject.FRAMEWORK, "", from.name(), "name", from.name(), to.name());
        c.field(Subject.FRAMEWORK, "", to.name(), "effectiveFrom", from.effectiveFrom(), to.effectiveFrom());
        c.field(Subject.FRAMEWORK, "", to.name(), "effectiveTo", from.effectiveTo(), to.effectiveTo());
        c.field(Subject.FRAMEWORK, "", to.name(), "evidenceRequiredFromLevel", from.evidenceRequiredFromLevel(),
                to.evidenceRequiredFromLevel());
        Map<String, Area> before = byCode(from.areas(), Area::code);
        Map<String, Area> after = byCode(to.areas(), Area::code);
        for (Area a : from.areas()) {
            if (!after.containsKey(a.code())) {
                c.add(Type.REMOVED, Subject.AREA, a.code(), a.name(), null, a.name(), null);
            }
        }
        for (Area a : to.areas()) {
            Area old = before.get(a.code());
            if (old == null) {
                c.add(Type.ADDED, Subject.AREA, a.code(), a.name(), null, null, a.name());
                continue;
            }
            c.field(Subject.AREA, a.code(), a.name(), "name", old.name(), a.name());
            c.field(Subject.AREA, a.code(), a.name(), "weight", old.weight(), a.weight());
            c.field(Subject.AREA, a.code(), a.name(), "cap", old.cap(), a.cap());
            c.field(Subject.AREA, a.code(), a.name(), "fundable", old.fundable(), a.fundable());
        }
        Map<String, Domain> oldDomains = byCode(from.domains(), Domain::code);
        Map<String, Domain> newDomains = byCode(to.domains(), Domain::code);
        for (Domain d : from.domains()) {
            if (!newDomains.containsKey(d.code())) {
                c.add(Type.REMOVED, Subject.DOMAIN, domainPath(from, d), d.name(), null, d.name(), null);
            }
        }
        for (Domain d : to.domains()) {
            Domain old = oldDomains.get(d.code());
            String path = domainPath(to, d);
            if (old == null) {
                c.add(Type.ADDED, Subject.DOMAIN, path, d.name(), null, null, d.name());
                continue;
            }
            c.field(Subject.DOMAIN, path, d.name(), "name", old.name(), d.name());
            c.field(Subject.DOMAIN, path, d.name(), "area", from.areaOfDomain(d.code()).map(Area::code).orElse(null),
                    to.areaOfDomain(d.code()).map(Area::code).orElse(null));
            c.levels(path, d.name(), old, d);
        }
        return new VersionDiff("matrix-framework", to.key(), from.version(), to.version(), c.changes);
    }

    public static VersionDiff compare(BandingTable from, BandingTable to) {
        VersionComparer c = new VersionComparer();
        c.field(Subject.TABLE, "", to.name(), "name", from.name(), to.name());
        c.field(Subject.TABLE, "", to.name(), "frameworkVersions", String.join(", ", from.frameworkVersions()),
                String.join(", ", to.frameworkVersions()));
        c.field(Subject.TABLE, "", to.name(), "effectiveFrom", from.effectiveFrom(), to.effectiveFrom());
        c.field(Subject.TABLE, "", to.name(), "effectiveTo", from.effectiveTo(), to.effectiveTo());
        c.field(Subject.TABLE, "", to.name(), "rounding", from.rounding(), to.rounding());
        Map<String, SettingBands> before = byCode(from.settings(), s -> s.category().name());
        Map<String, SettingBands> after = byCode(to.settings(), s -> s.category().name());
        for (SettingBands s : from.settings()) {
            if (!after.containsKey(s.category().name())) {
                c.add(Type.REMOVED, Subject.SETTING, s.category().name(), s.category().label(), null,
                        s.bands().size() + " bands", null);
            }
        }
        for (SettingBands s : to.settings()) {
            SettingBands old = before.get(s.category().name());
            if (old == null) {
                c.add(Type.ADDED, Subject.SETTING, s.category().name(), s.category().label(), null, null,
                        s.bands().size() + " bands");
            } else {
                c.bands(s, old);
            }
        }
        return new VersionDiff("banding-table", to.key(), from.version(), to.version(), c.changes);
    }

    private void bands(SettingBands now, SettingBands old) {
        String category = now.category().name();
        Map<String, BandRow> oldRows = byCode(old.bands(), BandRow::band);
        Map<String, BandRow> newRows = byCode(now.bands(), BandRow::band);
        for (BandRow r : old.bands()) {
            if (!newRows.containsKey(r.band())) {
                add(Type.REMOVED, Subject.BAND, category + "/" + r.band(), bandWhat(now, r), null, rowText(r), null);
            }
        }
        for (BandRow r : now.bands()) {
            BandRow o = oldRows.get(r.band());
            String path = category + "/" + r.band();
            String what = bandWhat(now, r);
            if (o == null) {
                add(Type.ADDED, Subject.BAND, path, what, null, null, rowText(r));
                continue;
            }
            field(Subject.BAND, path, what, "minScore", o.minScore(), r.minScore());
            field(Subject.BAND, path, what, "maxScore", o.maxScore(), r.maxScore());
            field(Subject.BAND, path, what, "annualAmount", o.annualAmount(), r.annualAmount());
            field(Subject.BAND, path, what, "termlyAmount", o.termlyAmount(), r.termlyAmount());
            field(Subject.BAND, path, what, "topUp", o.topUp(), r.topUp());
        }
    }

    private static String bandWhat(SettingBands setting, BandRow row) {
        return setting.category().label() + ", band " + row.band();
    }

    private static String rowText(BandRow r) {
        return r.rangeText() + ": " + r.annualAmount().toPlainString()
                + (r.termlyAmount() == null ? "" : " (" + r.termlyAmount().toPlainString() + " a term)")
                + (r.topUp() ? "" : ", no top-up");
    }

    private void levels(String domainPath, String domainName, Domain old, Domain now) {
        Set<Integer> numbers = new HashSet<>();
        old.levels().forEach(l -> numbers.add(l.level()));
        for (Level l : old.levels()) {
            if (now.level(l.level()).isEmpty()) {
                add(Type.REMOVED, Subject.LEVEL, domainPath + "/" + l.level(), levelWhat(domainName, l), null,
                        Decimals.text(l.points()) + " points", null);
            }
        }
        for (Level l : now.levels()) {
            String path = domainPath + "/" + l.level();
            String what = levelWhat(domainName, l);
            if (!numbers.contains(l.level())) {
                add(Type.ADDED, Subject.LEVEL, path, what, null, null, Decimals.text(l.points()) + " points");
                continue;
            }
            Level o = old.level(l.level()).orElseThrow();
            field(Subject.LEVEL, path, what, "points", o.points(), l.points());
            descriptors(path, what, o.descriptors(), l.descriptors());
        }
    }

    private void descriptors(String path, String what, List<String> old, List<String> now) {
        if (old.equals(now)) {
            return;
        }
        if (old.size() == now.size() && new HashSet<>(old).equals(new HashSet<>(now))) {
            add(Type.CHANGED, Subject.DESCRIPTOR, path, what, "order", String.join("\n", old), String.join("\n", now));
            return;
        }
        if (old.size() == now.size()) {
            for (int i = 0; i < old.size(); i++) {
                if (!old.get(i).equals(now.get(i))) {
                    add(Type.CHANGED, Subject.DESCRIPTOR, path + "/" + (i + 1), what, "descriptor", old.get(i),
                            now.get(i));
                }
            }
            return;
        }
        for (String d : old) {
            if (!now.contains(d)) {
                add(Type.REMOVED, Subject.DESCRIPTOR, path, what, null, d, null);
            }
        }
        for (String d : now) {
            if (!old.contains(d)) {
                add(Type.ADDED, Subject.DESCRIPTOR, path, what, null, null, d);
            }
        }
    }

    private static String levelWhat(String domainName, Level l) {
        return domainName + ", level " + l.level();
    }

    private static String domainPath(MatrixFramework framework, Domain d) {
        return framework.areaOfDomain(d.code()).map(Area::code).orElse("?") + "/" + d.code();
    }

    private void field(Subject subject, String path, String what, String field, Object before, Object after) {
        String b = text(before);
        String a = text(after);
        if (!Objects.equals(b, a)) {
            add(Type.CHANGED, subject, path, what, field, b, a);
        }
    }

    private void add(Type type, Subject subject, String path, String what, String field, String before, String after) {
        changes.add(new Change(type, subject, path, what, field, before, after));
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return d.scale() == 2 ? d.toPlainString() : Decimals.text(d);
        }
        return value.toString();
    }

    private static <T> Map<String, T> byCode(List<T> items, java.util.function.Function<T, String> code) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(i -> map.put(code.apply(i), i));
        return map;
    }
}
