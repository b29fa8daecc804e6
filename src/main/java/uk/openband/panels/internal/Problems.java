package uk.openband.panels.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import uk.openband.platform.web.ErrorSummary;

/** The error summary of a panel form's binding result, in the model. */
final class Problems {

    private Problems() {
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
