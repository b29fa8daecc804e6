package uk.openband.directory;

import uk.openband.platform.Excerpt;
import uk.openband.platform.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.openband.platform.tabular.Csv;
import uk.openband.directory.internal.Setting;
import uk.openband.directory.internal.SettingRepository;
import uk.openband.common.SettingCategory;

/**
 * Imports settings from the Get Information About Schools "all establishment data" CSV: keeps
 * the rows of this LA ({@code openband.la-code}), maps the type of establishment to a category
 * with {@link CategoryMapping}, and adds or updates settings by URN (never duplicates). Good rows
 * are saved and bad rows reported, each with its line number and reason.
 */
@Service
public class GiasImport {

    public static final String URN = "URN";
    public static final String LA = "LA (code)";
    public static final String NUMBER = "EstablishmentNumber";
    public static final String NAME = "EstablishmentName";
    public static final String TYPE = "TypeOfEstablishment (name)";
    public static final String PHASE = "PhaseOfEducation (name)";
    public static final String STATUS = "EstablishmentStatus (name)";
    public static final String POSTCODE = "Postcode";
    public static final List<String> COLUMNS = List.of(URN, LA, NUMBER, NAME, TYPE, PHASE, STATUS, POSTCODE);

    private final SettingRepository settings;
    private final CategoryMapping mapping;
    private final ApplicationEventPublisher events;
    private final String laCode;

    private final SettingDirectory directory;

    GiasImport(SettingRepository settings, CategoryMapping mapping, ApplicationEventPublisher events,
            @Value("${openband.la-code:999}") String laCode, SettingDirectory directory) {
        this.directory = directory;
        this.settings = settings;
        this.mapping = mapping;
        this.events = events;
        this.laCode = laCode.trim();
    }

    public String laCode() {
        return laCode;
    }

    @Transactional
    public GiasReport importFile(byte[] bytes) {
        directory.changed();
        Csv.Table table;
        try {
            table = Csv.read(bytes);
        } catch (Csv.CsvException e) {
            return GiasReport.refused("The file is not valid CSV: " + e.getMessage());
        }
        List<String> missing = COLUMNS.stream().filter(c -> table.column(c).isEmpty()).toList();
        if (!missing.isEmpty()) {
            return GiasReport.refused("The file has no " + String.join(", ", missing)
                    + " column. Download \"all establishment data\" from Get Information About Schools.");
        }
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int otherLa = 0;
        List<RejectedRow> repeated = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Csv.Row row : table.rows()) {
            Map<String, String> v = table.values(row, COLUMNS);
            String la = v.get("la (code)");
            if (!laCode.equals(la)) {
                otherLa++;
                continue;
            }
            String urn = v.get("urn");
            Integer first = urn.isEmpty() ? null : seen.putIfAbsent(urn, row.line());
            if (first != null) {
                repeated.add(new RejectedRow(row.line(), URN, "URN " + Excerpt.of(urn) + " repeats line " + first
                        + "; the first row was used"));
                continue;
            }
            Optional<RejectedRow> problem = check(row.line(), v);
            if (problem.isPresent()) {
                rejected.add(problem.get());
                continue;
            }
            SettingCategory category = mapping.categoryOf(v.get(TYPE.toLowerCase())).orElseThrow();
            String laestab = la + String.format("%04d", Integer.parseInt(v.get(NUMBER.toLowerCase())));
            boolean open = !"closed".equalsIgnoreCase(v.get(STATUS.toLowerCase()));
            String postcode = v.get("postcode").isEmpty() ? null : v.get("postcode");
            String phase = v.get(PHASE.toLowerCase()).isEmpty() ? null : v.get(PHASE.toLowerCase());
            Optional<Setting> existing = settings.findByUrn(urn);
            if (existing.isEmpty()) {
                Setting setting = new Setting(urn, laestab, v.get(NAME.toLowerCase()), v.get(TYPE.toLowerCase()), phase,
                        category, postcode);
                setting.setStatusOpen(open);
                settings.save(setting);
                added++;
            } else if (existing.get().applyGias(laestab, v.get(NAME.toLowerCase()), v.get(TYPE.toLowerCase()), phase,
                    open, category, postcode)) {
                updated++;
            } else {
                unchanged++;
            }
        }
        settings.flush();
        events.publishEvent(new DirectoryEvent("SETTINGS_IMPORTED", DirectoryEvent.SETTING, null, Map.of("added", added,
                "updated", updated, "unchanged", unchanged, "rejected", rejected.size())));
        return new GiasReport(added, updated, unchanged, otherLa, List.copyOf(repeated), List.copyOf(rejected), null);
    }

    private Optional<RejectedRow> check(int line, Map<String, String> v) {
        for (String column : COLUMNS) {
            if (Text.hasControlCharacters(v.get(column.toLowerCase()))) {
                return reject(line, column, column + " must not include control characters (such as NUL)");
            }
        }
        String urn = v.get("urn");
        if (!urn.matches("[0-9]{6}")) {
            return reject(line, URN, "URN must be 6 digits, not \"" + Excerpt.of(urn) + "\"");
        }
        String number = v.get(NUMBER.toLowerCase());
        if (!number.matches("[0-9]{1,4}")) {
            return reject(line, NUMBER, "EstablishmentNumber must be up to 4 digits, not \"" + Excerpt.of(number) + "\"");
        }
        String name = v.get(NAME.toLowerCase());
        if (name.isEmpty() || name.length() > 200) {
            return reject(line, NAME, "EstablishmentName must have 1 to 200 characters");
        }
        String type = v.get(TYPE.toLowerCase());
        if (type.isEmpty()) {
            return reject(line, TYPE, "TypeOfEstablishment (name) is empty");
        }
        if (type.length() > 120 || mapping.categoryOf(type).isEmpty()) {
            return reject(line, TYPE, "No setting category for type \"" + Excerpt.of(type)
                    + "\"; add it on the category mapping page to import it");
        }
        String status = v.get(STATUS.toLowerCase());
        if (!status.equalsIgnoreCase("closed") && !status.toLowerCase().startsWith("open")) {
            return reject(line, STATUS, "EstablishmentStatus \"" + Excerpt.of(status) + "\" is not open or closed");
        }
        if (v.get(PHASE.toLowerCase()).length() > 60) {
            return reject(line, PHASE, "PhaseOfEducation (name) is longer than 60 characters");
        }
        if (v.get("postcode").length() > 10) {
            return reject(line, POSTCODE, "Postcode is longer than 10 characters");
        }
        return Optional.empty();
    }

    private static Optional<RejectedRow> reject(int line, String column, String reason) {
        return Optional.of(new RejectedRow(line, column, reason));
    }
}
