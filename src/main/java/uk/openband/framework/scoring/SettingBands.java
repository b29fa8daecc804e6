package uk.openband.framework.scoring;

import java.util.List;
import java.util.Objects;

/** The bands of one setting category, in ascending order of score. */
public record SettingBands(SettingCategory category, List<BandRow> bands) {

    public SettingBands {
        Objects.requireNonNull(category, "category");
        bands = List.copyOf(bands);
    }

    /** The highest row's maximum score; above it a total is exceptional. */
    public java.math.BigDecimal topMaxScore() {
        return bands.get(bands.size() - 1).maxScore();
    }
}
