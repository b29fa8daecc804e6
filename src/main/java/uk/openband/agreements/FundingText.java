package uk.openband.agreements;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How funding messages write dates: "4 January 2027". */
final class FundingText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private FundingText() {
    }

    static String date(LocalDate day) {
        return day.format(DATE);
    }
}
