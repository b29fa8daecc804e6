package uk.openband.directory;

import uk.openband.platform.Refused.Problem;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.openband.platform.tabular.Csv;

/**
 * Imports pupils from a CSV file (columns in docs/pupil-import.md), all or nothing: every row is
 * checked by the same rules as the pupil form, and a file with any bad row imports nothing and
 * reports each problem with its line number and column.
 */
@Service
public class PupilImport {

    /** The most pupils one file may add (a school census of a large authority fits several files). */
    public static final int MAX_ROWS = 5000;

    /** File column -> pupil field, in the documented order. */
    public static final Map<String, String> COLUMNS = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(
            Map.ofEntries(Map.entry("UPN", "upn"), Map.entry("FirstName", "firstName"),
                    Map.entry("LastName", "lastName"), Map.entry("PreferredName", "preferredName"),
                    Map.entry("DateOfBirth", "dateOfBirth"), Map.entry("Sex", "sex"), Map.entry("Ethnicity", "ethnicity"),
                    Map.entry("PrimaryNeed", "primaryNeed"), Map.entry("SecondaryNeed", "secondaryNeed"),
                    Map.entry("EhcStatus", "ehcStatus"), Map.entry("EhcStatusDate", "ehcStatusDate"),
                    Map.entry("SettingURN", "settingId"))));
    static final List<String> ORDER = List.of("UPN", "FirstName", "LastName", "PreferredName", "DateOfBirth", "Sex",
            "Ethnicity", "PrimaryNeed", "SecondaryNeed", "EhcStatus", "EhcStatusDate", "SettingURN");
    static final List<String> OPTIONAL = List.of("PreferredName", "SecondaryNeed", "EhcStatusDate");
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private final PupilRegistry pupils;
    private final SettingDirectory settings;
    private final MessageSource messages;

    PupilImport(PupilRegistry pupils, SettingDirectory settings, MessageSource messages) {
        this.pupils = pupils;
        this.settings = settings;
        this.messages = messages;
    }

    @Transactional
    public PupilImportReport importFile(byte[] bytes, Locale locale) {
        Csv.Table table;
        try {
            table = Csv.read(bytes);
        } catch (Csv.CsvException e) {
            return new PupilImportReport(0, List.of(), text("pupilImport.csv", locale, e.getMessage()));
        }
        for (String column : ORDER) {
            if (!OPTIONAL.contains(column) && table.column(column).isEmpty()) {
                return new PupilImportReport(0, List.of(), text("pupilImport.header.missing", locale, column));
            }
        }
        if (table.rows().isEmpty()) {
            return new PupilImportReport(0, List.of(), text("pupilImport.file.empty", locale));
        }
        if (table.rows().size() > MAX_ROWS) {
            return new PupilImportReport(0, List.of(), text("pupilImport.file.tooManyRows", locale, MAX_ROWS));
        }
        List<PupilRow> rows = new ArrayList<>();
        for (Csv.Row row : table.rows()) {
            Map<String, String> cells = new java.util.HashMap<>();
            for (String column : ORDER) {
                cells.put(column, raw(table, row, column));
            }
            rows.add(new PupilRow(row.line(), cells));
        }
        CheckedPupils checked = check(rows, locale);
        if (!checked.rejected().isEmpty()) {
            return new PupilImportReport(0, checked.rejected(), null);
        }
        return new PupilImportReport(pupils.registerAll(checked.pupils()).size(), List.of(), null);
    }

    /**
     * One row's pupil columns from an uploaded file: the line it came from and each documented column's cell as in
     * the file (null when the file has no such column).
     */
    public record PupilRow(int line, Map<String, String> cells) {
    }

    /** The rows' pupils in row order (usable only when {@code rejected} is empty) and every problem found. */
    public record CheckedPupils(List<PupilData> pupils, List<RejectedRow> rejected) {
    }

    /**
     * Checks pupil rows of an uploaded file as the pupil import does, saving nothing: every row by the rules of the
     * pupil form, UPNs repeated between rows or already taken, settings by URN. Each problem names its line and
     * column; they come sorted by line, then column in the documented order. Other imports that create pupils
     * (the awards import) check their pupil columns with this.
     */
    @Transactional(readOnly = true)
    public CheckedPupils check(List<PupilRow> input, Locale locale) {
        List<RejectedRow> rejected = new ArrayList<>();
        List<PupilData> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (PupilRow row : input) {
            Map<String, String> v = new java.util.HashMap<>();
            row.cells().forEach((column, cell) -> v.put(column.toLowerCase(Locale.ROOT), cell == null ? null
                    : cell.trim()));
            List<RejectedRow> problems = new ArrayList<>();
            Sex sex = parse(v.get("sex"), Sex.class, row.line(), "Sex", "pupilImport.value.sex", problems, locale);
            EhcStatus ehc = parse(v.get("ehcstatus"), EhcStatus.class, row.line(), "EhcStatus",
                    "pupilImport.value.ehcStatus", problems, locale);
            LocalDate dob = date(v.get("dateofbirth"), row.line(), "DateOfBirth", problems, locale);
            LocalDate ehcDate = date(v.get("ehcstatusdate"), row.line(), "EhcStatusDate", problems, locale);
            String urn = v.get("settingurn") == null ? "" : v.get("settingurn");
            Long settingId = null;
            if (!urn.isEmpty()) {
                settingId = settings.findByUrn(urn).map(SettingSummary::id).orElse(null);
                if (settingId == null) {
                    problems.add(new RejectedRow(row.line(), "SettingURN", text("pupilImport.value.setting", locale,
                            uk.openband.platform.Excerpt.of(urn))));
                }
            }
            rows.add(new PupilData(v.get("upn") == null ? "" : v.get("upn"), row.cells().get("FirstName"),
                    row.cells().get("LastName"), blankToNull(row.cells().get("PreferredName")), dob, sex,
                    blankToNull(v.get("ethnicity")), blankToNull(v.get("primaryneed")),
                    blankToNull(v.get("secondaryneed")), ehc, ehcDate, settingId));
            lines.add(row.line());
            rejected.addAll(problems);
        }
        Map<Integer, List<Problem>> problems = pupils.checkBatch(rows);
        problems.forEach((index, list) -> {
            for (Problem p : list) {
                String column = columnOf(p.field());
                boolean alreadyNamed = rejected.stream().anyMatch(r -> r.line() == lines.get(index)
                        && r.column().equals(column));
                if (!alreadyNamed && !(p.field().equals("settingId") && urnMissingReported(rejected, lines.get(index)))) {
                    Object[] args = p.messageKey().equals("pupil.upn.repeated")
                            ? new Object[] {lines.get(Integer.parseInt((String) p.args()[0]))} : p.getArguments();
                    rejected.add(new RejectedRow(lines.get(index), column, messages.getMessage(p.messageKey(), args, locale)));
                }
            }
        });
        rejected.sort(java.util.Comparator.comparingInt(RejectedRow::line)
                .thenComparingInt(r -> ORDER.indexOf(r.column())));
        return new CheckedPupils(List.copyOf(rows), List.copyOf(rejected));
    }

    private static boolean urnMissingReported(List<RejectedRow> rejected, int line) {
        return rejected.stream().anyMatch(r -> r.line() == line && r.column().equals("SettingURN"));
    }

    /** Names exactly as in the file (not trimmed). */
    private static String raw(Csv.Table table, Csv.Row row, String column) {
        return table.column(column).filter(i -> i < row.values().size()).map(i -> row.values().get(i)).orElse(null);
    }

    private static String columnOf(String field) {
        return COLUMNS.entrySet().stream().filter(e -> e.getValue().equals(field)).map(Map.Entry::getKey).findFirst()
                .orElse(field);
    }

    private <E extends Enum<E>> E parse(String value, Class<E> type, int line, String column, String code,
            List<RejectedRow> problems, Locale locale) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new RejectedRow(line, column, text(code, locale)));
            return null;
        }
    }

    private LocalDate date(String value, int line, String column, List<RejectedRow> problems, Locale locale) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return value.contains("/") ? LocalDate.parse(value, UK_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new RejectedRow(line, column, text("pupilImport.value.date", locale)));
            return null;
        }
    }

    private String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
