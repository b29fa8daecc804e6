package uk.openband.finance.internal.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.openband.directory.SettingDetails;
import uk.openband.agreements.schedule.PaymentPeriod;

/**
 * What one setting is paid for a period: each funded pupil's payment lines that fall due in it,
 * with a subtotal per pupil and the total. The totals come from the database's own sums.
 */
public record Statement(SettingDetails setting, PaymentPeriod period, List<PupilLines> pupils, BigDecimal total,
        int lineCount) {

    public boolean isEmpty() {
        return pupils.isEmpty();
    }

    /** One funded pupil's lines in the period, their agreements' references and the subtotal. */
    public record PupilLines(long pupilId, String upn, String name, List<String> references, List<Line> lines,
            BigDecimal subtotal) {
    }

    /**
     * One payment line: the agreement it belongs to, the band, the days it pays for, the day it falls due
     * (its first day, or the decision day when that is later) and the amount.
     */
    public record Line(String reference, String band, String label, String kind, LocalDate periodFrom,
            LocalDate periodTo, LocalDate due, BigDecimal amount) {

        public boolean arrears() {
            return "ARREARS".equals(kind);
        }
    }
}
