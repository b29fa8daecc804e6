package uk.openband.directory;

/** No pupil with that id in the caller's scope (whether or not one exists elsewhere). */
public class PupilNotFoundException extends RuntimeException {

    public PupilNotFoundException(long id) {
        super("No pupil " + id + " in scope");
    }
}
