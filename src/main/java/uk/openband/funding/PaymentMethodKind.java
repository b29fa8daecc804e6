package uk.openband.funding;

/** The payment methods an LA can choose (see {@code funding.schedule.PaymentMethod} for the rules). */
public enum PaymentMethodKind {
    TERMLY,
    MONTHLY,
    DAILY
}
