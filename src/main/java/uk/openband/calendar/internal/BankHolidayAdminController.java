package uk.openband.calendar.internal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.openband.calendar.BankHoliday;
import uk.openband.calendar.BankHolidays;
import uk.openband.platform.Refused;
import uk.openband.platform.web.ErrorSummary;
import uk.openband.platform.web.Refusals;

/** Administrators list the bank holidays by year, add one and remove one. */
@Controller
@RequestMapping("/admin/bank-holidays")
class BankHolidayAdminController {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final BankHolidays holidays;
    private final MessageSource messages;
    private final Clock clock;

    BankHolidayAdminController(BankHolidays holidays, MessageSource messages, Clock clock) {
        this.holidays = holidays;
        this.messages = messages;
        this.clock = clock;
    }

    @InitBinder("holidayForm")
    void holidayFields(WebDataBinder binder) {
        binder.setAllowedFields(BankHolidayForm.BOUND.toArray(String[]::new));
    }

    @GetMapping
    String list(@RequestParam(name = "year", required = false) Integer year, Model model) {
        model.addAttribute("holidayForm", new BankHolidayForm());
        return page(model, year, ErrorSummary.empty());
    }

    @PostMapping
    String add(@Valid @ModelAttribute("holidayForm") BankHolidayForm form, BindingResult result, Model model, Locale locale,
            RedirectAttributes redirect) {
        LocalDate date = form.getDate().toDate();
        if (!result.hasFieldErrors("name") && form.getName().strip().length() > BankHolidays.MAX_NAME_LENGTH) {
            result.rejectValue("name", "bankHoliday.name.tooLong");
        }
        if (!result.hasErrors()) {
            try {
                BankHoliday added = holidays.add(date, form.getName());
                redirect.addFlashAttribute("banner", messages.getMessage("bankHoliday.added",
                        new Object[] {LONG_DATE.format(added.date()), added.name()}, locale));
                return "redirect:/admin/bank-holidays?year=" + added.date().getYear();
            } catch (Refused e) {
                Refusals.reject(result, BankHolidayForm.FIELDS, e);
            }
        }
        return page(model, date == null ? null : date.getYear(),
                ErrorSummary.from(result, messages, locale, BankHolidayForm.FIELDS));
    }

    @PostMapping("/{date}/remove")
    String remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Locale locale,
            RedirectAttributes redirect) {
        BankHoliday removed;
        try {
            removed = holidays.remove(date);
        } catch (Refused e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.messageKey());
        }
        redirect.addFlashAttribute("banner", messages.getMessage("bankHoliday.removed",
                new Object[] {LONG_DATE.format(removed.date()), removed.name()}, locale));
        return "redirect:/admin/bank-holidays?year=" + date.getYear();
    }

    private String page(Model model, Integer year, ErrorSummary summary) {
        int shown = year != null ? year : LocalDate.now(clock).getYear();
        model.addAttribute("year", shown);
        model.addAttribute("years", holidays.years());
        model.addAttribute("holidays", holidays.inYear(shown).stream()
                .map(h -> new BankHolidayRow(h.date().toString(), LONG_DATE.format(h.date()), h.name())).toList());
        model.addAttribute("errorSummary", summary);
        return "calendar/bank-holidays";
    }
}
