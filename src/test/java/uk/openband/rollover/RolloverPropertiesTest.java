package uk.openband.rollover;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.openband.framework.scoring.BandingTable;
import uk.openband.common.Money;
import uk.openband.rollover.RolloverOutcome.Change;
import uk.openband.rollover.RolloverOutcome.NoChange;

/** The roll-over rules over random amounts, caps, rounding modes and policies. */
class RolloverPropertiesTest {

    static final LocalDate EFFECTIVE = LocalDate.of(2026, 4, 1);

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.longs().between(1, 100_000_000L).map(p -> BigDecimal.valueOf(p, 2));
    }

    @Provide
    Arbitrary<BigDecimal> caps() {
        return Arbitraries.integers().between(0, 10_000).map(c -> BigDecimal.valueOf(c, 2));
    }

    @Provide
    Arbitrary<RoundingMode> roundings() {
        return Arbitraries.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.HALF_DOWN, RoundingMode.UP,
                RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR);
    }

    static BandingTable table(BigDecimal bandAmount, RoundingMode rounding) {
        return Tables.table("new", EFFECTIVE, rounding,
                List.of(Tables.row("3", 20, 29, bandAmount.toPlainString(), null, true)));
    }

    static AgreementTerms agreement(BigDecimal current) {
        return Tables.agreement("3", current.toPlainString(), LocalDate.of(2025, 9, 1), LocalDate.of(2027, 8, 31),
                LocalDate.of(2026, 9, 1));
    }

    static BigDecimal newAmount(RolloverOutcome outcome, BigDecimal current) {
        return outcome instanceof Change c ? c.newAnnual() : current;
    }

    @Property(tries = 500)
    void no_loss_never_lowers_an_amount(@ForAll("amounts") BigDecimal current, @ForAll("amounts") BigDecimal band,
            @ForAll RolloverPolicy policy, @ForAll("roundings") RoundingMode rounding) {
        RolloverOutcome outcome = RolloverRules.roll(agreement(current), table(band, rounding), EFFECTIVE,
                new RolloverOptions(policy, true, null));
        assertThat(newAmount(outcome, current)).isGreaterThanOrEqualTo(current);
        assertThat(newAmount(outcome, current)).isEqualTo(current.max(band));
    }

    @Property(tries = 500)
    void a_cap_never_lets_a_change_exceed_its_percentage(@ForAll("amounts") BigDecimal current,
            @ForAll("amounts") BigDecimal band, @ForAll("caps") BigDecimal cap, @ForAll boolean noLoss,
            @ForAll("roundings") RoundingMode rounding) {
        RolloverOutcome outcome = RolloverRules.roll(agreement(current), table(band, rounding), EFFECTIVE,
                new RolloverOptions(RolloverPolicy.MOVE, noLoss, cap));
        BigDecimal change = newAmount(outcome, current).subtract(current).abs();
        BigDecimal exact = current.multiply(cap).divide(BigDecimal.valueOf(100));
        assertThat(change).isLessThanOrEqualTo(RolloverRules.capBound(current, cap, rounding));
        assertThat(change.subtract(exact)).as("the bound is the exact percentage rounded to the penny")
                .isLessThan(new BigDecimal("0.01"));
        assertThat(newAmount(outcome, current).scale()).isEqualTo(Money.SCALE);
        if (noLoss) {
            assertThat(newAmount(outcome, current)).isGreaterThanOrEqualTo(current);
        }
        // Within the cap the table's amount is taken as it is.
        if (band.subtract(current).abs().compareTo(RolloverRules.capBound(current, cap, rounding)) <= 0
                && (!noLoss || band.compareTo(current) >= 0)) {
            assertThat(newAmount(outcome, current)).isEqualTo(band);
        }
    }

    @Property(tries = 500)
    void move_gives_the_tables_amount_from_the_effective_date(@ForAll("amounts") BigDecimal current,
            @ForAll("amounts") BigDecimal band, @ForAll("roundings") RoundingMode rounding) {
        RolloverOutcome outcome = RolloverRules.roll(agreement(current), table(band, rounding), EFFECTIVE,
                RolloverOptions.of(RolloverPolicy.MOVE));
        assertThat(newAmount(outcome, current)).isEqualTo(band);
        if (outcome instanceof Change c) {
            assertThat(c.effectiveFrom()).isEqualTo(EFFECTIVE);
            assertThat(c.annualDifference()).isEqualTo(band.subtract(current));
        } else {
            assertThat(outcome).isInstanceOf(NoChange.class);
            assertThat(band).isEqualByComparingTo(current);
        }
    }

    @Property(tries = 300)
    void protected_never_changes_an_amount_before_the_review_date(@ForAll("amounts") BigDecimal current,
            @ForAll("amounts") BigDecimal band, @ForAll boolean noLoss) {
        RolloverOutcome outcome = RolloverRules.roll(agreement(current), table(band, RoundingMode.HALF_UP),
                EFFECTIVE, new RolloverOptions(RolloverPolicy.PROTECTED, noLoss, null));
        if (outcome instanceof Change c) {
            assertThat(c.effectiveFrom()).isEqualTo(LocalDate.of(2026, 9, 1));
        }
    }
}
