package uk.openband.directory;

import java.util.List;

/**
 * One thing wrong with pupil data: the field, a message code from messages.properties and its
 * arguments. Pages, the API and the CSV import turn it into words.
 */
public record PupilProblem(String field, String code, List<Object> args) {

    public PupilProblem(String field, String code) {
        this(field, code, List.of());
    }

    public Object[] argsArray() {
        return args.toArray();
    }
}
