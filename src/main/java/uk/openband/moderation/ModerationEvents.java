package uk.openband.moderation;

import java.util.Map;
import uk.openband.platform.AuditableEvent;

/** What moderation records in the audit log: ids and counts only. */
public final class ModerationEvents {

    private ModerationEvents() {
    }

    /** A month's sample was drawn. */
    public record SampleDrawn(long sampleId, String month, long seed, int percent, int population, int sampled,
            String by) implements AuditableEvent {
        public String action() {
            return "MODERATION_SAMPLE_DRAWN";
        }

        public String subjectType() {
            return "MODERATION_SAMPLE";
        }

        public String subjectId() {
            return Long.toString(sampleId);
        }

        public String actor() {
            return by;
        }

        public Map<String, Object> details() {
            return Map.of("month", month, "seed", seed, "percent", percent, "population", population, "sampled",
                    sampled);
        }
    }

    /** Someone opened the blind re-score of a sampled case: the case itself is closed to them until it is scored. */
    public record BlindStarted(long caseId, String by) implements AuditableEvent {
        public String action() {
            return "MODERATION_BLIND_STARTED";
        }

        public String subjectType() {
            return "CASE";
        }

        public String subjectId() {
            return Long.toString(caseId);
        }

        public String actor() {
            return by;
        }
    }

    /** A sampled case was re-scored blind. */
    public record BlindScored(long caseId, int domains, int agreed, String by) implements AuditableEvent {
        public String action() {
            return "MODERATION_BLIND_SCORED";
        }

        public String subjectType() {
            return "CASE";
        }

        public String subjectId() {
            return Long.toString(caseId);
        }

        public String actor() {
            return by;
        }

        public Map<String, Object> details() {
            return Map.of("domains", domains, "agreed", agreed);
        }
    }

    /** The moderator's note on the comparison. */
    public record Noted(long caseId, String by) implements AuditableEvent {
        public String action() {
            return "MODERATION_NOTED";
        }

        public String subjectType() {
            return "CASE";
        }

        public String subjectId() {
            return Long.toString(caseId);
        }

        public String actor() {
            return by;
        }
    }
}
