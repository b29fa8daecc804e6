package uk.openband.directory;

import uk.openband.common.SettingCategory;

/** Everything on a setting's record, for the administrators' pages. */
public record SettingDetails(long id, String urn, String laestab, String name, String typeOfEstablishment,
        String phase, boolean open, SettingCategory category, String postcode, Long hostSettingId, String hostName) {
}
