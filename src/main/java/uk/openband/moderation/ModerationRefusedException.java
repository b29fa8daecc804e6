package uk.openband.moderation;

/** A moderation action that the rules refuse; the message is for the person. */
public class ModerationRefusedException extends RuntimeException {

    public ModerationRefusedException(String message) {
        super(message);
    }
}
