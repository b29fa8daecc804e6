package uk.openband.directory.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A small RFC 4180 CSV reader: comma separated, fields optionally in double quotes, a doubled
 * quote inside quotes is a quote, quoted fields may hold commas and line breaks, CRLF or LF line
 * ends. Bytes are UTF-8 (with or without a byte order mark) or, when they are not valid UTF-8,
 * Windows-1252 (the encoding of the GIAS download).
 */
public final class Csv {

    /** One record with the line number it starts on (the header is line 1). */
    public record Row(int line, List<String> values) {
    }

    /** A file's header and records. */
    public record Table(List<String> header, List<Row> rows) {

        /** The position of a column by its header name (case and surrounding spaces ignored). */
        public Optional<Integer> column(String name) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).trim().equalsIgnoreCase(name)) {
                    return Optional.of(i);
                }
            }
            return Optional.empty();
        }

        /** Each row as column name -> value (trimmed), for the named columns only. */
        public Map<String, String> values(Row row, List<String> names) {
            Map<String, String> values = new HashMap<>();
            for (String name : names) {
                column(name).ifPresent(i -> values.put(name.toLowerCase(Locale.ROOT),
                        i < row.values().size() ? row.values().get(i).trim() : ""));
            }
            return values;
        }
    }

    /** The file is not well-formed CSV; says where. */
    public static class CsvException extends Exception {

        public CsvException(String message) {
            super(message);
        }
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Csv() {
    }

    public static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    /** Reads the bytes: the first record is the header; blank lines are skipped. */
    public static Table read(byte[] bytes) throws CsvException {
        List<Row> records = parse(decode(bytes));
        if (records.isEmpty()) {
            throw new CsvException("the file has no header row");
        }
        return new Table(records.get(0).values(), records.subList(1, records.size()));
    }

    static List<Row> parse(String text) throws CsvException {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordStart = 1;
        boolean quoted = false;
        boolean afterQuote = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"') {
                if (field.length() > 0 || afterQuote) {
                    throw new CsvException("line " + line + ": a quote in the middle of an unquoted field");
                }
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
                addUnlessBlank(rows, recordStart, fields);
                fields = new ArrayList<>();
                line++;
                recordStart = line;
            } else {
                if (afterQuote) {
                    throw new CsvException("line " + line + ": text after a closing quote");
                }
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new CsvException("line " + recordStart + ": a quoted field is not closed");
        }
        if (field.length() > 0 || !fields.isEmpty() || afterQuote) {
            fields.add(field.toString());
            addUnlessBlank(rows, recordStart, fields);
        }
        return rows;
    }

    private static void addUnlessBlank(List<Row> rows, int line, List<String> fields) {
        if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
            rows.add(new Row(line, List.copyOf(fields)));
        }
    }
}
