package uk.openband.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The stage targets, from {@code openband.casework.targets.*}.
 *
 * @param decisionWeeks     a decision is due this many weeks after submission (moved to the next working day
 *                          when that falls on a weekend or bank holiday)
 * @param triageDays        triage is due this many working days after submission
 * @param reviewNoticeWeeks a funded case becomes due for review this many weeks before its review date
 */
@ConfigurationProperties("openband.casework.targets")
public record TargetSettings(@DefaultValue("6") int decisionWeeks, @DefaultValue("5") int triageDays,
        @DefaultValue("8") int reviewNoticeWeeks) {

    public TargetSettings {
        positive("openband.casework.targets.decision-weeks", decisionWeeks);
        positive("openband.casework.targets.triage-days", triageDays);
        positive("openband.casework.targets.review-notice-weeks", reviewNoticeWeeks);
    }

    private static void positive(String property, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(property + " must be 1 or more, not " + value);
        }
    }
}
