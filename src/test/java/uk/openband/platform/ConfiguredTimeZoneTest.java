package uk.openband.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every time zone comes from configuration ({@code openband.time-zone}, through the {@code Clock} bean's zone):
 * the code names no zone of its own and never falls back on the machine's.
 */
class ConfiguredTimeZoneTest {

    /** A zone written into the code: a region id in quotes, {@code ZoneId.of("...")} or the machine's zone. */
    static final Pattern LITERAL_ZONE = Pattern.compile(
            "\"(Europe|America|Africa|Asia|Australia|Atlantic|Pacific|Indian|Etc)/[A-Za-z_]+\"|ZoneId\\.of\\(\"|ZoneId\\.systemDefault\\(\\)|TimeZone\\.getDefault\\(\\)");

    @Test
    void no_zone_is_written_into_the_code() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (LITERAL_ZONE.matcher(lines.get(i)).find()) {
                        found.add(file + ":" + (i + 1) + ": " + lines.get(i).trim());
                    }
                }
            }
        }
        assertThat(found).as("zones written into src/main/java instead of taken from the configured clock").isEmpty();
    }

    @Test
    void the_check_sees_a_written_zone() {
        assertThat(LITERAL_ZONE.matcher("ZoneId zone = ZoneId.of(\"Europe/London\");").find()).isTrue();
        assertThat(LITERAL_ZONE.matcher("@Scheduled(cron = \"0 0 6 * * *\", zone = \"Europe/London\")").find()).isTrue();
        assertThat(LITERAL_ZONE.matcher("LocalDate.now(ZoneId.systemDefault())").find()).isTrue();
        assertThat(LITERAL_ZONE.matcher("@Scheduled(cron = \"0 0 6 * * *\", zone = \"${openband.time-zone}\")").find())
                .isFalse();
        assertThat(LITERAL_ZONE.matcher("LocalDate.now(clock)").find()).isFalse();
    }

    @Test
    void the_zone_is_set_once_in_the_application_properties() throws IOException {
        assertThat(Files.readAllLines(Path.of("src/main/resources/application.properties")))
                .contains("openband.time-zone=Europe/London");
    }
}
