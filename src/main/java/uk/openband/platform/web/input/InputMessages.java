package uk.openband.platform.web.input;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The messages of the input kit, from {@code messages.properties}. A message is the field's own
 * ({@code <prefix>.<code>}, for example {@code pupil.dateOfBirth.invalid}, read without arguments) when there is
 * one, otherwise the kit's Design System wording ({@code date.invalid={0} must be a real date}) where {@code {0}}
 * is the field's name to start a sentence ({@code <prefix>.name}), {@code {1}} its name inside a sentence
 * ({@code <prefix>.inSentence}, else the name) and {@code {2}}, {@code {3}} the dates or amounts of a range.
 */
@Component
public class InputMessages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final MessageSource messages;

    public InputMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** The message for a date that does not read. */
    public String date(String prefix, DateCheck check) {
        return message(prefix, "date", check.code());
    }

    /** A date that reads but is out of range: {@code past}, {@code pastOrToday}, {@code future}, ... */
    public String dateRange(String prefix, String code, LocalDate... dates) {
        List<Object> extra = new ArrayList<>();
        for (LocalDate d : dates) {
            extra.add(d.format(DAY));
        }
        return message(prefix, "date", code, extra.toArray());
    }

    /** The message for an amount that does not read. */
    public String money(String prefix, MoneyInput.Problem problem, BigDecimal max) {
        return message(prefix, "money", problem.code(), pounds(max));
    }

    /**
     * Reads a date input into the binding result: the date, or null (blank and not required, or an error on
     * {@code field} in the Design System's words).
     */
    public LocalDate read(BindingResult result, String field, DateInput input, String prefix, boolean required) {
        DateCheck check = input.check();
        if (check.ok()) {
            return check.date();
        }
        if (check.problem() != DateCheck.Problem.REQUIRED || required) {
            reject(result, field, input, date(prefix, check));
        }
        return null;
    }

    /** Reads an amount into the binding result: pounds and pence, or null (blank, or an error on field). */
    public BigDecimal read(BindingResult result, String field, String text, String prefix, MoneyInput.Rules rules) {
        MoneyInput.Check check = MoneyInput.check(text, rules);
        if (!check.ok()) {
            reject(result, field, text, money(prefix, check.problem(), rules.max()));
        }
        return check.amount();
    }

    /** An error on a field, in words already read. */
    public static void reject(BindingResult result, String field, Object rejected, String message) {
        result.addError(new FieldError(result.getObjectName(), result.getNestedPath() + field,
                rejected == null ? null : rejected.toString(), false, null, null, message));
    }

    String message(String prefix, String kit, String code, Object... extra) {
        Locale locale = LocaleContextHolder.getLocale();
        String own = messages.getMessage(prefix + "." + code, null, null, locale);
        if (own != null) {
            return own;
        }
        String name = messages.getMessage(prefix + ".name", null, prefix, locale);
        String inSentence = messages.getMessage(prefix + ".inSentence", null, name, locale);
        List<Object> args = new ArrayList<>(List.of(name, inSentence));
        args.addAll(List.of(extra));
        return messages.getMessage(kit + "." + code, args.toArray(), locale);
    }

    static String pounds(BigDecimal amount) {
        return new DecimalFormat("£#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK)).format(amount);
    }
}
