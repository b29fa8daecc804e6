package uk.openband.assessment;

/** No such assessment, or not one the caller may see: the two are deliberately the same answer. */
public class AssessmentNotFoundException extends RuntimeException {

    public AssessmentNotFoundException(long id) {
        super("No assessment " + id);
    }
}
