package uk.openband.framework.scoring;

import uk.openband.common.Money;

import java.math.BigDecimal;
import java.util.List;

/**
 * The bands of one setting category, prepared for lookup, with each row's trace text
 * worked out once. Both ends of a row are inclusive; a total between one row's end
 * and the next row's start belongs to the lower row.
 */
final class BandLookup {

    private final SettingBands bands;
    private final BandRow[] rows;
    private final String[] inBandText;
    private final String[] betweenText;
    private final String belowText;
    private final String aboveText;

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
        for (int i = 0; i < rows.length; i++) {
            BandRow row = rows[i];
            String outcome = " for " + categoryText + ": " + amountText(row);
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
    }

    private static String amountText(BandRow row) {
        if (!row.topUp()) {
            return "no top-up (met from the setting's own budget)";
        }
        String text = Money.format(row.annualAmount()) + " a year";
        if (row.termlyAmount() != null) {
            text += " (" + Money.format(row.termlyAmount()) + " a term)";
        }
        return text;
    }

    /** The outcome for a total, with its trace line. */
    ScoreResult result(BigDecimal total, String totalText, List<AreaScore> areas, String[] trace) {
        int i = bands.rowIndexFor(total);
        if (i < 0) {
            trace[trace.length - 1] = "Total " + totalText + belowText;
            return new ScoreResult(total, null, false, Money.ZERO, null, false, areas, List.of(trace));
        }
        if (i == rows.length) {
            trace[trace.length - 1] = "Total " + totalText + aboveText;
            return new ScoreResult(total, null, true, null, null, true, areas, List.of(trace));
        }
        BandRow row = rows[i];
        String line = total.compareTo(row.maxScore()) <= 0 ? inBandText[i] : betweenText[i];
        trace[trace.length - 1] = "Total " + totalText + line;
        return new ScoreResult(total, row.band(), row.topUp(), row.annualAmount(), row.termlyAmount(), false,
                areas, List.of(trace));
    }
}
