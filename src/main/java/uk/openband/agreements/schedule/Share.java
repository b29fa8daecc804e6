package uk.openband.agreements.schedule;

/** A piece of a payment period before rounding: its days, its label and its exact amount. */
record Share(DateRange period, String label, Fraction exact, LineKind kind) {
}
