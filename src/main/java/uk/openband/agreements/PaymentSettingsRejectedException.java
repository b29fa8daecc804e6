package uk.openband.agreements;

import java.util.List;

/** The payment settings were not saved; each problem names the field at fault. Nothing was written. */
public class PaymentSettingsRejectedException extends RuntimeException {

    public record Problem(String field, String message) {
    }

    private final List<Problem> problems;

    public PaymentSettingsRejectedException(List<Problem> problems) {
        super(problems.isEmpty() ? "The payment settings were not saved" : problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
