package uk.openband.platform.web;

import java.util.List;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;
import uk.openband.platform.Text;

/**
 * {@link Text}'s rule on every JSON string the API reads: a string holding a control character stops reading
 * with {@link Refused}, which the API answers 400 naming the field ({@code provision[0].supportType}), before
 * any controller or service sees it.
 */
@Configuration(proxyBeanMethods = false)
class JsonText {

    @Bean
    JsonMapperBuilderCustomizer refuseControlCharacters() {
        return builder -> builder.addModule(new SimpleModule("openband-text").addDeserializer(String.class,
                new CheckedStrings()));
    }

    static final class CheckedStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            String value = super.deserialize(p, ctxt);
            if (Text.hasControlCharacters(value)) {
                throw new Refused(p);
            }
            return value;
        }
    }

    /** A JSON string broke the text rule; {@link #field} says where. */
    static final class Refused extends MismatchedInputException {

        Refused(JsonParser p) {
            super(p, "a string holds a control character", String.class);
        }

        /** Where in the body: {@code provision[0].supportType}, {@code reason}. */
        String field() {
            return field(getPath());
        }

        static String field(List<JacksonException.Reference> path) {
            StringBuilder field = new StringBuilder();
            for (JacksonException.Reference ref : path) {
                if (ref.getPropertyName() != null) {
                    if (!field.isEmpty()) {
                        field.append('.');
                    }
                    field.append(uk.openband.platform.Excerpt.of(ref.getPropertyName()));
                } else if (ref.getIndex() >= 0) {
                    field.append('[').append(ref.getIndex()).append(']');
                }
            }
            return field.toString();
        }
    }

    /** The refusal in {@code e}'s causes, or null. */
    static Refused refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Refused r) {
                return r;
            }
        }
        return null;
    }
}
