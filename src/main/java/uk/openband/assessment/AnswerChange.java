package uk.openband.assessment;

/**
 * How one domain's answer differs between the last two times an assessment was sent: the level
 * before and after (null when there was no answer) and whether the evidence text changed.
 */
public record AnswerChange(String domainCode, String domainName, Integer levelBefore, Integer levelAfter,
        boolean evidenceChanged) {

    public boolean levelChanged() {
        return !java.util.Objects.equals(levelBefore, levelAfter);
    }
}
