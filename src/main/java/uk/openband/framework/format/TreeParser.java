package uk.openband.framework.format;

import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Parses JSON or YAML text into a tree; decimals are read exactly, duplicate keys rejected. */
final class TreeParser {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private TreeParser() {
    }

    /** The root object, or a {@link FormatException} if the text is not JSON or YAML. */
    static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            throw new FormatException(List.of(new FieldError("", "the file is empty")));
        }
        boolean json = text.stripLeading().startsWith("{");
        JsonNode root;
        try {
            root = (json ? JSON : YAML).readTree(text);
        } catch (JacksonException e) {
            throw new FormatException(List.of(new FieldError("", "not valid " + (json ? "JSON" : "YAML")
                    + where(e.getLocation()) + ": " + e.getOriginalMessage())));
        }
        if (root == null || !root.isObject()) {
            throw new FormatException(List.of(new FieldError("", "must be a JSON or YAML object")));
        }
        return root;
    }

    private static String where(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
