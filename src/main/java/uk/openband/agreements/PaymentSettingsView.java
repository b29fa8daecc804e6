package uk.openband.agreements;

import java.time.Instant;
import java.util.List;

/**
 * The LA's one payment method, whether a band's published termly amount is paid per full term
 * (termly method only), the term calendar, and who last changed them.
 */
public record PaymentSettingsView(PaymentMethodKind method, boolean useTermlyAmount, List<AcademicYearView> years,
        String updatedBy, Instant updatedAt, long version) {

    public PaymentSettingsView {
        years = List.copyOf(years);
    }
}
