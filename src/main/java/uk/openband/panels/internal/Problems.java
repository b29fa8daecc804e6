package uk.openband.panels.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import uk.openband.casework.CaseActionRefusedException;
import uk.openband.panels.PanelRefusedException;
import uk.openband.platform.web.ErrorSummary;

/** Puts a refusal's problems on a form's binding result, and the error summary in the model. */
final class Problems {

    private Problems() {
    }

    static void reject(BindingResult result, List<String> fields, PanelRefusedException e) {
        e.problems().forEach(p -> reject(result, fields, p.field(), p.message()));
    }

    static void reject(BindingResult result, List<String> fields, CaseActionRefusedException e) {
        e.problems().forEach(p -> reject(result, fields, p.field(), p.message()));
    }

    static void reject(BindingResult result, List<String> fields, String field, String message) {
        if (fields.contains(field)) {
            result.rejectValue(field, "", message);
        } else {
            result.reject("", message);
        }
    }

    /**
     * The summary: a field's error links to its input (a date's to its day input); a problem with
     * the meeting or the person rather than a field links to the main content, which is always there.
     */
    static void summary(Model model, BindingResult result, MessageSource messages, Locale locale, List<String> fields,
            List<String> dateFields) {
        List<ErrorSummary.Entry> entries = new ArrayList<>();
        for (String field : fields) {
            FieldError error = result.getFieldError(field);
            if (error != null) {
                entries.add(new ErrorSummary.Entry("#" + field + (dateFields.contains(field) ? "-day" : ""),
                        messages.getMessage(error, locale)));
            }
        }
        for (ObjectError error : result.getGlobalErrors()) {
            entries.add(new ErrorSummary.Entry("#main-content", messages.getMessage(error, locale)));
        }
        model.addAttribute("errorSummary", new ErrorSummary(List.copyOf(entries)));
    }
}
