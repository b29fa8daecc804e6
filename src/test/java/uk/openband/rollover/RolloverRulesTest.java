package uk.openband.rollover;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.openband.rollover.Tables.agreement;
import static uk.openband.rollover.Tables.row;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.openband.framework.scoring.BandingTable;
import uk.openband.common.SettingCategory;
import uk.openband.rollover.RolloverOutcome.Adjustment;
import uk.openband.rollover.RolloverOutcome.Change;
import uk.openband.rollover.RolloverOutcome.NoChange;
import uk.openband.rollover.RolloverOutcome.NotRolled;
import uk.openband.rollover.RolloverOutcome.Reason;

class RolloverRulesTest {

    static final LocalDate APRIL_26 = LocalDate.of(2026, 4, 1);
    static final AgreementTerms BAND_3 = agreement("3", "5459.00", LocalDate.of(2025, 9, 1),
            LocalDate.of(2027, 8, 31), LocalDate.of(2026, 9, 1));
    static final AgreementTerms BAND_4 = agreement("4", "8446.00", LocalDate.of(2025, 9, 1),
            LocalDate.of(2027, 8, 31), LocalDate.of(2026, 9, 1));

    static RolloverOptions move() {
        return RolloverOptions.of(RolloverPolicy.MOVE);
    }

    @Test
    void move_takes_the_three_per_cent_uplift_from_the_effective_date() {
        Change three = (Change) RolloverRules.roll(BAND_3, Tables.uplift(), APRIL_26, move());
        assertThat(three.newAnnual()).isEqualTo("5622.77");
        assertThat(three.oldAnnual()).isEqualTo("5459.00");
        assertThat(three.annualDifference()).isEqualTo("163.77");
        assertThat(three.effectiveFrom()).isEqualTo(APRIL_26);
        assertThat(three.adjustment()).isEqualTo(Adjustment.NONE);
        assertThat(three.newTermly()).isNull();

        Change four = (Change) RolloverRules.roll(BAND_4, Tables.uplift(), APRIL_26, move());
        assertThat(four.newAnnual()).isEqualTo("8699.38");
        assertThat(four.newTermly()).as("the published termly amount").isEqualTo("2899.79");
    }

