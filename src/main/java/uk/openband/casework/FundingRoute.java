package uk.openband.casework;

/**
 * A funding route from the council's own list (for example EHCP top-up, top-up without an EHC plan, early
 * years inclusion, post-16): its code (as files and the API name it), its name, and whether it is still offered.
 */
public record FundingRoute(String code, String name, boolean active) {
}
