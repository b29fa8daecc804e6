package uk.openband.finance.export;

import java.util.function.Function;

/** The columns of a finance export, in order, with their headers and cell types. */
public enum ExportColumn {
    PUPIL_UPN("Pupil UPN", Type.TEXT, ExportRow::pupilUpn),
    PUPIL_NAME("Pupil name", Type.TEXT, ExportRow::pupilName),
    SETTING_URN("Setting URN", Type.TEXT, ExportRow::settingUrn),
    LAESTAB("LAESTAB", Type.TEXT, ExportRow::laestab),
    SETTING_NAME("Setting name", Type.TEXT, ExportRow::settingName),
    BAND("Band", Type.TEXT, ExportRow::band),
    ANNUAL_AMOUNT("Annual amount", Type.MONEY, ExportRow::annualAmount),
    PERIOD_FROM("Period from", Type.DATE, ExportRow::periodFrom),
    PERIOD_TO("Period to", Type.DATE, ExportRow::periodTo),
    AMOUNT("Amount", Type.MONEY, ExportRow::amount),
    COST_CENTRE("Cost centre", Type.TEXT, ExportRow::costCentre),
    ACCOUNT_CODE("Account code", Type.TEXT, ExportRow::accountCode),
    AGREEMENT_REFERENCE("Agreement reference", Type.TEXT, ExportRow::agreementReference),
    DECISION_REFERENCE("Decision reference", Type.TEXT, ExportRow::decisionReference);

    /** What a column holds: text (neutralised), a date, or money in pounds at scale 2. */
    public enum Type {
        TEXT, DATE, MONEY
    }

    private final String header;
    private final Type type;
    private final Function<ExportRow, Object> value;

    ExportColumn(String header, Type type, Function<ExportRow, Object> value) {
        this.header = header;
        this.type = type;
        this.value = value;
    }

    public String header() {
        return header;
    }

    public Type type() {
        return type;
    }

    /** The row's value for this column: a String (possibly null), a LocalDate or a BigDecimal. */
    public Object valueOf(ExportRow row) {
        return value.apply(row);
    }
}
