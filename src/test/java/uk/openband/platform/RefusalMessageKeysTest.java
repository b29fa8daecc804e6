package uk.openband.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message key that main code throws in a {@link NotFound}, {@link Refused} or {@link Conflict} exists in
 * {@code messages.properties}, and a message with arguments doubles its apostrophes (MessageFormat drops a
 * single one). Keys are found at the throw sites (a literal key, not one put together from parts) and by
 * their namespaced shape ({@code <module>.refused.*}, {@code <module>.notFound.*}, {@code <module>.conflict.*}).
 */
class RefusalMessageKeysTest {

    private static final List<Pattern> THROWN = List.of(
            Pattern.compile("new (?:NotFound|Conflict)\\(\\s*\"([^\"]+)\"(?=\\s*[,)])"),
            Pattern.compile("(?:new Refused|Refused\\.state|new Refused\\.Problem|new Problem)\\(\\s*(?:\"[^\"]*\"|[\\w.()]+)\\s*,\\s*\"([^\"]+)\"(?=\\s*[,)])"),
            Pattern.compile("\"([a-z]+\\.(?:refused|notFound|conflict)\\.[A-Za-z0-9.]+)\""));

    @Test
    void everyThrownKeyHasItsMessage() throws IOException {
        Properties messages = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/messages.properties"), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        TreeMap<String, Set<String>> keys = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern pattern : THROWN) {
                    Matcher m = pattern.matcher(source);
                    while (m.find()) {
                        keys.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(file.getFileName().toString());
                    }
                }
            }
        }
        assertThat(keys).as("keys thrown by main code").hasSizeGreaterThan(50);
        assertThat(keys.keySet()).as("thrown keys missing from messages.properties")
                .allSatisfy(key -> assertThat(messages.getProperty(key)).as(key + " thrown in " + keys.get(key)).isNotNull());
        assertThat(keys.keySet().stream().filter(k -> messages.getProperty(k).contains("{0}"))
                .filter(k -> messages.getProperty(k).replace("''", "").contains("'")))
                .as("messages with arguments whose apostrophes are not doubled").isEmpty();
    }

    @Test
    void theExceptionsSayTheirEnglishForLogsAndTests() {
        assertThat(new NotFound("refusal.test.notFound", 12345).getMessage()).isEqualTo("refusal.test.notFound");
        assertThat(new Refused("name", "errorSummary.title").getMessage()).isEqualTo("There is a problem");
    }
}
