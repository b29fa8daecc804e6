package uk.openband.panels.internal;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
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

    /** The summary; date fields link to their day input. */
    static void summary(Model model, BindingResult result, MessageSource messages, Locale locale, List<String> fields,
            List<String> dateFields) {
        ErrorSummary s = ErrorSummary.from(result, messages, locale, fields);
        model.addAttribute("errorSummary", new ErrorSummary(s.entries().stream()
                .map(e -> dateFields.contains(e.href().substring(1)) ? new ErrorSummary.Entry(e.href() + "-day",
                        e.message()) : e).toList()));
    }
}
