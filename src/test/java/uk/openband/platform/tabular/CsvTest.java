package uk.openband.platform.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quoted_fields_hold_commas_quotes_and_line_breaks_and_lines_are_counted() throws Exception {
        Csv.Table table = Csv.read(("a,b,c\r\n"
                + "1,\"x, y\",\"say \"\"hi\"\"\"\r\n"
                + "\r\n"
                + "2,\"two\nlines\",\r\n"
                + "3,z,last").getBytes(StandardCharsets.UTF_8));
        assertThat(table.header()).containsExactly("a", "b", "c");
        assertThat(table.rows()).extracting(Csv.Row::line).containsExactly(2, 4, 6);
        assertThat(table.rows().get(0).values()).containsExactly("1", "x, y", "say \"hi\"");
        assertThat(table.rows().get(1).values()).containsExactly("2", "two\nlines", "");
        assertThat(table.rows().get(2).values()).containsExactly("3", "z", "last");
    }

    @Test
    void reads_windows_1252_and_utf8_with_a_byte_order_mark() throws Exception {
        String text = "name\nSt Mary’s Café\n";
        Csv.Table cp1252 = Csv.read(text.getBytes(Charset.forName("windows-1252")));
        assertThat(cp1252.rows().get(0).values()).containsExactly("St Mary’s Café");
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        Csv.Table bom = Csv.read(withBom);
        assertThat(bom.header()).containsExactly("name");
        assertThat(bom.rows().get(0).values()).containsExactly("St Mary’s Café");
        assertThat(Csv.read(utf8).rows().get(0).values()).containsExactly("St Mary’s Café");
    }

    @Test
    void columns_are_found_by_name_and_short_rows_read_as_blank() throws Exception {
        Csv.Table table = Csv.read("URN, LA (code) ,Name\n100001,999\n".getBytes(StandardCharsets.UTF_8));
        assertThat(table.column("la (code)")).contains(1);
        assertThat(table.values(table.rows().get(0), List.of("URN", "Name"))).containsEntry("urn", "100001")
                .containsEntry("name", "");
    }

    @Test
    void malformed_quoting_is_refused_with_its_line() {
        assertThatThrownBy(() -> Csv.read("a\n\"open\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("line 2").hasMessageContaining("not closed");
        assertThatThrownBy(() -> Csv.read("a,b\nx\"y\",2\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> Csv.read(new byte[0])).hasMessageContaining("no header");
    }

    @Test
    void each_kind_of_bad_quoting_says_which_line_it_is_on() {
        assertThatThrownBy(() -> Csv.read("a,b\n\"x\"y,2\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("line 2: text after a closing quote");
        assertThatThrownBy(() -> Csv.read("a,b\n\"two\nlines\",x\"y\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("line 3: a quote in the middle of an unquoted field");
        assertThatThrownBy(() -> Csv.read("a,b\n\n1,2\n3,\"open\n\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("line 4: a quoted field is not closed");
        assertThatThrownBy(() -> Csv.read("a,b\n1, \"x\"\n".getBytes(StandardCharsets.UTF_8)))
                .as("a quote after a space is not the start of a quoted field")
                .hasMessage("line 2: a quote in the middle of an unquoted field");
    }

    @Test
    void quoted_fields_with_quotes_and_commas_are_not_mistaken_for_bad_quoting() throws Exception {
        Csv.Table table = Csv.read("a,b,c\r\n\"\"\"\",\"x,\"\"y\"\"\r\nz\",plain\r\n\"\",,\"\"\r\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(table.rows()).extracting(Csv.Row::line).containsExactly(2, 4);
        assertThat(table.rows().get(0).values()).containsExactly("\"", "x,\"y\"\r\nz", "plain");
        assertThat(table.rows().get(1).values()).containsExactly("", "", "");
    }
}
