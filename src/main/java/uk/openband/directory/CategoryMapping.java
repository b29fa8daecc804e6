package uk.openband.directory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.openband.common.SettingCategory;

/**
 * Which OpenBand setting category each GIAS "type of establishment" becomes on import. Stored in
 * PostgreSQL, seeded with the usual types, and changed by administrators.
 */
@Service
@Transactional(readOnly = true)
public class CategoryMapping {

    /** One type of establishment and its category. */
    public record Entry(String typeOfEstablishment, SettingCategory category) {
    }

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    CategoryMapping(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public List<Entry> all() {
        return jdbc.query("SELECT type_of_establishment, category FROM establishment_type_category "
                        + "ORDER BY category, type_of_establishment",
                (rs, i) -> new Entry(rs.getString(1), SettingCategory.valueOf(rs.getString(2))));
    }

    public Optional<SettingCategory> categoryOf(String typeOfEstablishment) {
        if (typeOfEstablishment == null) {
            return Optional.empty();
        }
        return jdbc.query("SELECT category FROM establishment_type_category WHERE lower(type_of_establishment) = lower(?)",
                (rs, i) -> SettingCategory.valueOf(rs.getString(1)), typeOfEstablishment.trim()).stream().findFirst();
    }

    /** Maps a type (new or existing) to a category. */
    @Transactional
    public void set(String typeOfEstablishment, SettingCategory category) {
        String type = typeOfEstablishment.trim();
        if (type.isEmpty() || type.length() > 120) {
            throw new IllegalArgumentException("A type of establishment has 1 to 120 characters");
        }
        int updated = jdbc.update("UPDATE establishment_type_category SET category = ? "
                + "WHERE lower(type_of_establishment) = lower(?)", category.name(), type);
        if (updated == 0) {
            jdbc.update("INSERT INTO establishment_type_category (type_of_establishment, category) VALUES (?, ?)",
                    type, category.name());
        }
        events.publishEvent(new DirectoryEvent("CATEGORY_MAPPING_CHANGED", "ESTABLISHMENT_TYPE", type,
                Map.of("category", category.name())));
    }
}
