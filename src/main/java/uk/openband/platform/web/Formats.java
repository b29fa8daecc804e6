package uk.openband.platform.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Numbers and money as pages show them; templates use it as {@code @format}. */
@Component("format")
public class Formats {

    /** "£5,300.00"; an empty string for null. */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("£#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        String text = f.format(amount.abs());
        return amount.signum() < 0 ? "−" + text : text;
    }

    /** A signed change in money: "+£154.00", "−£20.00", "£0.00". */
    public String moneyChange(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return amount.signum() > 0 ? "+" + money(amount) : money(amount);
    }

    /** "7", "2.5", "-3": no trailing zeros, no exponent. */
    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** "+3.1%", "−2.0%". */
    public String percentChange(BigDecimal percent) {
        if (percent == null) {
            return "";
        }
        String text = percent.abs().toPlainString() + "%";
        return percent.signum() > 0 ? "+" + text : percent.signum() < 0 ? "−" + text : text;
    }
}
