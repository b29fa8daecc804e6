package uk.openband.directory;

/** A row of an imported file that was not used: its line number, the column at fault (or null) and why. */
public record RejectedRow(int line, String column, String reason) implements java.io.Serializable {
}
