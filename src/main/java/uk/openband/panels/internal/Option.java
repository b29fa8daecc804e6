package uk.openband.panels.internal;

/** A choice on a form: the value sent and the text shown. */
public record Option(String value, String text) {
}
