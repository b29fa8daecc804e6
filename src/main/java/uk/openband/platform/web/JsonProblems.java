package uk.openband.platform.web;

import java.util.List;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.exc.ValueInstantiationException;
import uk.openband.platform.Refused;

/**
 * A request body the JSON reader could not read, as a {@link Refused} naming the field by its path in the body
 * ({@code provision[0].hoursPerWeek}, {@code body} for the whole of it) and what it should have been, in plain
 * words. Never the reader's own message, which names Java types and repeats what was sent.
 */
final class JsonProblems {

    /** The field a problem with the whole body is on. */
    static final String BODY = "body";

    private JsonProblems() {
    }

    static Refused refusal(HttpMessageNotReadableException ex) {
        JacksonException json = jackson(ex);
        if (json == null) {
            return new Refused(BODY, ex.getCause() == null && String.valueOf(ex.getMessage()).startsWith("Required")
                    ? "platform.refused.json.missing" : "platform.refused.json.unreadable");
        }
        String path = path(json.getPath());
        if (json instanceof StreamConstraintsException) {
            return new Refused(path, "platform.refused.json.limits");
        }
        if (json instanceof PropertyBindingException) {
            return new Refused(path, "platform.refused.json.unknownField", path);
        }
        if (json instanceof ValueInstantiationException) {
            return new Refused(path, "platform.refused.json.invalid", path);
        }
        if (json instanceof MismatchedInputException mismatch) {
            return typed(path, mismatch.getTargetType());
        }
        if (json instanceof InputCoercionException coercion) {
            return typed(path, coercion.getTargetType());
        }
        if (json instanceof StreamReadException) {
            TokenStreamLocation at = json.getLocation();
            if (at != null && at.getLineNr() > 0) {
                return new Refused(BODY, "platform.refused.json.syntaxAt", at.getLineNr(), at.getColumnNr());
            }
            return new Refused(BODY, "platform.refused.json.syntax");
        }
        return new Refused(BODY, "platform.refused.json.unreadable");
    }

    private static Refused typed(String path, Class<?> type) {
        if (BODY.equals(path)) {
            return new Refused(BODY, "platform.refused.json.body", TypeWords.of(type));
        }
        return new Refused(path, "platform.refused.json.type", path, TypeWords.of(type));
    }

    private static JacksonException jackson(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException json) {
                return json;
            }
        }
        return null;
    }

    /** {@code provision[0].hoursPerWeek}; {@code body} for the body itself. */
    static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference r : references) {
            if (r.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? BODY : path.toString();
    }
}
