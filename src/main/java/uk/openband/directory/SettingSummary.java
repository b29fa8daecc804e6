package uk.openband.directory;

import uk.openband.common.SettingCategory;

/** A setting as other modules see it. */
public record SettingSummary(long id, String urn, String laestab, String name, String typeOfEstablishment,
        String phase, boolean open, SettingCategory category) {
}
