package uk.openband.directory;

import java.time.LocalDate;

/** What a pupil record holds, as entered; the directory checks it before saving anything. */
public record PupilData(String upn, String firstName, String lastName, String preferredName, LocalDate dateOfBirth,
        Sex sex, String ethnicity, String primaryNeed, String secondaryNeed, EhcStatus ehcStatus,
        LocalDate ehcStatusDate, Long settingId) {
}
