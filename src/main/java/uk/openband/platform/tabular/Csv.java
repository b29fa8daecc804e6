package uk.openband.platform.tabular;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the CSV files people upload (GIAS settings, pupils) with Apache Commons CSV in its RFC 4180
 * format: comma separated, fields optionally in double quotes, a doubled quote inside quotes is a quote,
 * quoted fields may hold commas and line breaks, CRLF or LF line ends. Bytes are UTF-8 (with or without a
 * byte order mark) or, when they are not valid UTF-8, Windows-1252 (the encoding of the GIAS download).
 * Adds what the imports need around it: each record's line number, blank lines skipped, header names
 * matched loosely, and malformed quoting refused with its line.
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

    /** RFC 4180, blank lines kept as records (so that record positions are exact; they are skipped here). */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

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
        long nextLine = 1;
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    throw refused(e.getCause(), nextLine, parser.getCurrentLineNumber());
                }
                int line = (int) nextLine;
                nextLine = parser.getCurrentLineNumber() + 1;
                refuseQuoteInUnquotedField(text, record, line);
                if (!(record.size() == 1 && record.get(0).isEmpty())) {
                    rows.add(new Row(line, record.toList()));
                }
            }
        } catch (IOException e) {
            throw refused(e, nextLine, nextLine);
        }
        return rows;
    }

    /** Commons CSV's refusals in the words (and with the line numbers) the import reports have always used. */
    private static CsvException refused(IOException e, long recordLine, long currentLine) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return new CsvException("line " + recordLine + ": a quoted field is not closed");
        }
        if (message.contains("Invalid character between encapsulated token and delimiter")) {
            return new CsvException("line " + currentLine + ": text after a closing quote");
        }
        return new CsvException("line " + recordLine + ": " + message);
    }

    /**
     * Commons CSV reads a quote inside an unquoted field ({@code x"y"}) as text; the import has always refused
     * it, since it usually means a field whose quoting went wrong. Walks the record's own text field by field,
     * using the parsed values' lengths (a quoted field is its value with each quote doubled, in quotes).
     */
    private static void refuseQuoteInUnquotedField(String text, CSVRecord record, int line) throws CsvException {
        int start = (int) record.getCharacterPosition();
        int at = start;
        for (String value : record.values()) {
            if (at < text.length() && text.charAt(at) == '"') {
                at += value.length() + (int) value.chars().filter(c -> c == '"').count() + 2;
            } else if (value.indexOf('"') >= 0) {
                throw new CsvException("line " + (line + lineBreaks(text, start, at)) + ": a quote in the middle of an "
                        + "unquoted field");
            } else {
                at += value.length();
            }
            at++;
        }
    }

    private static int lineBreaks(String text, int from, int to) {
        int breaks = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                breaks++;
            }
        }
        return breaks;
    }
}
