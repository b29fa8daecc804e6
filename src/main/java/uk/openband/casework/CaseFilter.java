package uk.openband.casework;

/**
 * The officer queue's filters; null means any. {@code officer} is a username, or
 * {@link #UNASSIGNED} for cases nobody has taken yet. {@code overdue} keeps only cases past the
 * due date of the stage they are in.
 */
public record CaseFilter(CaseState state, Long settingId, String primaryNeed, String officer, String band,
        boolean overdue) {

    public static final String UNASSIGNED = "-";

    public CaseFilter(CaseState state, Long settingId, String primaryNeed, String officer, String band) {
        this(state, settingId, primaryNeed, officer, band, false);
    }

    public static CaseFilter none() {
        return new CaseFilter(null, null, null, null, null, false);
    }

    public CaseFilter withState(CaseState s) {
        return new CaseFilter(s, settingId, primaryNeed, officer, band, overdue);
    }
}
