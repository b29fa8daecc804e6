package uk.openband.notify.internal;

/** A notification's subject and plain-text body, ready to send. */
public record RenderedMail(String subject, String body) {
}
