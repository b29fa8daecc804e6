package uk.openband.directory;

import java.util.List;

/**
 * What a pupil CSV import did. All or nothing: when {@code rejected} is not empty or
 * {@code fileProblem} is set, nothing was imported.
 */
public record PupilImportReport(int imported, List<RejectedRow> rejected, String fileProblem)
        implements java.io.Serializable {

    /** How many rows have at least one problem. */
    public long rejectedRows() {
        return rejected.stream().mapToInt(RejectedRow::line).distinct().count();
    }

    public boolean succeeded() {
        return fileProblem == null && rejected.isEmpty();
    }
}
