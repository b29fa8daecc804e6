package uk.openband.platform.json;

import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Parses JSON or YAML text into a tree; decimals are read exactly, duplicate keys rejected. */
public final class TreeParser {

    /** A framework file is a few levels deep; its texts are descriptors (see docs/security.md, "Limits"). */
    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder().maxNestingDepth(64)
            .maxStringLength(100_000).maxNumberLength(100).maxNameLength(1_000).build();

    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(LIMITS).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder().streamReadConstraints(LIMITS).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private TreeParser() {
    }

    /** The root object, or a {@link FormatException} if the text is not JSON or YAML. */
    public static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            throw new FormatException(List.of(new FieldError("", "the file is empty")));
        }
        boolean json = text.stripLeading().startsWith("{");
        JsonNode root;
        try {
            root = (json ? JSON : YAML).readTree(text);
        } catch (JacksonException e) {
            throw new FormatException(List.of(new FieldError("", "not valid " + (json ? "JSON" : "YAML")
                    + where(e.getLocation()) + ": " + cut(e.getOriginalMessage()))));
        }
        if (root == null || !root.isObject()) {
            throw new FormatException(List.of(new FieldError("", "must be a JSON or YAML object")));
        }
        return root;
    }

    /** Jackson's words, which may quote the file: no more than a line of them. */
    private static String cut(String message) {
        return message == null || message.length() <= 200 ? message : message.substring(0, 200) + "…";
    }

    private static String where(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
