package uk.openband.assessment;

/** The level chosen for one domain, and the evidence for it (null when none was written). */
public record Answer(String domainCode, int level, String evidence) {
}
