package uk.openband.directory;

import java.time.LocalDate;

/** A pupil in a list or as another module sees it. */
public record PupilSummary(long id, String upn, boolean temporaryUpn, String firstName, String lastName,
        String preferredName, LocalDate dateOfBirth, long settingId, String settingName) {
}
