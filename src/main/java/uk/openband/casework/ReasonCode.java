package uk.openband.casework;

/** A structured reason for a decision, from the configurable list. */
public record ReasonCode(String code, String label) {
}
