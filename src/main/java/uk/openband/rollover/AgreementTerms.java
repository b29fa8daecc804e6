package uk.openband.rollover;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import uk.openband.common.Money;
import uk.openband.common.SettingCategory;

/**
 * What the roll-over needs to know about one agreement: its band (null for an exceptional
 * amount, or an imported legacy amount: {@code legacy}), current annual amount, dates, the banding table it was made under, and the
 * category of its setting (null when the setting is not classified).
 */
public record AgreementTerms(String band, BigDecimal annualAmount, LocalDate startDate, LocalDate endDate,
        LocalDate reviewDate, String bandingKey, String bandingVersion, SettingCategory category, boolean legacy) {

    /** An agreement that is not an imported legacy amount. */
    public AgreementTerms(String band, BigDecimal annualAmount, LocalDate startDate, LocalDate endDate,
            LocalDate reviewDate, String bandingKey, String bandingVersion, SettingCategory category) {
        this(band, annualAmount, startDate, endDate, reviewDate, bandingKey, bandingVersion, category, false);
    }

    public AgreementTerms {
        annualAmount = Money.of(annualAmount);
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(reviewDate, "reviewDate");
        Objects.requireNonNull(bandingKey, "bandingKey");
        Objects.requireNonNull(bandingVersion, "bandingVersion");
    }
}
