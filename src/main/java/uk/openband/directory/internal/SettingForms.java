package uk.openband.directory.internal;

import java.util.List;
import uk.openband.common.SettingCategory;

/** The administrators' setting forms. */
final class SettingForms {

    private SettingForms() {
    }

    /** Change a setting's category and host school. */
    public static class Classify {

        static final List<String> FIELDS = List.of("category", "hostSettingId");

        private SettingCategory category;
        private Long hostSettingId;

        public SettingCategory getCategory() {
            return category;
        }

        public void setCategory(SettingCategory category) {
            this.category = category;
        }

        public Long getHostSettingId() {
            return hostSettingId;
        }

        public void setHostSettingId(Long hostSettingId) {
            this.hostSettingId = hostSettingId;
        }
    }

    /** Map a type of establishment to a category. */
    public static class Mapping {

        static final List<String> FIELDS = List.of("type", "category");

        private String type;
        private SettingCategory category;

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        public SettingCategory getCategory() {
            return category;
        }

        public void setCategory(SettingCategory category) {
            this.category = category;
        }
    }
}
