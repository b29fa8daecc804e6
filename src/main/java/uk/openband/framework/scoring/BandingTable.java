package uk.openband.framework.scoring;

import uk.openband.common.Money;

import uk.openband.common.SettingCategory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a banding table: per setting category, rows of score ranges to bands
 * and amounts. It belongs to one framework key, for the listed framework versions.
 */
public record BandingTable(String key, String name, String version, String frameworkKey,
        List<String> frameworkVersions, LocalDate effectiveFrom, LocalDate effectiveTo, String currency,
        RoundingMode rounding, List<SettingBands> settings) implements VersionedDocument {

    public BandingTable {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(frameworkKey, "frameworkKey");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        frameworkVersions = List.copyOf(frameworkVersions);
        currency = currency == null ? "GBP" : currency;
        rounding = rounding == null ? RoundingMode.HALF_UP : rounding;
        settings = List.copyOf(settings);
    }

    /** The bands for a setting category, if the table has them. */
    public Optional<SettingBands> bandsFor(SettingCategory category) {
        return settings.stream().filter(s -> s.category() == category).findFirst();
    }

    /** True when this table may be used with that framework version. */
    public boolean appliesTo(MatrixFramework framework) {
        return frameworkKey.equals(framework.key()) && frameworkVersions.contains(framework.version());
    }

    /** What one term pays: the published termly amount, else a third of the annual amount. */
    public BigDecimal termlyAmount(BandRow row) {
        return row.termlyAmount() != null
                ? row.termlyAmount()
                : Money.proRata(row.annualAmount(), 1, 3, rounding);
    }

    /** {@code annual x numerator / denominator}, rounded with this table's rounding. */
    public BigDecimal proRata(BigDecimal annualAmount, long numerator, long denominator) {
        return Money.proRata(annualAmount, numerator, denominator, rounding);
    }
}
