package uk.openband.finance.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** Rows for export tests. */
final class ExportRows {

    private ExportRows() {
    }

    static ExportRow row(String name, String band, String amount) {
        return new ExportRow("A123456789012", name, "100001", "8812001", "Oak Primary School", band,
                new BigDecimal("5300.00"), LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30),
                new BigDecimal(amount), "HN100", "4101", "AGR-000001", "DEC-000001");
    }

    /** {@code count} generated rows, made one at a time: never a list. */
    static Iterator<ExportRow> generated(long count) {
        return new Iterator<>() {
            private long made;

            @Override
            public boolean hasNext() {
                return made < count;
            }

            @Override
            public ExportRow next() {
                if (made >= count) {
                    throw new NoSuchElementException();
                }
                made++;
                LocalDate from = LocalDate.of(2025, 4, 1).plusMonths(made % 12);
                return new ExportRow(String.format("A%012d", made), "Pupil " + made,
                        String.valueOf(100000 + made % 500), String.valueOf(8812000 + made % 500),
                        "Setting " + made % 500, "Band " + (made % 5 + 1), new BigDecimal("5300.00"), from,
                        from.plusMonths(1).minusDays(1), BigDecimal.valueOf(44167 - made % 3, 2), "HN100",
                        "4101", "AGR-" + made, "DEC-" + made);
            }
        };
    }
}
