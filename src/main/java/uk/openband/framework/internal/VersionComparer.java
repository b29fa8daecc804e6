package uk.openband.framework.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
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
        c.match(from.areas(), to.areas(), Area::code,
                (type, a) -> c.whole(type, Subject.AREA, a.code(), a.name(), a.name()),
                (old, a) -> {
                    c.field(Subject.AREA, a.code(), a.name(), "name", old.name(), a.name());
                    c.field(Subject.AREA, a.code(), a.name(), "weight", old.weight(), a.weight());
                    c.field(Subject.AREA, a.code(), a.name(), "cap", old.cap(), a.cap());
                    c.field(Subject.AREA, a.code(), a.name(), "fundable", old.fundable(), a.fundable());
                });
        c.match(from.domains(), to.domains(), Domain::code,
                (type, d) -> c.whole(type, Subject.DOMAIN, domainPath(type == Type.REMOVED ? from : to, d), d.name(),
                        d.name()),
                (old, d) -> {
                    String path = domainPath(to, d);
                    c.field(Subject.DOMAIN, path, d.name(), "name", old.name(), d.name());
                    c.field(Subject.DOMAIN, path, d.name(), "area",
                            from.areaOfDomain(d.code()).map(Area::code).orElse(null),
                            to.areaOfDomain(d.code()).map(Area::code).orElse(null));
                    c.levels(path, d.name(), old, d);
                });
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
        c.match(from.settings(), to.settings(), s -> s.category().name(),
                (type, s) -> c.whole(type, Subject.SETTING, s.category().name(), s.category().label(),
                        s.bands().size() + " bands"),
                c::bands);
        return new VersionDiff("banding-table", to.key(), from.version(), to.version(), c.changes);
    }

    private void bands(SettingBands old, SettingBands now) {
        String category = now.category().name();
        match(old.bands(), now.bands(), BandRow::band,
                (type, r) -> whole(type, Subject.BAND, category + "/" + r.band(), bandWhat(now, r), rowText(r)),
                (o, r) -> {
                    String path = category + "/" + r.band();
                    String what = bandWhat(now, r);
                    field(Subject.BAND, path, what, "minScore", o.minScore(), r.minScore());
                    field(Subject.BAND, path, what, "maxScore", o.maxScore(), r.maxScore());
                    field(Subject.BAND, path, what, "annualAmount", o.annualAmount(), r.annualAmount());
                    field(Subject.BAND, path, what, "termlyAmount", o.termlyAmount(), r.termlyAmount());
                    field(Subject.BAND, path, what, "topUp", o.topUp(), r.topUp());
                });
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
        match(old.levels(), now.levels(), l -> Integer.toString(l.level()),
                (type, l) -> whole(type, Subject.LEVEL, domainPath + "/" + l.level(), levelWhat(domainName, l),
                        Decimals.text(l.points()) + " points"),
                (o, l) -> {
                    String path = domainPath + "/" + l.level();
                    String what = levelWhat(domainName, l);
                    field(Subject.LEVEL, path, what, "points", o.points(), l.points());
                    descriptors(path, what, o.descriptors(), l.descriptors());
                });
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
        old.stream().filter(d -> !now.contains(d)).forEach(d -> whole(Type.REMOVED, Subject.DESCRIPTOR, path, what, d));
        now.stream().filter(d -> !old.contains(d)).forEach(d -> whole(Type.ADDED, Subject.DESCRIPTOR, path, what, d));
    }

    private static String levelWhat(String domainName, Level l) {
        return domainName + ", level " + l.level();
    }

    private static String domainPath(MatrixFramework framework, Domain d) {
        return framework.areaOfDomain(d.code()).map(Area::code).orElse("?") + "/" + d.code();
    }

    /**
     * Matches two lists by code: each old item with no new one is removed, then, in the new
     * order, each new item with no old one is added and each pair is compared.
     */
    private static <X> void match(List<X> old, List<X> now, Function<X, String> code,
            BiConsumer<Type, X> addedOrRemoved, BiConsumer<X, X> compare) {
        Map<String, X> before = byCode(old, code);
        Map<String, X> after = byCode(now, code);
        old.stream().filter(x -> !after.containsKey(code.apply(x)))
                .forEach(x -> addedOrRemoved.accept(Type.REMOVED, x));
        for (X x : now) {
            X was = before.get(code.apply(x));
            if (was == null) {
                addedOrRemoved.accept(Type.ADDED, x);
            } else {
                compare.accept(was, x);
            }
        }
    }

    /** An element added (value after) or removed (value before). */
    private void whole(Type type, Subject subject, String path, String what, String value) {
        add(type, subject, path, what, null, type == Type.REMOVED ? value : null, type == Type.ADDED ? value : null);
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

    private static <T> Map<String, T> byCode(List<T> items, Function<T, String> code) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(i -> map.put(code.apply(i), i));
        return map;
    }
}
