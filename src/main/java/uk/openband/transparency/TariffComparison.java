package uk.openband.transparency;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.openband.framework.scoring.BandFloor;
import uk.openband.framework.scoring.BandRow;
import uk.openband.framework.scoring.BandingTable;
import uk.openband.framework.scoring.HourlyRate;
import uk.openband.framework.scoring.SettingBands;
import uk.openband.common.SettingCategory;

/**
 * A banding table laid out for reading, each band beside the same band of an earlier version
 * (matched by band code) with the change in pounds and per cent.
 */
public record TariffComparison(BandingTable current, BandingTable previous, List<Category> categories) {

    /** A category's bands, and the floors that lift a spiky profile to at least a band. */
    public record Category(SettingCategory category, List<BandFloor> floors, List<Row> rows) {
    }

    /** One band; {@code hours} is set when the band is published as hours a week at an hourly rate. */
    public record Row(String band, String range, BigDecimal annualAmount, BigDecimal termlyAmount, boolean topUp,
            BigDecimal previousAnnualAmount, BigDecimal change, BigDecimal changePercent, boolean isNew,
            HourlyRate hours) {

        public boolean hasPrevious() {
            return previousAnnualAmount != null;
        }
    }

    static TariffComparison of(BandingTable current, BandingTable previous) {
        List<Category> categories = new ArrayList<>();
        for (SettingBands setting : current.settings()) {
            Map<String, BandRow> before = previous == null ? Map.of() : previous.bandsFor(setting.category())
                    .map(b -> b.bands().stream().collect(Collectors.toMap(BandRow::band, Function.identity(), (a, b2) -> a)))
                    .orElse(Map.of());
            List<Row> rows = new ArrayList<>();
            for (BandRow row : setting.bands()) {
                BandRow old = before.get(row.band());
                BigDecimal change = old == null ? null : row.annualAmount().subtract(old.annualAmount());
                BigDecimal percent = old == null || old.annualAmount().signum() == 0 ? null
                        : change.multiply(BigDecimal.valueOf(100)).divide(old.annualAmount(), 1, RoundingMode.HALF_UP);
                rows.add(new Row(row.band(), row.rangeText(), row.annualAmount(), current.termlyAmount(row), row.topUp(),
                        old == null ? null : old.annualAmount(), change, percent, previous != null && old == null,
                        row.hours()));
            }
            categories.add(new Category(setting.category(), setting.floors(), List.copyOf(rows)));
        }
        return new TariffComparison(current, previous, List.copyOf(categories));
    }
}
