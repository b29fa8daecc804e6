package uk.openband.directory;

import java.util.Map;
import uk.openband.platform.AuditableEvent;

/** What the directory tells the audit log. Details hold ids and counts only, never a child's name. */
public record DirectoryEvent(String action, String subjectType, String subjectId, Map<String, Object> details)
        implements AuditableEvent {

    public static final String PUPIL = "PUPIL";
    public static final String SETTING = "SETTING";

    static DirectoryEvent pupil(String action, long pupilId, Map<String, Object> details) {
        return new DirectoryEvent(action, PUPIL, Long.toString(pupilId), details);
    }
}
