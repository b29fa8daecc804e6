package uk.openband.framework.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import uk.openband.platform.AuditableEvent;

/** What happens to framework and banding table versions; the audit log records each. */
public final class FrameworkEvents {

    /** {@code FRAMEWORK_VERSION} or {@code BANDING_TABLE_VERSION}. */
    public enum Subject { FRAMEWORK_VERSION, BANDING_TABLE_VERSION }

    private FrameworkEvents() {
    }

    /** The audit subject id of a version: {@code key@version}. */
    public static String subjectId(String key, String version) {
        return key + "@" + version;
    }

    public record VersionImported(Subject subject, String key, String version, String format, String actor)
            implements AuditableEvent {
        public String action() { return "VERSION_IMPORTED"; }
        public String subjectType() { return subject.name(); }
        public String subjectId() { return FrameworkEvents.subjectId(key, version); }
        public Map<String, Object> details() { return Map.of("format", format); }
    }

    public record DraftStarted(Subject subject, String key, String version, String fromVersion, String actor)
            implements AuditableEvent {
        public String action() { return "DRAFT_STARTED"; }
        public String subjectType() { return subject.name(); }
        public String subjectId() { return FrameworkEvents.subjectId(key, version); }
        public Map<String, Object> details() { return Map.of("fromVersion", fromVersion); }
    }

    public record DraftEdited(Subject subject, String key, String version, String part, String actor)
            implements AuditableEvent {
        public String action() { return "DRAFT_EDITED"; }
        public String subjectType() { return subject.name(); }
        public String subjectId() { return FrameworkEvents.subjectId(key, version); }
        public Map<String, Object> details() { return Map.of("part", part); }
    }

    public record VersionPublished(Subject subject, String key, String version, String effectiveFrom, String actor)
            implements AuditableEvent {
        public String action() { return "VERSION_PUBLISHED"; }
        public String subjectType() { return subject.name(); }
        public String subjectId() { return FrameworkEvents.subjectId(key, version); }
        public Map<String, Object> details() { return Map.of("effectiveFrom", effectiveFrom); }
    }

    public record VersionRetired(Subject subject, String key, String version, String actor)
            implements AuditableEvent {
        public String action() { return "VERSION_RETIRED"; }
        public String subjectType() { return subject.name(); }
        public String subjectId() { return FrameworkEvents.subjectId(key, version); }
        public Map<String, Object> details() { return new LinkedHashMap<>(); }
    }
}
