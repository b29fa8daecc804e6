package uk.openband.platform.json;

/**
 * One problem in an interchange file: where ({@code areas[2].domains[0].levels[3].points};
 * empty for the whole file) and why ({@code must be >= 0}).
 */
public record FieldError(String path, String message) {

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
