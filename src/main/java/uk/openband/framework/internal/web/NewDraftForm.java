package uk.openband.framework.internal.web;

import uk.openband.platform.web.PageErrors;

import java.time.LocalDate;
import java.util.Map;
import uk.openband.platform.web.input.DateCheck;
import uk.openband.platform.web.input.DateInput;
import uk.openband.platform.web.input.InputMessages;

/**
 * Start a new draft from a published version: the new version string, the effective dates
 * (GOV.UK date inputs {@code effectiveFrom-day|-month|-year}) and the change note. Read from
 * the named inputs only.
 */
public record NewDraftForm(String version, DateInput effectiveFrom, DateInput effectiveTo, String changeNote) {

    static NewDraftForm empty(LocalDate effectiveFrom) {
        return new NewDraftForm("", DateInput.of(effectiveFrom), DateInput.of(null), "");
    }

    static NewDraftForm submitted(Map<String, String> params) {
        return new NewDraftForm(text(params, "version"), DateInput.from(params, "effectiveFrom"),
                DateInput.from(params, "effectiveTo"),
                text(params, "changeNote"));
    }

    /**
     * Checks what the form alone can check; adds errors to the page. Messages: the page's words; a date that
     * does not read is worded by the input kit ({@code dates}: "Effective from must include a year"). The
     * inline error sits on the date's boxes; the summary links to the first box in error.
     */
    void check(PageErrors errors, Messages m, InputMessages dates, boolean withEffectiveTo) {
        if (version.isBlank()) {
            errors.add("version", m.get("fw.draft.version.required"));
        } else if (version.strip().length() > 60) {
            errors.add("version", m.get("fw.draft.version.long"));
        }
        DateCheck from = effectiveFrom.check();
        if (!from.ok()) {
            date(errors, "effectiveFrom", from, dates.date("fw.draft.from", from));
        }
        if (withEffectiveTo && !effectiveTo.isBlank()) {
            DateCheck to = effectiveTo.check();
            if (!to.ok()) {
                date(errors, "effectiveTo", to, dates.date("fw.draft.to", to));
            } else if (from.ok() && to.date().isBefore(from.date())) {
                errors.add("effectiveTo-day", m.get("fw.draft.to.beforeFrom"));
            }
        }
        if (changeNote.length() > 2000) {
            errors.add("changeNote", m.get("fw.draft.note.long"));
        }
    }

    private static void date(PageErrors errors, String field, DateCheck check, String message) {
        errors.inline(field + "-day", message);
        errors.addToSummary(field + "-" + check.parts().stream().sorted().findFirst().orElse(DateInput.Part.DAY).id(),
                message);
    }

    LocalDate effectiveToDate() {
        return effectiveTo.toDate();
    }

    /** Page words by message key. */
    @FunctionalInterface
    interface Messages {
        String get(String key);
    }

    private static String text(Map<String, String> params, String name) {
        String v = params.get(name);
        return v == null ? "" : v;
    }
}
