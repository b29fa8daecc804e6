package uk.openband.insight;

import java.util.Map;

/**
 * One indicator by name ({@code requestsReceived}, {@code triagedInTarget} ...): its headline figure and, for some,
 * the parts that explain it (for example {@code outOf} and {@code percent}), each compared across the periods.
 */
public record Indicator(String name, Comparison figure, Map<String, Comparison> parts) {
}
