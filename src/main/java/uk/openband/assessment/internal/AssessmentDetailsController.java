package uk.openband.assessment.internal;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.openband.assessment.AssessmentConflictException;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.assessment.AssessmentView;
import uk.openband.assessment.ProvisionLine;
import uk.openband.identity.SignedInUser;
import uk.openband.platform.Refused;
import uk.openband.platform.web.ErrorSummary;
import uk.openband.platform.web.Refusals;
import uk.openband.platform.web.input.DateInput;
import uk.openband.platform.web.input.MoneyInput;
import uk.openband.pupils.PupilAccess;

/** The details page of an assessment: declaration, requested start date, costed provision summary. */
@Controller
class AssessmentDetailsController {

    /** The largest cost per week the assessment keeps (its service says so too). */
    private static final BigDecimal COST_MAX = new BigDecimal("999999.99");
    private static final List<String> FIELDS = List.of("requestedStartDate", "consulted");

    private final AssessmentManagement assessments;
    private final AssessmentPagesController pages;
    private final MessageSource messages;

    AssessmentDetailsController(AssessmentManagement assessments, AssessmentPagesController pages,
            MessageSource messages) {
        this.assessments = assessments;
        this.pages = pages;
        this.messages = messages;
    }

    @InitBinder("detailsForm")
    void fields(WebDataBinder binder) {
        binder.setAllowedFields("version", "consulted", "requestedStartDate.day", "requestedStartDate.month",
                "requestedStartDate.year", "lines[*].supportType", "lines[*].hours", "lines[*].cost");
        binder.setAutoGrowCollectionLimit(DetailsForm.LINES);
    }

    @GetMapping("/assessments/{id}/details")
    String details(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        AssessmentView a = pages.editable(user, id);
        DetailsForm form = new DetailsForm();
        form.setVersion(a.version());
        form.setConsulted(a.consulted());
        form.setRequestedStartDate(DateInput.of(a.requestedStartDate()));
        for (ProvisionLine line : a.provision()) {
            form.getLines().add(new DetailsForm.Line(line.supportType(), line.hoursPerWeek().toPlainString(),
                    line.costPerWeek().toPlainString()));
        }
        return show(a, form, new BeanPropertyBindingResult(form, "detailsForm"), user, model, Locale.UK);
    }

    @PostMapping("/assessments/{id}/details")
    String save(@PathVariable long id, @Valid @ModelAttribute("detailsForm") DetailsForm form, BindingResult result,
            @RequestParam(defaultValue = "continue") String action, @AuthenticationPrincipal SignedInUser user,
            Model model, Locale locale) {
        AssessmentView a = pages.editable(user, id);
        LocalDate start = parseDate(form, result);
        List<ProvisionLine> lines = parseLines(form, result);
        if (!result.hasErrors()) {
            try {
                assessments.saveDetails(PupilAccess.scope(user), id, form.getVersion(), form.isConsulted(), start, lines,
                        user.getUsername());
                return "save".equals(action) ? "redirect:/assessments/" + id : "redirect:/assessments/" + id + "/check";
            } catch (Refused e) {
                Refusals.reject(result, FIELDS, e);
                return show(a, form, result, user, model, locale);
            } catch (AssessmentConflictException | OptimisticLockingFailureException e) {
                AssessmentView current = assessments.get(PupilAccess.scope(user), id);
                form.setVersion(current.version());
                model.addAttribute("conflict", List.of(messages.getMessage("assessment.conflict.details",
                        new Object[] {current.updatedBy()}, locale)));
                return show(current, form, result, user, model, locale);
            }
        }
        return show(a, form, result, user, model, locale);
    }

    private String show(AssessmentView a, DetailsForm form, BindingResult result, SignedInUser user, Model model,
            Locale locale) {
        form.padLines();
        pages.common(a, user, model);
        model.addAttribute("detailsForm", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "detailsForm", result);
        List<String> order = new ArrayList<>(FIELDS);
        for (int i = 0; i < DetailsForm.LINES; i++) {
            order.add("lines[" + i + "].supportType");
            order.add("lines[" + i + "].hours");
            order.add("lines[" + i + "].cost");
        }
        ErrorSummary summary = ErrorSummary.from(result, messages, locale, order);
        model.addAttribute("errorSummary", new ErrorSummary(summary.entries().stream()
                .map(e -> e.href().equals("#requestedStartDate") ? new ErrorSummary.Entry("#requestedStartDate-day",
                        e.message()) : new ErrorSummary.Entry(e.href().replace("[", "").replace("]", "").replace(".", "-"),
                        e.message())).toList()));
        return "assessment/details";
    }

    /** The start date (its form is checked by {@code @ValidDate}); a year outside 2000 to 2100 is refused. */
    private static LocalDate parseDate(DetailsForm form, BindingResult result) {
        LocalDate date = form.getRequestedStartDate().toDate();
        if (date != null && (date.getYear() < 2000 || date.getYear() > 2100)) {
            result.rejectValue("requestedStartDate", "assessment.start.year");
            return null;
        }
        return date;
    }

    private static List<ProvisionLine> parseLines(DetailsForm form, BindingResult result) {
        List<ProvisionLine> lines = new ArrayList<>();
        for (int i = 0; i < form.getLines().size(); i++) {
            DetailsForm.Line line = form.getLines().get(i);
            if (line.isBlank()) {
                continue;
            }
            String prefix = "lines[" + i + "].";
            if (DetailsForm.blank(line.getSupportType())) {
                result.rejectValue(prefix + "supportType", "assessment.provision.type", new Object[] {i + 1}, null);
            } else if (line.getSupportType().length() > 200) {
                result.rejectValue(prefix + "supportType", "assessment.provision.typeLong", new Object[] {i + 1}, null);
            }
            BigDecimal hours = decimal(line.getHours(), 2);
            if (hours == null || hours.compareTo(new BigDecimal("168")) > 0) {
                result.rejectValue(prefix + "hours", "assessment.provision.hours", new Object[] {i + 1}, null);
            }
            MoneyInput.Check costCheck = MoneyInput.check(line.getCost(), MoneyInput.Rules.AMOUNT.max(COST_MAX));
            BigDecimal cost = costCheck.amount();
            if (cost == null) {
                result.rejectValue(prefix + "cost", "assessment.provision.cost", new Object[] {i + 1}, null);
            }
            if (hours != null && cost != null && !DetailsForm.blank(line.getSupportType())) {
                lines.add(new ProvisionLine(line.getSupportType().trim(), hours, cost));
            }
        }
        return lines;
    }

    /** A non-negative decimal with at most {@code scale} decimal places, or null. */
    static BigDecimal decimal(String text, int scale) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.trim());
            return value.signum() < 0 || value.stripTrailingZeros().scale() > scale ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
