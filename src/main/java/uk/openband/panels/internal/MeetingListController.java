package uk.openband.panels.internal;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import uk.openband.identity.SignedInUser;
import uk.openband.panels.PanelMeetings;
import uk.openband.platform.Refused;
import uk.openband.platform.web.Refusals;
import uk.openband.platform.web.input.InputMessages;

/** The list of panel meetings, and planning a new one. */
@Controller
class MeetingListController {

    static final List<String> FIELDS = List.of("date", "chair", "members");

    private final PanelMeetings meetings;
    private final MessageSource messages;
    private final InputMessages inputs;

    MeetingListController(PanelMeetings meetings, MessageSource messages, InputMessages inputs) {
        this.meetings = meetings;
        this.messages = messages;
        this.inputs = inputs;
    }

    @InitBinder("meetingForm")
    void fields(WebDataBinder binder) {
        binder.setAllowedFields("date.day", "date.month", "date.year", "chair", "members");
    }

    @GetMapping("/panels")
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("meetings", meetings.listFor(user));
        model.addAttribute("canPlan", !user.is(uk.openband.identity.Role.PANEL_MEMBER));
        return "panels/list";
    }

    @GetMapping("/panels/new")
    String form(Model model, Locale locale) {
        NewMeetingForm form = new NewMeetingForm();
        return show(form, new BeanPropertyBindingResult(form, "meetingForm"), model, locale);
    }

    @PostMapping("/panels/new")
    String create(@Valid @ModelAttribute("meetingForm") NewMeetingForm form, BindingResult result,
            @AuthenticationPrincipal SignedInUser user, Model model, Locale locale) {
        LocalDate date = DecisionForms.withinYears(result, "date", form.getDate().toDate(), "panels.meetingDate",
                inputs);
        if (!result.hasErrors()) {
            try {
                long id = meetings.create(date, blankToNull(form.getChair()), form.getMembers(), user.getUsername());
                return "redirect:/panels/" + id;
            } catch (Refused e) {
                Refusals.reject(result, FIELDS, e);
            }
        }
        return show(form, result, model, locale);
    }

    private String show(NewMeetingForm form, BindingResult result, Model model, Locale locale) {
        model.addAttribute("meetingForm", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "meetingForm", result);
        model.addAttribute("panelMembers", meetings.panelMembers().stream()
                .map(u -> new Option(u.username(), u.displayName())).toList());
        model.addAttribute("quorum", meetings.quorum());
        Problems.summary(model, result, messages, locale, FIELDS, List.of("date"));
        return "panels/new";
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
