package uk.openband.framework;

import java.util.List;

/**
 * What changed from one version of a framework or banding table to another, one line per
 * change, in document order. A reader can show it as a table: type (tag), what, before, after.
 *
 * @param kind {@code matrix-framework} or {@code banding-table}
 */
public record VersionDiff(String kind, String key, String from, String to, List<Change> changes) {

    public VersionDiff {
        changes = List.copyOf(changes);
    }

    /** Added, removed or changed. */
    public enum Type { ADDED, REMOVED, CHANGED }

    /** What a change is about. */
    public enum Subject { FRAMEWORK, AREA, DOMAIN, LEVEL, DESCRIPTOR, TABLE, SETTING, BAND }

    /**
     * One change.
     *
     * @param path where, by codes: {@code CL}, {@code CL/CL1}, {@code CL/CL1/2}, {@code MAINSTREAM/A1}
     * @param what a person's description: {@code Learning and attainment, level 2}
     * @param field the property that changed ({@code points}, {@code weight}, {@code annualAmount}...),
     *     or null for an added or removed element
     * @param before the old value (null when added)
     * @param after the new value (null when removed)
     */
    public record Change(Type type, Subject subject, String path, String what, String field, String before,
            String after) {
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public long count(Type type) {
        return changes.stream().filter(c -> c.type() == type).count();
    }
}
