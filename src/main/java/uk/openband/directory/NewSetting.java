package uk.openband.directory;

import uk.openband.common.SettingCategory;

/** What it takes to record a setting. */
public record NewSetting(String urn, String laestab, String name, String typeOfEstablishment, String phase,
        SettingCategory category, String postcode) {
}
