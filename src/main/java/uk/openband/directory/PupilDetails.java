package uk.openband.directory;

import java.time.LocalDate;

/** Everything on a pupil's record, with the descriptions of its codes and the version for optimistic locking. */
public record PupilDetails(long id, String upn, boolean temporaryUpn, String firstName, String lastName,
        String preferredName, LocalDate dateOfBirth, Sex sex, CodedValue ethnicity, CodedValue primaryNeed,
        CodedValue secondaryNeed, EhcStatus ehcStatus, LocalDate ehcStatusDate, long settingId, String settingName,
        long version) {

    public PupilSummary summary() {
        return new PupilSummary(id, upn, temporaryUpn, firstName, lastName, preferredName, dateOfBirth, settingId,
                settingName);
    }

    /** The record as editable data, for pre-filling a change form. */
    public PupilData data() {
        return new PupilData(upn, firstName, lastName, preferredName, dateOfBirth, sex, ethnicity.code(),
                primaryNeed.code(), secondaryNeed == null ? null : secondaryNeed.code(), ehcStatus, ehcStatusDate,
                settingId);
    }
}
