package uk.openband.platform.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import uk.openband.platform.Refused;

/**
 * What a value should have been, in plain words for an error message ("a whole number", "true or false", "one
 * of NEW_REQUEST, ANNUAL_REVIEW"): never the name of a Java type. Messages {@code platform.type.*}.
 */
public final class TypeWords {

    private TypeWords() {
    }

    public static MessageSourceResolvable of(Class<?> type) {
        if (type == null) {
            return Refused.text("platform.type.value");
        }
        if (type.isEnum()) {
            String names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return new DefaultMessageSourceResolvable(new String[] {"platform.type.oneOf"}, new Object[] {names});
        }
        return Refused.text("platform.type." + kind(type));
    }

    private static String kind(Class<?> type) {
        if (type == String.class || type == Character.class || type == char.class) {
            return "text";
        }
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class
                || type == short.class || type == Short.class || type == byte.class || type == Byte.class
                || type == BigInteger.class) {
            return "whole";
        }
        if (type == BigDecimal.class || type == double.class || type == Double.class || type == float.class
                || type == Float.class || Number.class.isAssignableFrom(type)) {
            return "number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (type == LocalDate.class) {
            return "date";
        }
        if (type == YearMonth.class) {
            return "month";
        }
        if (type == LocalDateTime.class || type == OffsetDateTime.class || type == ZonedDateTime.class
                || type == java.time.Instant.class) {
            return "dateTime";
        }
        if (type == LocalTime.class) {
            return "time";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.getName().startsWith("java.")) {
            return "object";
        }
        return "value";
    }
}
