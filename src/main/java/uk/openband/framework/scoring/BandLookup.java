package uk.openband.framework.scoring;

import uk.openband.common.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The bands of one setting category, prepared for lookup, with each row's trace text
 * worked out once. Both ends of a row are inclusive; a total between one row's end
 * and the next row's start belongs to the lower row. Floors lift a result whose one
 * fundable area scores high to at least the floor's band.
 */
final class BandLookup {

    private final SettingBands bands;
    private final BandRow[] rows;
    private final String[] inBandText;
    private final String[] betweenText;
    private final String[] outcomeText;
    private final String belowText;
    private final String aboveText;
    private final BandFloor[] floors;
    private final int[] floorBand;
    /** Per floor, the end of its trace line: ", at least 12, so the band is lifted to B3 for ...". */
    private final String[] floorText;

    BandLookup(SettingBands bands) {
        List<BandRow> list = bands.bands();
        if (list.isEmpty()) {
            throw new IllegalArgumentException("no bands for " + bands.category());
        }
        this.bands = bands;
        this.rows = list.toArray(new BandRow[0]);
        String categoryText = bands.category().labelInSentence();
        this.inBandText = new String[rows.length];
        this.betweenText = new String[rows.length];
        this.outcomeText = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            BandRow row = rows[i];
            String outcome = " for " + categoryText + ": " + amountText(row);
            outcomeText[i] = outcome;
            inBandText[i] = " is in band " + row.band() + " (" + row.rangeText() + ")" + outcome;
            if (i + 1 < rows.length) {
                betweenText[i] = " is between band " + row.band() + " (" + row.rangeText() + ") and band "
                        + rows[i + 1].band() + " (" + rows[i + 1].rangeText() + "), so takes the lower band "
                        + row.band() + outcome;
            }
        }
        this.belowText = " is below the first band (from " + Decimals.text(rows[0].minScore()) + "): no top-up";
        this.aboveText = " is above the top band (to " + Decimals.text(rows[rows.length - 1].maxScore())
                + "): exceptional, the panel costs the provision";
        List<BandFloor> usable = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        for (BandFloor floor : bands.floors()) {
            int at = bands.indexOfBand(floor.band());
            if (at >= 0) {
                usable.add(floor);
                index.add(at);
            }
        }
        this.floors = usable.toArray(new BandFloor[0]);
        this.floorBand = index.stream().mapToInt(Integer::intValue).toArray();
        this.floorText = new String[floors.length];
        for (int f = 0; f < floors.length; f++) {
            floorText[f] = ", at least " + Decimals.text(floors[f].minAreaScore()) + ", so the band is lifted to "
                    + rows[floorBand[f]].band() + outcomeText[floorBand[f]];
        }
    }

    private static String amountText(BandRow row) {
        if (!row.topUp()) {
            return "no top-up (met from the setting's own budget)";
        }
        String text = Money.format(row.annualAmount()) + " a year";
        HourlyRate hours = row.hours();
        if (hours != null) {
            text += " (" + Decimals.text(hours.hoursPerWeek()) + " hours a week x "
                    + Money.format(hours.hourlyRate()) + " an hour x " + Decimals.text(hours.weeksPerYear())
                    + " weeks)";
        }
        if (row.termlyAmount() != null) {
            text += " (" + Money.format(row.termlyAmount()) + " a term)";
        }
        return text;
    }

    /** The outcome for a total, with its trace line (and a floor's line when a floor lifts the band). */
    ScoreResult result(BigDecimal total, String totalText, AreaScore[] scores, String[] trace) {
        List<AreaScore> areas = List.of(scores);
        int i = bands.rowIndexFor(total);
        if (i == rows.length) {
            trace[trace.length - 1] = "Total " + totalText + aboveText;
            return new ScoreResult(total, null, true, null, null, true, areas, List.of(trace));
        }
        int lifted = i;
        int floorAt = -1;
        AreaScore liftedBy = null;
        for (int f = 0; f < floors.length; f++) {
            if (floorBand[f] <= lifted) {
                continue;
            }
            for (AreaScore area : scores) {
                if (area.fundable() && floors[f].appliesTo(area.code(), area.score())) {
                    lifted = floorBand[f];
                    floorAt = f;
                    liftedBy = area;
                    break;
                }
            }
        }
        String totalLine;
        if (i < 0) {
            totalLine = "Total " + totalText + belowText;
        } else {
            totalLine = "Total " + totalText + (total.compareTo(rows[i].maxScore()) <= 0 ? inBandText[i] : betweenText[i]);
        }
        trace[trace.length - 1] = totalLine;
        List<String> lines;
        if (liftedBy == null) {
            lines = List.of(trace);
        } else {
            String[] withFloor = java.util.Arrays.copyOf(trace, trace.length + 1);
            withFloor[trace.length] = "Floor: " + liftedBy.name() + " scores " + liftedBy.score().toPlainString()
                    + floorText[floorAt];
            lines = List.of(withFloor);
        }
        if (lifted < 0) {
            return new ScoreResult(total, null, false, Money.ZERO, null, false, areas, lines);
        }
        BandRow row = rows[lifted];
        return new ScoreResult(total, row.band(), row.topUp(), row.annualAmount(), row.termlyAmount(), false,
                areas, lines);
    }

    /** The outcome when a domain is answered at an exceptional level: no band, no amount. */
    static ScoreResult exceptional(BigDecimal total, String totalText, AreaScore[] scores, String[] trace,
            String because, String which) {
        trace[trace.length - 1] = "Total " + totalText + " is not banded: " + because
                + ", so the result is exceptional and the panel costs the provision";
        return new ScoreResult(total, null, true, null, null, true, List.of(scores), List.of(trace), which);
    }
}
