package uk.openband.insight.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn as SVG on the server: groups of bars (one group per label, one bar per series),
 * scaled to the largest value. The page shows the same figures in a table beside it; the chart only draws them.
 */
public record BarChart(int width, int height, List<Series> series, List<Group> groups) {

    /** A series: its name (a message key) and colour. */
    public record Series(String key, String colour, int legendX) {
    }

    /** One bar of a group. */
    public record Bar(int x, int y, int width, int height, String colour, String value, int valueX) {
    }

    /** One group: its label (a message key) at {@code labelY}, and its bars. */
    public record Group(String label, int labelY, List<Bar> bars) {
    }

    static final int BAR_SPACE = 320;
    static final int BAR_HEIGHT = 12;
    static final int GROUP_HEIGHT = 70;
    static final int TOP = 40;
    /** GOV.UK blue, orange and dark grey: each with a 3:1 contrast against white. */
    static final List<String> COLOURS = List.of("#1d70b8", "#f47738", "#505a5f");

    /** {@code values.get(g).get(s)}: group g's value of series s (null draws no bar, labelled {@code missing}). */
    static BarChart of(List<String> seriesKeys, List<String> labels, List<List<BigDecimal>> values, String missing) {
        BigDecimal max = BigDecimal.ONE;
        for (List<BigDecimal> row : values) {
            for (BigDecimal v : row) {
                if (v != null && v.compareTo(max) > 0) {
                    max = v;
                }
            }
        }
        List<Series> series = new ArrayList<>();
        for (int s = 0; s < seriesKeys.size(); s++) {
            series.add(new Series(seriesKeys.get(s), COLOURS.get(s % COLOURS.size()), s * 200));
        }
        List<Group> groups = new ArrayList<>();
        for (int g = 0; g < labels.size(); g++) {
            int top = TOP + g * GROUP_HEIGHT;
            List<Bar> bars = new ArrayList<>();
            for (int s = 0; s < seriesKeys.size(); s++) {
                BigDecimal v = values.get(g).get(s);
                int w = v == null ? 0 : v.multiply(BigDecimal.valueOf(BAR_SPACE))
                        .divide(max, 0, java.math.RoundingMode.HALF_UP).intValue();
                int y = top + 20 + s * (BAR_HEIGHT + 2);
                bars.add(new Bar(0, y, w, BAR_HEIGHT, series.get(s).colour(), v == null ? missing : v.toPlainString(),
                        w + 6));
            }
            groups.add(new Group(labels.get(g), top + 14, bars));
        }
        return new BarChart(BAR_SPACE + 80, TOP + labels.size() * GROUP_HEIGHT, series, groups);
    }
}
