package uk.openband.panels;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.openband.platform.AuditableEvent;

/** What happens at panel meetings, for the audit log: ids and usernames only, never a child's name. */
public final class PanelEvents {

    private PanelEvents() {
    }

    public record MeetingCreated(long meetingId, String date, String chair, List<String> members, int quorum,
            String by) implements AuditableEvent {
        public String action() { return "PANEL_MEETING_CREATED"; }
        public String subjectType() { return "PANEL_MEETING"; }
        public String subjectId() { return Long.toString(meetingId); }
        public String actor() { return by; }
        public Map<String, Object> details() {
            return Map.of("date", date, "chair", chair, "members", members, "quorum", quorum);
        }
    }

    public record CaseAdded(long meetingId, long caseId, String caseReference, String by) implements AuditableEvent {
        public String action() { return "PANEL_CASE_ADDED"; }
        public String subjectType() { return "PANEL_MEETING"; }
        public String subjectId() { return Long.toString(meetingId); }
        public String actor() { return by; }
        public Map<String, Object> details() {
            return Map.of("caseId", caseId, "reference", caseReference);
        }
    }

    public record MemberRecused(long meetingId, long caseId, String member, long settingId, String by)
            implements AuditableEvent {
        public String action() { return "PANEL_MEMBER_RECUSED"; }
        public String subjectType() { return "PANEL_MEETING"; }
        public String subjectId() { return Long.toString(meetingId); }
        public String actor() { return by; }
        public Map<String, Object> details() {
            return Map.of("caseId", caseId, "member", member, "settingId", settingId);
        }
    }

    public record MemberSettingLinked(String member, long settingId, boolean linked, String by)
            implements AuditableEvent {
        public String action() { return linked ? "PANEL_MEMBER_SETTING_LINKED" : "PANEL_MEMBER_SETTING_UNLINKED"; }
        public String subjectType() { return "PANEL_MEMBER"; }
        public String subjectId() { return member; }
        public String actor() { return by; }
        public Map<String, Object> details() {
            return Map.of("settingId", settingId);
        }
    }

    public record LevelModerated(long meetingId, long caseId, String domain, int schoolLevel, Integer fromLevel,
            int toLevel, String by) implements AuditableEvent {
        public String action() { return "PANEL_LEVEL_MODERATED"; }
        public String subjectType() { return "CASE"; }
        public String subjectId() { return Long.toString(caseId); }
        public String actor() { return by; }
        public Map<String, Object> details() {
            Map<String, Object> d = new HashMap<>();
            d.put("meetingId", meetingId);
            d.put("domain", domain);
            d.put("schoolLevel", schoolLevel);
            d.put("from", fromLevel == null ? schoolLevel : fromLevel);
            d.put("to", toLevel);
            return d;
        }
    }

    public record DecisionRecorded(long meetingId, long caseId, String outcome, String band, String caseStateAfter,
            boolean override, boolean needsApproval, String by) implements AuditableEvent {
        public String action() { return "PANEL_DECISION_RECORDED"; }
        public String subjectType() { return "PANEL_MEETING"; }
        public String subjectId() { return Long.toString(meetingId); }
        public String actor() { return by; }
        public Map<String, Object> details() {
            Map<String, Object> d = new HashMap<>();
            d.put("caseId", caseId);
            d.put("outcome", outcome);
            d.put("band", band);
            d.put("caseState", caseStateAfter);
            d.put("override", override);
            d.put("needsApproval", needsApproval);
            return d;
        }
    }

    public record StatusChanged(long meetingId, String from, String to, String by) implements AuditableEvent {
        public String action() { return "CLOSED".equals(to) ? "PANEL_MEETING_CLOSED" : "PANEL_MEETING_STARTED"; }
        public String subjectType() { return "PANEL_MEETING"; }
        public String subjectId() { return Long.toString(meetingId); }
        public String actor() { return by; }
        public Map<String, Object> details() {
            return Map.of("from", from, "to", to);
        }
    }
}
