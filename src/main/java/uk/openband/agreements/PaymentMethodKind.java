package uk.openband.agreements;

/** The payment methods an LA can choose (see {@code funding.schedule.PaymentMethod} for the rules). */
public enum PaymentMethodKind {
    TERMLY,
    MONTHLY,
    DAILY
}
