package uk.openband.panels;

/** Someone else changed the meeting or the agenda case after the caller read it; nothing was saved. */
public class PanelChangedException extends RuntimeException {

    public PanelChangedException() {
        super("Someone else changed this meeting while you were looking at it. Check it as it is now and try again.");
    }
}
