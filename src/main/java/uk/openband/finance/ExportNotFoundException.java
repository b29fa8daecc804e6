package uk.openband.finance;

/** No export batch with that id (or, for a file, none issued). */
public class ExportNotFoundException extends RuntimeException {

    public ExportNotFoundException(long id) {
        super("There is no issued export batch " + id);
    }
}
