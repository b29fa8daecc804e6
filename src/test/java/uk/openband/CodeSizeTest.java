package uk.openband;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the code in pieces a reader can hold: no class (source file) of the application over
 * {@value #MAX_CLASS_LINES} lines and no module (top-level package) over {@value #MAX_MODULE_LINES}. Lines are
 * counted as {@code wc -l} does, comments and blank lines included. There is no allow-list: a class that grows
 * past the limit is split along its responsibilities, a module that does is split into modules.
 */
class CodeSizeTest {

    static final int MAX_CLASS_LINES = 400;
    static final int MAX_MODULE_LINES = 4_500;
    static final Path MODULES = Path.of("src/main/java/uk/openband");

    @Test
    void noClassIsOverTheLimit() {
        assertThat(classesOver(MODULES, MAX_CLASS_LINES)).as("classes over " + MAX_CLASS_LINES
                + " lines (path=lines); split them along their responsibilities").isEmpty();
    }

    @Test
    void noModuleIsOverTheLimit() {
        Map<String, Integer> modules = moduleLines(MODULES);
        assertThat(modules).as("the modules").containsKeys("platform", "casework", "framework");
        assertThat(modules).as("modules over " + MAX_MODULE_LINES + " lines").allSatisfy((module, lines) ->
                assertThat(lines).as(module).isLessThanOrEqualTo(MAX_MODULE_LINES));
    }

    @Test
    void theChecksCountEveryLineOfEveryFileBelowAModule(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("big/internal"));
        Files.writeString(root.resolve("big/internal/Long.java"), "class Long {\n" + "\n".repeat(400) + "}\n");
        Files.writeString(root.resolve("big/Short.java"), "class Short {\n}\n");
        Files.writeString(root.resolve("big/notes.txt"), "not code\n".repeat(1_000));
        Files.createDirectories(root.resolve("small"));
        Files.writeString(root.resolve("small/Tiny.java"), "class Tiny {}");

        assertThat(classesOver(root, 400)).containsExactly(Map.entry("big/internal/Long.java", 402));
        assertThat(moduleLines(root)).containsExactly(Map.entry("big", 404), Map.entry("small", 1));
    }

    /** Each Java file below {@code root} with more than {@code max} lines, by path relative to the root. */
    static Map<String, Integer> classesOver(Path root, int max) {
        return javaFiles(root).stream().filter(f -> lines(f) > max).collect(Collectors.toMap(
                f -> root.relativize(f).toString().replace('\\', '/'), CodeSizeTest::lines, Integer::sum,
                TreeMap::new));
    }

    /** The lines of Java in each top-level folder below {@code root}. */
    static Map<String, Integer> moduleLines(Path root) {
        return javaFiles(root).stream().filter(f -> root.relativize(f).getNameCount() > 1).collect(Collectors.groupingBy(
                f -> root.relativize(f).getName(0).toString(), TreeMap::new, Collectors.summingInt(CodeSizeTest::lines)));
    }

    private static List<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines as {@code wc -l} counts them, plus a last line with no line end. */
    private static int lines(Path file) {
        try {
            String text = Files.readString(file);
            long ends = text.chars().filter(c -> c == '\n').count();
            return (int) (ends + (text.isEmpty() || text.endsWith("\n") ? 0 : 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
