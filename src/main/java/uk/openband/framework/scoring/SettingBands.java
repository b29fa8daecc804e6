package uk.openband.framework.scoring;

import uk.openband.common.SettingCategory;

import java.util.List;
import java.util.Objects;

/**
 * The bands of one setting category, in ascending order of score, and the floors that lift
 * a spiky profile (one high area) to at least a given band.
 */
public record SettingBands(SettingCategory category, List<BandFloor> floors, List<BandRow> bands) {

    public SettingBands {
        Objects.requireNonNull(category, "category");
        floors = floors == null ? List.of() : List.copyOf(floors);
        bands = List.copyOf(bands);
    }

    /** Bands without floors. */
    public SettingBands(SettingCategory category, List<BandRow> bands) {
        this(category, List.of(), bands);
    }

    /** The position of the named band (higher = later), or -1. */
    public int indexOfBand(String band) {
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).band().equals(band)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The row a total falls in: both ends inclusive, and a total between one row's end
     * and the next row's start belongs to the lower row. Returns -1 when the total is
     * below the first row (no top-up) and {@code bands().size()} when it is above the
     * last row's maximum (exceptional).
     */
    public int rowIndexFor(java.math.BigDecimal total) {
        if (bands.isEmpty()) {
            return -1;
        }
        int i = bands.size() - 1;
        while (i >= 0 && total.compareTo(bands.get(i).minScore()) < 0) {
            i--;
        }
        if (i == bands.size() - 1 && total.compareTo(bands.get(i).maxScore()) > 0) {
            return bands.size();
        }
        return i;
    }

    /** The highest row's maximum score; above it a total is exceptional. */
    public java.math.BigDecimal topMaxScore() {
        return bands.get(bands.size() - 1).maxScore();
    }
}
