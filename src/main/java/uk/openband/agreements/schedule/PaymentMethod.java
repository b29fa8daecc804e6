package uk.openband.agreements.schedule;

import java.util.Objects;

/** How the LA pays agreements: the one method it configures. */
public sealed interface PaymentMethod permits PaymentMethod.Termly, PaymentMethod.Monthly, PaymentMethod.Daily {

    /**
     * Three terms per academic year with dates and weights (or the band's published
     * termly amount per full term); a part term is pro-rated by days.
     */
    record Termly(TermCalendar calendar) implements PaymentMethod {
        public Termly {
            Objects.requireNonNull(calendar, "calendar");
        }
    }

    /** Twelve equal parts of the annual amount, one per calendar month; a part month is pro-rated by days. */
    record Monthly() implements PaymentMethod {
    }

    /**
     * Annual amount / days in the financial year (365 or 366) x days funded, paid in a
     * line per calendar month.
     */
    record Daily() implements PaymentMethod {
    }

    static PaymentMethod termly(TermCalendar calendar) {
        return new Termly(calendar);
    }

    static PaymentMethod monthly() {
        return new Monthly();
    }

    static PaymentMethod daily() {
        return new Daily();
    }
}
