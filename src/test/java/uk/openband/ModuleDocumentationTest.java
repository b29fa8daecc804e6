package uk.openband;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes the module diagrams and canvases into {@code docs/architecture/} (so they always show the
 * code as built), and fails when the README's module table or its configuration table has fallen
 * behind the code.
 */
class ModuleDocumentationTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(OpenBandApplication.class);

    @Test
    void writesTheModuleDiagramsAndCanvasesIntoDocs() throws IOException {
        Path out = Path.of("docs", "architecture");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(out.toString()))
                .writeDocumentation();

        assertThat(out.resolve("components.puml")).exists();
        for (ApplicationModule module : MODULES) {
            assertThat(out.resolve("module-" + module.getIdentifier() + ".puml")).exists();
            assertThat(out.resolve("module-" + module.getIdentifier() + ".adoc")).exists();
        }
    }

    @Test
    void theReadmeModuleTableListsExactlyTheModules() throws IOException {
        Set<String> modules = MODULES.stream().map(m -> m.getIdentifier().toString())
                .collect(Collectors.toCollection(TreeSet::new));
        String readme = Files.readString(Path.of("README.md"));
        String table = readme.substring(readme.indexOf("| package | owns |"));
        table = table.substring(0, table.indexOf("\n\n"));
        Set<String> listed = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `([a-z]+)` \\|").matcher(table);
        while (row.find()) {
            listed.add(row.group(1));
        }

        assertThat(listed).as("modules in the README's module table").isEqualTo(modules);
    }

    @Test
    void everySettingTheCodeReadsIsInTheReadme() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Set<String> missing = new TreeSet<>();
        Pattern placeholder = Pattern.compile("\\$\\{(openband\\.[a-z0-9.-]+)");
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = placeholder.matcher(Files.readString(file));
                while (m.find()) {
                    String variable = m.group(1).toUpperCase().replace('.', '_').replace("-", "_");
                    if (!readme.contains("`" + variable + "`")) {
                        missing.add(variable + " (" + m.group(1) + ")");
                    }
                }
            }
        }

        assertThat(missing).as("settings the code reads that the README's configuration table omits").isEmpty();
    }
}
