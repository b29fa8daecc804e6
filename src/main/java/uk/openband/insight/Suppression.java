package uk.openband.insight;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Small numbers hidden the way DfE statistics hide them. Primary: a count of 1 to 4 is shown as {@code x}.
 * Secondary: in each column (requests, decided, awarded, overridden, disputed), when exactly one group's count is
 * hidden, the smallest other non-zero count of that column is hidden too, so that the hidden one cannot be worked
 * out from the council-wide total. A group whose requests or decided count is hidden has its rates and averages
 * hidden too, and so does a rate (or the awards' mean and median) whose own count is hidden. The council-wide
 * figures follow the same primary rule. Zero is shown as 0.
 */
public final class Suppression {

    /** A hidden figure. */
    public static final String HIDDEN = "x";

    private Suppression() {
    }

    /** A group's figures as shown: counts and rates as text, {@link #HIDDEN} where hidden, null where none. */
    public record Row(String group, String requests, String decided, String awarded, String awardRate,
            String meanAward, String medianAward, String overridden, String overrideRate, String disputed,
            String disputeRate) {
    }

    static boolean small(long n) {
        return n >= 1 && n <= 4;
    }

    static List<Row> apply(List<EqualityReport.Counts> groups) {
        int n = groups.size();
        List<ToLongFunction<EqualityReport.Counts>> columns = List.of(EqualityReport.Counts::requests,
                EqualityReport.Counts::decided, EqualityReport.Counts::awarded, EqualityReport.Counts::overridden,
                EqualityReport.Counts::disputed);
        boolean[][] hidden = new boolean[columns.size()][n];
        for (int c = 0; c < columns.size(); c++) {
            ToLongFunction<EqualityReport.Counts> column = columns.get(c);
            int count = 0;
            for (int g = 0; g < n; g++) {
                hidden[c][g] = small(column.applyAsLong(groups.get(g)));
                count += hidden[c][g] ? 1 : 0;
            }
            if (count == 1) {
                final int col = c;
                java.util.stream.IntStream.range(0, n)
                        .filter(g -> !hidden[col][g] && column.applyAsLong(groups.get(g)) > 0)
                        .boxed().min(Comparator.comparingLong((Integer g) -> column.applyAsLong(groups.get(g)))
                                .thenComparing(g -> groups.get(g).group()))
                        .ifPresent(g -> hidden[col][g] = true);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int g = 0; g < n; g++) {
            EqualityReport.Counts x = groups.get(g);
            boolean group = !(hidden[0][g] || hidden[1][g]);
            rows.add(new Row(x.group(), count(x.requests(), hidden[0][g]), count(x.decided(), hidden[1][g]),
                    count(x.awarded(), hidden[2][g]), rate(x.awardRate(), group && !hidden[2][g]),
                    money(x.meanAward(), group && !hidden[2][g]), money(x.medianAward(), group && !hidden[2][g]),
                    count(x.overridden(), hidden[3][g]), rate(x.overrideRate(), group && !hidden[3][g]),
                    count(x.disputed(), hidden[4][g]), rate(x.disputeRate(), group && !hidden[4][g])));
        }
        return rows;
    }

    /** The council-wide figures: shown in full unless a count is itself 1 to 4. */
    static Row council(EqualityReport.Counts x) {
        List<Row> one = apply(List.of(x));
        return one.get(0);
    }

    private static String count(long value, boolean hide) {
        return hide ? HIDDEN : Long.toString(value);
    }

    private static String rate(BigDecimal value, boolean show) {
        return !show ? HIDDEN : value == null ? null : value.toPlainString();
    }

    private static String money(BigDecimal value, boolean show) {
        return !show ? HIDDEN : value == null ? null : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
