package uk.openband.directory;

/** A search of pupils: words matched against names and UPN (all must match), optionally one setting. */
public record PupilQuery(String text, Long settingId) {
}
