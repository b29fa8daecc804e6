package uk.openband.rollover.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.validation.BindingResult;
import uk.openband.platform.web.input.DateInput;
import uk.openband.platform.web.input.ValidDate;
import uk.openband.rollover.RolloverOptions;
import uk.openband.rollover.RolloverPolicy;

/**
 * The roll-over form: the table version (by id), the effective date (empty means the table's own
 * effective-from date), the policy, no-loss and an optional cap; for applying, the preview's
 * fingerprint and the confirmation.
 */
public class RolloverForm {

    static final List<String> FIELDS = List.of("table", "effectiveFrom", "policy", "noLoss", "capPercent", "confirm");
    static final List<String> BOUND = List.of("table", "effectiveFrom.day", "effectiveFrom.month", "effectiveFrom.year",
            "policy", "noLoss", "capPercent", "fingerprint", "confirm");

    private String table;
    @ValidDate(value = "rollover.effectiveFrom", required = false)
    private DateInput effectiveFrom = new DateInput();
    private String policy;
    private boolean noLoss;
    private String capPercent;
    private String fingerprint;
    private boolean confirm;

    /** The chosen table version's id, or null with an error. */
    Long tableId(BindingResult result) {
        if (blank(table)) {
            result.rejectValue("table", "rollover.table.required");
            return null;
        }
        try {
            return Long.parseLong(table.trim());
        } catch (NumberFormatException e) {
            result.rejectValue("table", "rollover.table.unknown");
            return null;
        }
    }

    /** The policy and options, or null with errors. */
    RolloverOptions options(BindingResult result) {
        RolloverPolicy chosen = null;
        if (blank(policy)) {
            result.rejectValue("policy", "rollover.policy.required");
        } else {
            try {
                chosen = RolloverPolicy.valueOf(policy.trim());
            } catch (IllegalArgumentException e) {
                result.rejectValue("policy", "rollover.policy.required");
            }
        }
        BigDecimal cap = null;
        if (!blank(capPercent)) {
            try {
                cap = new BigDecimal(capPercent.trim().replace("%", "").trim());
                if (cap.signum() < 0 || cap.compareTo(RolloverOptions.MAX_CAP) > 0
                        || cap.stripTrailingZeros().scale() > 2) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                result.rejectValue("capPercent", "rollover.capPercent.invalid");
                cap = null;
            }
        }
        if (chosen == null || result.hasFieldErrors("capPercent")) {
            return null;
        }
        return new RolloverOptions(chosen, noLoss, cap);
    }

    void showDate(LocalDate date) {
        effectiveFrom = DateInput.of(date);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public DateInput getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(DateInput effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public String getTable() {
        return table;
    }

    public void setTable(String table) {
        this.table = table;
    }

    public String getPolicy() {
        return policy;
    }

    public void setPolicy(String policy) {
        this.policy = policy;
    }

    public boolean isNoLoss() {
        return noLoss;
    }

    public void setNoLoss(boolean noLoss) {
        this.noLoss = noLoss;
    }

    public String getCapPercent() {
        return capPercent;
    }

    public void setCapPercent(String capPercent) {
        this.capPercent = capPercent;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public void setFingerprint(String fingerprint) {
        this.fingerprint = fingerprint;
    }

    public boolean isConfirm() {
        return confirm;
    }

    public void setConfirm(boolean confirm) {
        this.confirm = confirm;
    }
}
