package uk.openband.finance.internal.budget;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.BindingResult;
import uk.openband.common.SettingCategory;
import uk.openband.platform.web.input.MoneyInput;

/**
 * A financial year's budget as the form asks for it: one amount in pounds per setting category, as
 * typed (so a mistyped amount comes back as it was, with a message). Empty means no budget for that
 * category.
 */
public class BudgetForm {

    /** The form field of each category, in the form's order. */
    static final Map<SettingCategory, String> FIELD = fields();
    static final List<String> FIELDS = List.copyOf(FIELD.values());
    static final BigDecimal MAX = MoneyInput.MAX;

    private String year;
    private String mainstream;
    private String resourcedProvision;
    private String special;
    private String alternativeProvision;
    private String earlyYears;
    private String post16;

    private static Map<SettingCategory, String> fields() {
        Map<SettingCategory, String> f = new LinkedHashMap<>();
        f.put(SettingCategory.MAINSTREAM, "mainstream");
        f.put(SettingCategory.RESOURCED_PROVISION, "resourcedProvision");
        f.put(SettingCategory.SPECIAL, "special");
        f.put(SettingCategory.ALTERNATIVE_PROVISION, "alternativeProvision");
        f.put(SettingCategory.EARLY_YEARS, "earlyYears");
        f.put(SettingCategory.POST_16, "post16");
        return f;
    }

    static BudgetForm of(int year, Map<SettingCategory, BigDecimal> amounts) {
        BudgetForm form = new BudgetForm();
        form.year = Integer.toString(year);
        amounts.forEach((c, a) -> form.set(c, a.toPlainString()));
        return form;
    }

    /**
     * The amounts by category, or rejections in {@code result} (codes {@code budget.amount.*}, with the
     * category's label as the argument).
     */
    Map<SettingCategory, BigDecimal> amounts(BindingResult result) {
        Map<SettingCategory, BigDecimal> amounts = new EnumMap<>(SettingCategory.class);
        FIELD.forEach((category, field) -> {
            String raw = get(category);
            if (raw == null || raw.isBlank()) {
                return;
            }
            MoneyInput.Check check = MoneyInput.check(raw, MoneyInput.Rules.POSITIVE.max(MAX));
            if (check.ok()) {
                amounts.put(category, check.amount());
            } else {
                result.rejectValue(field, "budget.amount." + check.problem().code(),
                        new Object[] {category.labelInSentence()}, null);
            }
        });
        return amounts;
    }

    String get(SettingCategory category) {
        return switch (category) {
            case MAINSTREAM -> mainstream;
            case RESOURCED_PROVISION -> resourcedProvision;
            case SPECIAL -> special;
            case ALTERNATIVE_PROVISION -> alternativeProvision;
            case EARLY_YEARS -> earlyYears;
            case POST_16 -> post16;
        };
    }

    private void set(SettingCategory category, String value) {
        switch (category) {
            case MAINSTREAM -> mainstream = value;
            case RESOURCED_PROVISION -> resourcedProvision = value;
            case SPECIAL -> special = value;
            case ALTERNATIVE_PROVISION -> alternativeProvision = value;
            case EARLY_YEARS -> earlyYears = value;
            case POST_16 -> post16 = value;
        }
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getMainstream() {
        return mainstream;
    }

    public void setMainstream(String mainstream) {
        this.mainstream = mainstream;
    }

    public String getResourcedProvision() {
        return resourcedProvision;
    }

    public void setResourcedProvision(String resourcedProvision) {
        this.resourcedProvision = resourcedProvision;
    }

    public String getSpecial() {
        return special;
    }

    public void setSpecial(String special) {
        this.special = special;
    }

    public String getAlternativeProvision() {
        return alternativeProvision;
    }

    public void setAlternativeProvision(String alternativeProvision) {
        this.alternativeProvision = alternativeProvision;
    }

    public String getEarlyYears() {
        return earlyYears;
    }

    public void setEarlyYears(String earlyYears) {
        this.earlyYears = earlyYears;
    }

    public String getPost16() {
        return post16;
    }

    public void setPost16(String post16) {
        this.post16 = post16;
    }
}
