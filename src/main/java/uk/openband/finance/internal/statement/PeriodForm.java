package uk.openband.finance.internal.statement;

import uk.openband.agreements.PaymentSettings;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.validation.BindingResult;
import uk.openband.agreements.schedule.FinancialYear;
import uk.openband.agreements.schedule.PaymentPeriod;

/**
 * The period a statement covers, as the form asks for it: a financial year and, within it, the whole
 * year, one of the three terms that start in it (summer, autumn, spring) or one of its months.
 * Every field is text so that anything typed into the address comes back as a clear message.
 */
public class PeriodForm {

    static final List<String> FIELDS = List.of("kind", "year", "term", "month");
    static final List<String> TERMS = List.of("SUMMER", "AUTUMN", "SPRING");

    private String kind;
    private String year;
    private String term;
    private String month;

    /** The whole of the given financial year: what a statement shows when nothing is chosen. */
    static PeriodForm wholeYear(FinancialYear fy) {
        PeriodForm form = new PeriodForm();
        form.kind = PaymentPeriod.Kind.FINANCIAL_YEAR.name();
        form.year = Integer.toString(fy.startYear());
        return form;
    }

    boolean isEmpty() {
        return blank(kind) && blank(year) && blank(term) && blank(month);
    }

    /** The financial year asked for, if it reads as one. */
    Optional<FinancialYear> financialYear() {
        if (blank(year) || !year.strip().matches("\\d{4}")) {
            return Optional.empty();
        }
        int y = Integer.parseInt(year.strip());
        return y >= 2000 && y <= 2199 ? Optional.of(new FinancialYear(y)) : Optional.empty();
    }

    /**
     * The period, or empty with the problems rejected into {@code result} (message codes
     * {@code statement.*}).
     */
    Optional<PaymentPeriod> resolve(PaymentSettings terms, BindingResult result) {
        PaymentPeriod.Kind k = null;
        if (blank(kind)) {
            result.rejectValue("kind", "statement.kind.required");
        } else {
            try {
                k = PaymentPeriod.Kind.valueOf(kind.strip());
            } catch (IllegalArgumentException e) {
                result.rejectValue("kind", "statement.kind.required");
            }
        }
        Optional<FinancialYear> fy = financialYear();
        if (fy.isEmpty()) {
            result.rejectValue("year", "statement.year.invalid");
        }
        if (k == PaymentPeriod.Kind.TERM && (blank(term) || !TERMS.contains(term.strip()))) {
            result.rejectValue("term", "statement.term.required");
        }
        Integer m = null;
        if (k == PaymentPeriod.Kind.MONTH) {
            if (!blank(month) && month.strip().matches("\\d{1,2}")) {
                m = Integer.parseInt(month.strip());
            }
            if (m == null || m < 1 || m > 12) {
                result.rejectValue("month", "statement.month.required");
            }
        }
        if (result.hasErrors()) {
            return Optional.empty();
        }
        int start = fy.get().startYear();
        return switch (k) {
            case FINANCIAL_YEAR -> Optional.of(PaymentPeriod.financialYear(fy.get()));
            case MONTH -> Optional.of(PaymentPeriod.month(YearMonth.of(m >= 4 ? start : start + 1, m)));
            case TERM -> {
                String name = term.strip();
                int academicYear = "SUMMER".equals(name) ? start - 1 : start;
                Optional<PaymentPeriod> found = terms.term(academicYear, name);
                if (found.isEmpty()) {
                    result.rejectValue("term", "statement.term.noDates");
                }
                yield found;
            }
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getTerm() {
        return term;
    }

    public void setTerm(String term) {
        this.term = term;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
