package uk.openband.platform.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads typed values out of a JSON tree, recording a {@link FieldError} for each
 * problem instead of stopping at the first. Getters return null when the value is
 * missing or wrong (and the error is recorded).
 */
public final class Fields {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final List<FieldError> errors = new ArrayList<>();

    public List<FieldError> errors() {
        return errors;
    }

    public int errorCount() {
        return errors.size();
    }

    public void error(String path, String message) {
        errors.add(new FieldError(path, message));
    }

    public static String path(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    public static String path(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** Records an error for each property not in {@code allowed}; false if the node is not an object. */
    public boolean object(JsonNode node, String path, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            error(path, "must be an object");
            return false;
        }
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                error(path(path, name), "unknown field");
            }
        }
        return true;
    }

    private JsonNode present(JsonNode obj, String path, String name, boolean required) {
        JsonNode value = obj.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                error(path(path, name), "is required");
            }
            return null;
        }
        return value;
    }

    public String string(JsonNode obj, String path, String name, boolean required) {
        JsonNode value = present(obj, path, name, required);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            error(path(path, name), "must be a string");
            return null;
        }
        if (value.stringValue().isBlank()) {
            error(path(path, name), "must not be blank");
            return null;
        }
        return value.stringValue();
    }

    /** A string that may be absent, null or blank (a free-text note). */
    public String text(JsonNode obj, String path, String name) {
        JsonNode value = present(obj, path, name, false);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            error(path(path, name), "must be a string");
            return null;
        }
        return value.stringValue();
    }

    public BigDecimal number(JsonNode obj, String path, String name, boolean required) {
        JsonNode value = present(obj, path, name, required);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            error(path(path, name), "must be a number");
            return null;
        }
        try {
            return value.decimalValue();
        } catch (RuntimeException e) {
            error(path(path, name), "must be a finite number");
            return null;
        }
    }

    public Integer wholeNumber(JsonNode obj, String path, String name, boolean required) {
        JsonNode value = present(obj, path, name, required);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            error(path(path, name), "must be a whole number");
            return null;
        }
        return value.intValue();
    }

    public Boolean bool(JsonNode obj, String path, String name) {
        JsonNode value = present(obj, path, name, false);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            error(path(path, name), "must be true or false");
            return null;
        }
        return value.booleanValue();
    }

    public LocalDate date(JsonNode obj, String path, String name, boolean required) {
        JsonNode value = present(obj, path, name, required);
        if (value == null) {
            return null;
        }
        if (value.isString()) {
            try {
                return LocalDate.parse(value.stringValue());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        error(path(path, name), "must be a date like \"2025-04-01\"");
        return null;
    }

    /** A money amount: a decimal string, at most two decimal places, >= 0. */
    public BigDecimal money(JsonNode obj, String path, String name, boolean required) {
        JsonNode value = present(obj, path, name, required);
        if (value == null) {
            return null;
        }
        String at = path(path, name);
        if (!value.isString()) {
            error(at, "must be a string such as \"753.00\"");
            return null;
        }
        String text = value.stringValue();
        if (!DECIMAL.matcher(text).matches()) {
            error(at, "must be a decimal such as \"753.00\"");
            return null;
        }
        BigDecimal amount = new BigDecimal(text);
        if (amount.signum() < 0) {
            error(at, "must be >= 0");
            return null;
        }
        if (amount.scale() > 2) {
            error(at, "must have at most two decimal places");
            return null;
        }
        return amount;
    }

    /** An array with at least {@code min} elements; null (and an error) otherwise. */
    public JsonNode array(JsonNode obj, String path, String name, int min, String tooFew) {
        JsonNode value = present(obj, path, name, true);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            error(path(path, name), "must be an array");
            return null;
        }
        if (value.size() < min) {
            error(path(path, name), tooFew);
            return null;
        }
        return value;
    }

    /** Checks a required string property equals the expected {@code kind}. */
    public void kind(JsonNode obj, String expected) {
        JsonNode value = obj.get("kind");
        if (value == null || value.isNull()) {
            error("kind", "is required (\"" + expected + "\")");
        } else if (!value.isString() || !expected.equals(value.stringValue())) {
            error("kind", "must be \"" + expected + "\", not " + value);
        }
    }
}
