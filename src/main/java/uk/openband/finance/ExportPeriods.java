package uk.openband.finance;

import java.util.Optional;
import org.springframework.stereotype.Service;
import uk.openband.agreements.PaymentSettings;
import uk.openband.agreements.schedule.PaymentPeriod;

/** The periods an export batch can be made for: a month, a term of the LA's calendar or a financial year. */
@Service
public class ExportPeriods {

    private final PaymentSettings paymentSettings;

    ExportPeriods(PaymentSettings paymentSettings) {
        this.paymentSettings = paymentSettings;
    }

    /** The period a code names ({@code 2026-05}, {@code 2026-AUTUMN}, {@code FY2026}), terms from the LA's calendar. */
    public Optional<PaymentPeriod> period(String code) {
        Optional<PaymentPeriod> monthOrYear = PaymentPeriod.parseMonthOrYear(code);
        if (monthOrYear.isPresent()) {
            return monthOrYear;
        }
        return PaymentPeriod.termCode(code).flatMap(t -> paymentSettings.term(t.academicYear(), t.term()));
    }
}
