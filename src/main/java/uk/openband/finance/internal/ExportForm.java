package uk.openband.finance.internal;

import java.util.List;

/** The "make a batch" form: a period code, FULL or CHANGES, and the confirmation a repeated FULL batch needs. */
public class ExportForm {

    static final List<String> FIELDS = List.of("period", "kind", "confirmRepeat");
    static final List<String> BOUND = List.of("period", "kind", "confirmRepeat");

    private String period;
    private String kind;
    private boolean confirmRepeat;

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public boolean isConfirmRepeat() {
        return confirmRepeat;
    }

    public void setConfirmRepeat(boolean confirmRepeat) {
        this.confirmRepeat = confirmRepeat;
    }
}
