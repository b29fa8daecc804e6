package uk.openband.casework;

/**
 * The officer queue's filters; null means any. {@code officer} is a username, or
 * {@link #UNASSIGNED} for cases nobody has taken yet.
 */
public record CaseFilter(CaseState state, Long settingId, String primaryNeed, String officer, String band) {

    public static final String UNASSIGNED = "-";

    public static CaseFilter none() {
        return new CaseFilter(null, null, null, null, null);
    }

    public CaseFilter withState(CaseState s) {
        return new CaseFilter(s, settingId, primaryNeed, officer, band);
    }
}
