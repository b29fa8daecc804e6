package uk.openband.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Errors for a page whose inputs are not bound to a form object: the first message per
 * field id (shown inline) and every message in order (shown in the error summary, each
 * linking to its field).
 */
public final class PageErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();
    private final List<ErrorSummary.Entry> entries = new ArrayList<>();

    /** Adds an error for a field; the field's first error is the one shown inline. */
    public void add(String fieldId, String message) {
        byField.putIfAbsent(fieldId, message);
        entries.add(new ErrorSummary.Entry("#" + fieldId, message));
    }

    /** Adds an error shown only in the summary, linking to a field. */
    public void addToSummary(String fieldId, String message) {
        entries.add(new ErrorSummary.Entry("#" + fieldId, message));
    }

    /** Sets the inline error of a field without adding a summary entry. */
    public void inline(String fieldId, String message) {
        byField.put(fieldId, message);
    }

    /** The inline error for a field id, or null. */
    public String get(String fieldId) {
        return byField.get(fieldId);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public ErrorSummary summary() {
        return new ErrorSummary(List.copyOf(entries));
    }
}
