package uk.openband.directory;

import java.util.List;

/**
 * What a GIAS import did: settings added, updated and unchanged; rows skipped because they
 * belong to another local authority; later repeats of an establishment (the first row is used);
 * and rejected rows with their reasons. {@code fileProblem} is set when the whole file was refused.
 */
public record GiasReport(int added, int updated, int unchanged, int otherLa, List<RejectedRow> repeated,
        List<RejectedRow> rejected, String fileProblem) implements java.io.Serializable {

    public static GiasReport refused(String problem) {
        return new GiasReport(0, 0, 0, 0, List.of(), List.of(), problem);
    }
}
