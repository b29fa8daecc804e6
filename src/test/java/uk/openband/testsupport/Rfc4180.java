package uk.openband.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** Reads CSV files the way the finance export and statements promise to write them (RFC 4180). */
public final class Rfc4180 {

    private Rfc4180() {
    }

    /** A strict RFC 4180 reader: records end with CRLF; quoted fields may hold anything. */
    public static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (ch == '"' && field.length() == 0) {
                i++;
                while (true) {
                    char q = text.charAt(i);
                    if (q == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                    } else if (q == '"') {
                        i++;
                        break;
                    } else {
                        field.append(q);
                        i++;
                    }
                }
            } else if (ch == ',') {
                record.add(field.toString());
                field.setLength(0);
                i++;
            } else if (ch == '\r') {
                assertThat(text.charAt(i + 1)).as("CR is followed by LF").isEqualTo('\n');
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else {
                assertThat(ch).as("bare LF or quote outside quotes").isNotIn('\n', '"');
                field.append(ch);
                i++;
            }
        }
        assertThat(record).as("the last record ends with CRLF").isEmpty();
        return records;
    }
}
