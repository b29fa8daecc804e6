package uk.openband.framework.scoring;

import uk.openband.common.Money;
import uk.openband.common.SettingCategory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void formatsPoundsWithSeparators() {
        assertThat(Money.format(new BigDecimal("5300"))).isEqualTo("£5,300.00");
        assertThat(Money.format(new BigDecimal("0"))).isEqualTo("£0.00");
        assertThat(Money.format(new BigDecimal("999.5"))).isEqualTo("£999.50");
        assertThat(Money.format(new BigDecimal("1234567.89"))).isEqualTo("£1,234,567.89");
    }

    @Test
    void refusesMoreThanTwoDecimalPlaces() {
        assertThatThrownBy(() -> Money.of(new BigDecimal("1.005"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.of(new BigDecimal("1.500"))).isEqualTo(new BigDecimal("1.50"));
    }

    @Test
    void proRataUsesTheTablesRounding() {
        BigDecimal annual = new BigDecimal("1000.00");
        // 1000 x 1 / 3 = 333.333...
        assertThat(Money.proRata(annual, 1, 3, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("333.33"));
        // 1000 x 2 / 3 = 666.666...
        assertThat(Money.proRata(annual, 2, 3, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("666.67"));
        assertThat(Money.proRata(annual, 2, 3, RoundingMode.DOWN)).isEqualTo(new BigDecimal("666.66"));
        // 0.125 x 100 = 12.5 pence: HALF_EVEN keeps the even penny
        assertThat(Money.proRata(new BigDecimal("0.25"), 1, 2, RoundingMode.HALF_EVEN)).isEqualTo(new BigDecimal("0.12"));
        assertThat(Money.proRata(new BigDecimal("0.25"), 1, 2, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("0.13"));
    }

    @Test
    void termlyAmountIsThePublishedOneElseAThirdRounded() {
        BandingTable table = Fixtures.smallTable();
        BandRow a1 = table.bandsFor(SettingCategory.MAINSTREAM).orElseThrow().bands().get(0);
        BandRow a2 = table.bandsFor(SettingCategory.MAINSTREAM).orElseThrow().bands().get(1);

        assertThat(table.termlyAmount(a1)).isEqualTo(new BigDecimal("251.00"));
        assertThat(table.termlyAmount(a2)).isEqualTo(new BigDecimal("498.00"));
        assertThat(table.proRata(new BigDecimal("5300.00"), 100, 365)).isEqualTo(new BigDecimal("1452.05"));
    }
}
