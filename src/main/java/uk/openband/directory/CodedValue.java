package uk.openband.directory;

/** One value of a reference list (a DfE ethnicity code, an SEN2 type of need). */
public record CodedValue(String code, String description) {
}
