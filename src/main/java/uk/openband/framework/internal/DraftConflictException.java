package uk.openband.framework.internal;

/** Someone else saved the draft after the editor read it; nothing was saved. */
public class DraftConflictException extends CatalogueException {

    public DraftConflictException() {
        super("lockVersion", "framework.conflict.draft");
    }
}
