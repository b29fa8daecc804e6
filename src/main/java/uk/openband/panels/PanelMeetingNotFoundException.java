package uk.openband.panels;

/** No such meeting, no such case on its agenda, or not one the person may see. */
public class PanelMeetingNotFoundException extends RuntimeException {

    public PanelMeetingNotFoundException(long id) {
        super("No panel meeting " + id);
    }
}
