package uk.openband.rollover;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import uk.openband.framework.scoring.BandRow;
import uk.openband.framework.scoring.BandingTable;
import uk.openband.framework.scoring.SettingBands;
import uk.openband.common.SettingCategory;

/** Small banding tables for the roll-over rules. */
final class Tables {

    static final String KEY = "rollover-tariff";

    private Tables() {
    }

    static BandRow row(String band, int min, int max, String annual, String termly, boolean topUp) {
        return new BandRow(band, BigDecimal.valueOf(min), BigDecimal.valueOf(max), new BigDecimal(annual),
                termly == null ? null : new BigDecimal(termly), topUp);
    }

    static BandingTable table(String version, LocalDate from, RoundingMode rounding, List<BandRow> mainstream) {
        return new BandingTable(KEY, "Roll-over tariff", version, "fw", List.of("1"), from, null, "GBP", rounding,
                List.of(new SettingBands(SettingCategory.MAINSTREAM, mainstream)));
    }

    /** 2025-26: bands 1 (no top-up) to 4. */
    static BandingTable old() {
        return table("2025-26", LocalDate.of(2025, 4, 1), RoundingMode.HALF_UP, List.of(
                row("1", 0, 9, "0.00", null, false),
                row("2", 10, 19, "3000.00", null, true),
                row("3", 20, 29, "5459.00", null, true),
                row("4", 30, 39, "8446.00", "2815.33", true)));
    }

    /** 2026-27: every band 3% up, rounded half up: 3,090.00, 5,622.77, 8,699.38. */
    static BandingTable uplift() {
        return table("2026-27", LocalDate.of(2026, 4, 1), RoundingMode.HALF_UP, List.of(
                row("1", 0, 9, "0.00", null, false),
                row("2", 10, 19, "3090.00", null, true),
                row("3", 20, 29, "5622.77", null, true),
                row("4", 30, 39, "8699.38", "2899.79", true)));
    }

    static AgreementTerms agreement(String band, String amount, LocalDate start, LocalDate end, LocalDate review) {
        return new AgreementTerms(band, new BigDecimal(amount), start, end, review, KEY, "2025-26",
                SettingCategory.MAINSTREAM);
    }
}
