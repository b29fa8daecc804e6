package uk.openband.agreements.internal.awards;

import java.util.List;

/**
 * The awards import file's columns, in the documented order (docs/going-live.md). The pupil columns are those of
 * the pupil import ({@code PupilImport}), UPN and SettingURN shared with the award.
 */
final class AwardColumns {

    static final String OLD_REFERENCE = "OldReference";
    static final String UPN = "UPN";
    static final String SETTING_URN = "SettingURN";
    static final String ROUTE = "Route";
    static final String BAND = "Band";
    static final String ANNUAL_AMOUNT = "AnnualAmount";
    static final String START_DATE = "StartDate";
    static final String PLANNED_END_DATE = "PlannedEndDate";
    static final String REVIEW_DATE = "ReviewDate";
    static final String PROTECTED_AMOUNT = "ProtectedAmount";
    static final String PROTECTION_END_DATE = "ProtectionEndDate";

    /** The award's own columns; every file has each of them (the last two may be left empty). */
    static final List<String> AWARD = List.of(OLD_REFERENCE, UPN, SETTING_URN, ROUTE, BAND, ANNUAL_AMOUNT, START_DATE,
            PLANNED_END_DATE, REVIEW_DATE, PROTECTED_AMOUNT, PROTECTION_END_DATE);

    /** Columns a file must have in its header. */
    static final List<String> REQUIRED = List.of(OLD_REFERENCE, UPN, SETTING_URN, ROUTE, BAND, ANNUAL_AMOUNT,
            START_DATE, PLANNED_END_DATE, REVIEW_DATE);

    /** The pupil columns, as in the pupil import: needed only on rows whose UPN OpenBand does not know yet. */
    static final List<String> PUPIL = List.of("FirstName", "LastName", "PreferredName", "DateOfBirth", "Sex",
            "Ethnicity", "PrimaryNeed", "SecondaryNeed", "EhcStatus", "EhcStatusDate");

    /** Every column in file order, for sorting problems. */
    static final List<String> ALL = java.util.stream.Stream.concat(AWARD.stream(), PUPIL.stream()).toList();

    static final String EXCEPTIONAL = "EXCEPTIONAL";
    static final String LEGACY = "LEGACY";

    /** The longest old reference (the finance export's decision reference column holds it). */
    static final int MAX_OLD_REFERENCE = 20;

    /** The most rows one file may hold. */
    static final int MAX_ROWS = 20_000;

    private AwardColumns() {
    }
}