    @Test
    void move_starts_an_agreement_that_begins_later_on_its_own_start() {
        AgreementTerms later = agreement("3", "5459.00", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31),
                LocalDate.of(2027, 6, 1));
        assertThat(((Change) RolloverRules.roll(later, Tables.uplift(), APRIL_26, move())).effectiveFrom())
                .isEqualTo(LocalDate.of(2026, 9, 1));
    }

    @Test
    void protected_keeps_the_amount_until_the_review_date() {
        RolloverOptions protect = RolloverOptions.of(RolloverPolicy.PROTECTED);
        Change change = (Change) RolloverRules.roll(BAND_3, Tables.uplift(), APRIL_26, protect);
        assertThat(change.effectiveFrom()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(change.newAnnual()).isEqualTo("5622.77");

        AgreementTerms endsAtReview = agreement("3", "5459.00", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 1));
        assertThat(RolloverRules.roll(endsAtReview, Tables.uplift(), APRIL_26, protect))
                .isEqualTo(new NoChange(Reason.ENDS_BY_REVIEW, null));

        AgreementTerms reviewPassed = agreement("3", "5459.00", LocalDate.of(2025, 9, 1), LocalDate.of(2027, 8, 31),
                LocalDate.of(2026, 3, 1));
        assertThat(((Change) RolloverRules.roll(reviewPassed, Tables.uplift(), APRIL_26, protect)).effectiveFrom())
                .as("a review already past gives no protection").isEqualTo(APRIL_26);
    }

    @Test
    void no_loss_keeps_the_current_amount_when_the_table_lowers_a_band() {
        BandingTable lower = Tables.table("2026-27", APRIL_26, RoundingMode.HALF_UP, List.of(
                row("3", 20, 29, "5000.00", null, true), row("4", 30, 39, "9000.00", null, true)));
        RolloverOptions noLoss = new RolloverOptions(RolloverPolicy.MOVE, true, null);
        assertThat(RolloverRules.roll(BAND_3, lower, APRIL_26, noLoss))
                .isEqualTo(new NoChange(Reason.KEPT_BY_NO_LOSS, "£5,000.00"));
        assertThat(((Change) RolloverRules.roll(BAND_4, lower, APRIL_26, noLoss)).newAnnual()).isEqualTo("9000.00");
        assertThat(((Change) RolloverRules.roll(BAND_3, lower, APRIL_26, move())).newAnnual())
                .as("without no-loss the band falls").isEqualTo("5000.00");
    }

    @Test
    void a_cap_limits_the_change_rounded_with_the_tables_mode() {
        BandingTable big = Tables.table("2026-27", APRIL_26, RoundingMode.HALF_UP, List.of(
                row("3", 20, 29, "6000.00", null, true), row("4", 30, 39, "7000.00", "2333.33", true)));
        RolloverOptions cap = new RolloverOptions(RolloverPolicy.MOVE, false, new BigDecimal("2.5"));
        // 5,459.00 x 2.5% = 136.475 -> 136.48 half up.
        Change up = (Change) RolloverRules.roll(BAND_3, big, APRIL_26, cap);
        assertThat(up.newAnnual()).isEqualTo("5595.48");
        assertThat(up.adjustment()).isEqualTo(Adjustment.CAPPED);
        assertThat(up.newTermly()).as("no published termly amount for a capped amount").isNull();
        // 8,446.00 x 2.5% = 211.15.
        assertThat(((Change) RolloverRules.roll(BAND_4, big, APRIL_26, cap)).newAnnual()).isEqualTo("8234.85");

        BandingTable down = Tables.table("2026-27", APRIL_26, RoundingMode.DOWN, big.settings().get(0).bands());
        assertThat(((Change) RolloverRules.roll(BAND_3, down, APRIL_26, cap)).newAnnual()).isEqualTo("5595.47");

        RolloverOptions capNoLoss = new RolloverOptions(RolloverPolicy.MOVE, true, new BigDecimal("2.5"));
        assertThat(RolloverRules.roll(BAND_4, big, APRIL_26, capNoLoss))
                .isEqualTo(new NoChange(Reason.KEPT_BY_NO_LOSS, "£7,000.00"));
        RolloverOptions zero = new RolloverOptions(RolloverPolicy.MOVE, false, BigDecimal.ZERO);
        assertThat(RolloverRules.roll(BAND_3, big, APRIL_26, zero))
                .isEqualTo(new NoChange(Reason.KEPT_BY_CAP, "£6,000.00"));
    }

    @Test
    void agreements_a_table_cannot_roll_say_why() {
        LocalDate start = LocalDate.of(2025, 9, 1);
        LocalDate end = LocalDate.of(2027, 8, 31);
        LocalDate review = LocalDate.of(2026, 9, 1);
        BandingTable table = Tables.uplift();
        assertThat(RolloverRules.roll(agreement(null, "25000.00", start, end, review), table, APRIL_26, move()))
                .isEqualTo(new NotRolled(Reason.EXCEPTIONAL, null));
        AgreementTerms legacy = new AgreementTerms(null, new BigDecimal("4100.00"), start, end, review, Tables.KEY,
                "2025-26", SettingCategory.MAINSTREAM, true);
        assertThat(RolloverRules.roll(legacy, table, APRIL_26, move()))
                .isEqualTo(new NotRolled(Reason.LEGACY_AMOUNT, null));
        assertThat(RolloverRules.roll(agreement("9", "25000.00", start, end, review), table, APRIL_26, move()))
                .isEqualTo(new NotRolled(Reason.BAND_NOT_IN_TABLE, "9"));
        assertThat(RolloverRules.roll(agreement("1", "100.00", start, end, review), table, APRIL_26, move()))
                .isEqualTo(new NotRolled(Reason.BAND_NOT_TOP_UP, "1"));
        AgreementTerms special = new AgreementTerms("3", new BigDecimal("5459.00"), start, end, review, Tables.KEY,
                "2025-26", SettingCategory.SPECIAL);
        assertThat(RolloverRules.roll(special, table, APRIL_26, move()))
                .isEqualTo(new NotRolled(Reason.CATEGORY_NOT_IN_TABLE, "Special school"));
        AgreementTerms unclassified = new AgreementTerms("3", new BigDecimal("5459.00"), start, end, review,
                Tables.KEY, "2025-26", null);
        assertThat(RolloverRules.roll(unclassified, table, APRIL_26, move()))
                .isEqualTo(new NotRolled(Reason.SETTING_UNCLASSIFIED, null));
        AgreementTerms other = new AgreementTerms("3", new BigDecimal("5459.00"), start, end, review, "other",
                "1", SettingCategory.MAINSTREAM);
        assertThat(RolloverRules.roll(other, table, APRIL_26, move()))
                .isEqualTo(new NotRolled(Reason.OTHER_TABLE, "other 1"));
        AgreementTerms already = new AgreementTerms("3", new BigDecimal("5622.77"), start, end, review, Tables.KEY,
                "2026-27", SettingCategory.MAINSTREAM);
        assertThat(RolloverRules.roll(already, table, APRIL_26, move()))
                .isEqualTo(new NoChange(Reason.ALREADY_ON_TABLE, "2026-27"));
        AgreementTerms same = agreement("3", "5622.77", start, end, review);
        assertThat(RolloverRules.roll(same, table, APRIL_26, move()))
                .isEqualTo(new NoChange(Reason.SAME_AMOUNT, null));
    }

    @Test
    void the_rest_of_the_year_is_pro_rata_by_day_within_the_year_of_the_roll_over() {
        // 163.77 x 365 / 365 for a whole year.
        assertThat(RolloverRules.restOfYearCost(new BigDecimal("163.77"), APRIL_26, LocalDate.of(2027, 8, 31),
                APRIL_26, RoundingMode.HALF_UP)).isEqualTo("163.77");
        // From 1 September 2026: 212 days of 365 -> 95.12 (95.1203...).
        assertThat(RolloverRules.restOfYearCost(new BigDecimal("163.77"), LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 8, 31), APRIL_26, RoundingMode.HALF_UP)).isEqualTo("95.12");
        // Ends 31 December 2026: 275 days.
        assertThat(RolloverRules.restOfYearCost(new BigDecimal("-365.00"), APRIL_26, LocalDate.of(2026, 12, 31),
                APRIL_26, RoundingMode.HALF_UP)).isEqualTo("-275.00");
        assertThat(RolloverRules.restOfYearCost(new BigDecimal("163.77"), LocalDate.of(2027, 4, 1),
                LocalDate.of(2027, 8, 31), APRIL_26, RoundingMode.HALF_UP)).isEqualTo("0.00");
    }
}
