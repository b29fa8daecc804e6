package uk.openband.agreements.schedule;

import java.util.Objects;

/**
 * One funding term: its name ("Autumn 2025"), its days (holidays included, so the terms
 * of a calendar follow on from each other), and its weight out of its academic year's
 * total, for example 7 of 19.
 */
public record Term(String name, DateRange dates, int weight, int weightTotal) {

    public Term {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dates, "dates");
        if (weight < 0 || weightTotal <= 0 || weight > weightTotal) {
            throw new IllegalArgumentException("a term's weight is between 0 and its year's total: " + name);
        }
    }
}
