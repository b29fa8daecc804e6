package uk.openband.finance;

import uk.openband.common.SettingCategory;

/** Where payments to settings of one category are posted; the codes are null until someone sets them. */
public record CostCode(SettingCategory category, String costCentre, String accountCode) {

    public String categoryLabel() {
        return category.label();
    }

    public boolean isSet() {
        return costCentre != null && accountCode != null;
    }
}
