package uk.openband.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds SQL in one module's Java sources that names a table owned by another module. A table belongs to the
 * module its migration is named for ({@code V<n>__<module>_<what>.sql}), except the few in {@link #EXPLICIT}
 * whose file name is not their owner; views ({@code CREATE VIEW}) are the modules' published read models and
 * anyone may read them. A table counts when a string literal or text block names it in SQL context: after
 * FROM, JOIN, INTO, UPDATE, TABLE or USING (and in a FROM list), in {@code nextval('...')}, or as the name of
 * a JPA {@code @Table}. String literals joined with {@code +} are read as one.
 */
public final class CrossModuleSql {

    /** Tables (and sequences) whose migration's file name is not their owning module. */
    public static final Map<String, String> EXPLICIT = Map.ofEntries(
            Map.entry("funding_payment_method", "agreements"),
            Map.entry("funding_academic_year", "agreements"),
            Map.entry("funding_agreement", "agreements"),
            Map.entry("funding_agreement_reference_seq", "agreements"),
            Map.entry("funding_payment_line", "agreements"),
            Map.entry("funding_rollover_run", "rollover"),
            Map.entry("funding_rollover_setting_total", "rollover"),
            Map.entry("funding_rollover_line", "rollover"),
            Map.entry("funding_cost_code", "finance"),
            Map.entry("funding_export_batch", "finance"),
            Map.entry("funding_export_batch_reference_seq", "finance"),
            Map.entry("funding_export_line", "finance"),
            Map.entry("funding_export_file_part", "finance"),
            Map.entry("funding_budget", "finance"));

    /** One SQL reference to another module's table. */
    public record Violation(String module, String source, String table, String owner) {
        @Override
        public String toString() {
            return module + ": " + source + " names " + table + " (owned by " + owner + ")";
        }
    }

    /** What the migrations create: tables and sequences with their owning module, and views. */
    public record Schema(Map<String, String> owners, Set<String> views, Map<String, String> viewModules) {

        public Optional<String> owner(String name) {
            return Optional.ofNullable(owners.get(name.toLowerCase(Locale.ROOT)));
        }
    }

    private static final Pattern MIGRATION = Pattern.compile("V[0-9_.]+__([a-z]+)_.*\\.sql");
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "(?i)\\bcreate\\s+(?:unlogged\\s+)?(table|sequence)\\s+(?:if\\s+not\\s+exists\\s+)?(?:public\\.)?(\\w+)");
    private static final Pattern CREATE_VIEW = Pattern.compile(
            "(?i)\\bcreate\\s+(?:or\\s+replace\\s+)?(?:materialized\\s+)?view\\s+(?:if\\s+not\\s+exists\\s+)?(?:public\\.)?(\\w+)");
    private static final Pattern KEYWORD = Pattern.compile("(?i)\\b(from|join|into|update|table|using)\\s+(?:only\\s+)?");
    private static final Pattern IDENTIFIER = Pattern.compile("(?:public\\.)?([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern ALIAS = Pattern.compile("(?i)\\s+(?:as\\s+)?([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern NOT_ALIAS = Pattern.compile(
            "(?i)where|on|join|left|right|inner|outer|full|cross|group|order|limit|offset|using|set|values|"
                    + "select|union|having|returning|natural|lateral|for|window|fetch");
    private static final Pattern SEQUENCE = Pattern.compile("(?i)\\b(?:nextval|currval|setval)\\s*\\(\\s*'(\\w+)'");
    private static final Pattern JPA_TABLE = Pattern.compile(
            "@(?:Table|SecondaryTable|CollectionTable|JoinTable)\\s*\\(\\s*name\\s*=\\s*\"(\\w+)\"");

    private CrossModuleSql() {
    }

    /** Reads every migration in {@code dir}. */
    public static Schema schema(Path dir) {
        Map<String, String> owners = new TreeMap<>();
        Map<String, String> views = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                Matcher name = MIGRATION.matcher(f.getFileName().toString());
                if (!name.matches()) {
                    throw new IllegalStateException("A migration not named V<n>__<module>_<what>.sql: " + f);
                }
                String sql = withoutComments(Files.readString(f));
                Matcher t = CREATE_TABLE.matcher(sql);
                while (t.find()) {
                    String table = t.group(2).toLowerCase(Locale.ROOT);
                    owners.put(table, EXPLICIT.getOrDefault(table, name.group(1)));
                }
                Matcher v = CREATE_VIEW.matcher(sql);
                while (v.find()) {
                    views.put(v.group(1).toLowerCase(Locale.ROOT), name.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Schema(Map.copyOf(owners), Set.copyOf(views.keySet()), Map.copyOf(views));
    }

    /** Every module's sources under {@code root} (one folder per module, e.g. {@code src/main/java/uk/openband}). */
    public static List<Violation> check(Schema schema, Path root) {
        List<Violation> found = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> sources = Files.walk(module)) {
                    for (Path f : sources.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                        found.addAll(check(schema, module.getFileName().toString(),
                                root.relativize(f).toString().replace('\\', '/'), Files.readString(f)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** One source file of {@code module}. */
    public static List<Violation> check(Schema schema, String module, String sourceName, String source) {
        Set<String> named = new LinkedHashSet<>();
        for (String sql : strings(source)) {
            named.addAll(tablesNamed(sql));
        }
        Matcher jpa = JPA_TABLE.matcher(source);
        while (jpa.find()) {
            named.add(jpa.group(1).toLowerCase(Locale.ROOT));
        }
        List<Violation> found = new ArrayList<>();
        for (String table : named) {
            schema.owner(table).filter(owner -> !owner.equals(module))
                    .ifPresent(owner -> found.add(new Violation(module, sourceName, table, owner)));
        }
        return found;
    }

    /** The names a piece of SQL reads or writes: after FROM, JOIN, INTO, UPDATE, TABLE or USING, and sequences. */
    public static Set<String> tablesNamed(String sql) {
        Set<String> names = new LinkedHashSet<>();
        Matcher k = KEYWORD.matcher(sql);
        while (k.find()) {
            int at = k.end();
            boolean fromList = k.group(1).equalsIgnoreCase("from");
            while (true) {
                Matcher id = IDENTIFIER.matcher(sql).region(at, sql.length());
                if (!id.lookingAt()) {
                    break;
                }
                names.add(id.group(1).toLowerCase(Locale.ROOT));
                at = id.end();
                if (!fromList) {
                    break;
                }
                Matcher alias = ALIAS.matcher(sql).region(at, sql.length());
                if (alias.lookingAt() && !NOT_ALIAS.matcher(alias.group(1)).matches()) {
                    at = alias.end();
                }
                int comma = at;
                while (comma < sql.length() && Character.isWhitespace(sql.charAt(comma))) {
                    comma++;
                }
                if (comma >= sql.length() || sql.charAt(comma) != ',') {
                    break;
                }
                at = comma + 1;
                while (at < sql.length() && Character.isWhitespace(sql.charAt(at))) {
                    at++;
                }
            }
        }
        Matcher s = SEQUENCE.matcher(sql);
        while (s.find()) {
            names.add(s.group(1).toLowerCase(Locale.ROOT));
        }
        return names;
    }

    /**
     * The string literals and text blocks of a Java source, literals joined by {@code +} read as one string
     * (comments and char literals skipped).
     */
    public static List<String> strings(String source) {
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                i = lineEnd(source, i);
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'') {
                i = skipQuoted(source, i, '\'');
            } else if (c == '"') {
                boolean block = source.startsWith("\"\"\"", i);
                int end;
                String text;
                if (block) {
                    int close = source.indexOf("\"\"\"", i + 3);
                    end = close < 0 ? n : close + 3;
                    text = source.substring(i + 3, Math.max(i + 3, end - 3));
                } else {
                    end = skipQuoted(source, i, '"');
                    text = source.substring(i + 1, Math.max(i + 1, end - 1));
                }
                if (current == null) {
                    current = new StringBuilder();
                }
                current.append(text);
                i = end;
                // Joined to the next literal by '+' (only whitespace and comments between)?
                int j = skipSpace(source, i);
                if (j < n && source.charAt(j) == '+') {
                    int k = skipSpace(source, j + 1);
                    if (k < n && source.charAt(k) == '"') {
                        i = k;
                        continue;
                    }
                }
                out.add(current.toString());
                current = null;
            } else {
                i++;
            }
        }
        if (current != null) {
            out.add(current.toString());
        }
        return out;
    }

    private static int skipSpace(String s, int i) {
        int n = s.length();
        while (i < n) {
            if (Character.isWhitespace(s.charAt(i))) {
                i++;
            } else if (s.startsWith("//", i)) {
                i = lineEnd(s, i);
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else {
                break;
            }
        }
        return i;
    }

    private static int lineEnd(String s, int i) {
        int end = s.indexOf('\n', i);
        return end < 0 ? s.length() : end + 1;
    }

    private static int skipQuoted(String s, int start, char quote) {
        int i = start + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote || c == '\n') {
                return i + 1;
            } else {
                i++;
            }
        }
        return i;
    }

    private static String withoutComments(String sql) {
        return sql.replaceAll("--[^\\n]*", " ");
    }
}
