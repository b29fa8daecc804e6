package uk.openband.framework.internal.web;

import java.time.LocalDate;
import java.util.Map;

/**
 * Start a new draft from a published version: the new version string, the effective dates
 * (GOV.UK date inputs {@code effectiveFrom-day|-month|-year}) and the change note. Read from
 * the named inputs only.
 */
public record NewDraftForm(String version, DateParts effectiveFrom, DateParts effectiveTo, String changeNote) {

    /** A GOV.UK date input's three parts as typed. */
    public record DateParts(String day, String month, String year) {

        static DateParts of(LocalDate date) {
            return date == null ? new DateParts("", "", "")
                    : new DateParts(Integer.toString(date.getDayOfMonth()), Integer.toString(date.getMonthValue()),
                            Integer.toString(date.getYear()));
        }

        boolean blank() {
            return day.isBlank() && month.isBlank() && year.isBlank();
        }

        /** The date, or null when it is not a real date with a four-digit year. */
        LocalDate date() {
            try {
                int y = Integer.parseInt(year.strip());
                if (y < 1000 || y > 9999) {
                    return null;
                }
                return LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    static NewDraftForm empty(LocalDate effectiveFrom) {
        return new NewDraftForm("", DateParts.of(effectiveFrom), DateParts.of(null), "");
    }

    static NewDraftForm submitted(Map<String, String> params) {
        return new NewDraftForm(text(params, "version"), parts(params, "effectiveFrom"), parts(params, "effectiveTo"),
                text(params, "changeNote"));
    }

    /** Checks what the form alone can check; adds errors to the page. Messages: the page's words. */
    void check(PageErrors errors, Messages m, boolean withEffectiveTo) {
        if (version.isBlank()) {
            errors.add("version", m.get("fw.draft.version.required"));
        } else if (version.strip().length() > 60) {
            errors.add("version", m.get("fw.draft.version.long"));
        }
        LocalDate from = effectiveFrom.date();
        if (effectiveFrom.blank()) {
            errors.add("effectiveFrom-day", m.get("fw.draft.from.required"));
        } else if (from == null) {
            errors.add("effectiveFrom-day", m.get("fw.draft.from.invalid"));
        }
        if (withEffectiveTo && !effectiveTo.blank()) {
            if (effectiveTo.date() == null) {
                errors.add("effectiveTo-day", m.get("fw.draft.to.invalid"));
            } else if (from != null && effectiveTo.date().isBefore(from)) {
                errors.add("effectiveTo-day", m.get("fw.draft.to.beforeFrom"));
            }
        }
        if (changeNote.length() > 2000) {
            errors.add("changeNote", m.get("fw.draft.note.long"));
        }
    }

    LocalDate effectiveToDate() {
        return effectiveTo.blank() ? null : effectiveTo.date();
    }

    /** Page words by message key. */
    @FunctionalInterface
    interface Messages {
        String get(String key);
    }

    private static DateParts parts(Map<String, String> params, String field) {
        return new DateParts(text(params, field + "-day"), text(params, field + "-month"), text(params, field + "-year"));
    }

    private static String text(Map<String, String> params, String name) {
        String v = params.get(name);
        return v == null ? "" : v;
    }
}
