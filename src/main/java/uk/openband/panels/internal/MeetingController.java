package uk.openband.panels.internal;

import uk.openband.platform.web.Refusals;
import uk.openband.platform.Refused;
import uk.openband.platform.Conflict;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.panels.MeetingView;
import uk.openband.panels.PanelMeetings;

/** A meeting's page: members, their settings, the agenda with recusals; adding cases; starting and closing. */
@Controller
class MeetingController {

    private final PanelMeetings meetings;
    private final MessageSource messages;

    MeetingController(PanelMeetings meetings, MessageSource messages) {
        this.meetings = meetings;
        this.messages = messages;
    }

    @InitBinder("agendaForm")
    void agendaFields(WebDataBinder binder) {
        binder.setAllowedFields("version", "caseReference");
    }

    @InitBinder("linkForm")
    void linkFields(WebDataBinder binder) {
        binder.setAllowedFields("version", "member", "settingUrn");
    }

    @GetMapping("/panels/{id}")
    String meeting(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model, Locale locale) {
        MeetingView m = meetings.visibleTo(user, id);
        return show(m, user, new MeetingForms.AgendaForm(), null, new MeetingForms.LinkForm(), null, model, locale);
    }

    @PostMapping("/panels/{id}/agenda")
    String addCase(@PathVariable long id, @ModelAttribute("agendaForm") MeetingForms.AgendaForm form,
            BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model, Locale locale,
            RedirectAttributes redirect) {
        MeetingView m = meetings.visibleTo(user, id);
        try {
            meetings.addCase(id, form.getVersion(), form.getCaseReference(), user.getUsername());
            redirect.addFlashAttribute("banner", messages.getMessage("panels.meeting.added",
                    new Object[] {form.getCaseReference()}, locale));
            return "redirect:/panels/" + id;
        } catch (Refused e) {
            Refusals.reject(result, List.of("caseReference"), e);
        } catch (Conflict e) {
            Refusals.reject(result, e);
        }
        return show(meetings.get(id), user, form, result, new MeetingForms.LinkForm(), null, model, locale);
    }

    @PostMapping("/panels/{id}/links")
    String link(@PathVariable long id, @ModelAttribute("linkForm") MeetingForms.LinkForm form, BindingResult result,
            @AuthenticationPrincipal SignedInUser user, Model model, Locale locale, RedirectAttributes redirect) {
        meetings.visibleTo(user, id);
        try {
            meetings.link(id, form.getVersion(), form.getMember(), form.getSettingUrn(), user.getUsername());
            redirect.addFlashAttribute("banner", messages.getMessage("panels.meeting.linked", null, locale));
            return "redirect:/panels/" + id;
        } catch (Refused e) {
            Refusals.reject(result, List.of("member", "settingUrn"), e);
        } catch (Conflict e) {
            Refusals.reject(result, e);
        }
        return show(meetings.get(id), user, new MeetingForms.AgendaForm(), null, form, result, model, locale);
    }

    @PostMapping("/panels/{id}/links/remove")
    String unlink(@PathVariable long id, @RequestParam long version, @RequestParam String member,
            @RequestParam long settingId, @AuthenticationPrincipal SignedInUser user, Model model, Locale locale,
            RedirectAttributes redirect) {
        meetings.visibleTo(user, id);
        return act(id, user, model, locale, redirect, "panels.meeting.unlinked",
                () -> meetings.unlink(id, version, member, settingId, user.getUsername()));
    }

    @PostMapping("/panels/{id}/start")
    String start(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal SignedInUser user,
            Model model, Locale locale, RedirectAttributes redirect) {
        meetings.visibleTo(user, id);
        return act(id, user, model, locale, redirect, "panels.meeting.started",
                () -> meetings.start(id, version, user));
    }

    @PostMapping("/panels/{id}/close")
    String close(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal SignedInUser user,
            Model model, Locale locale, RedirectAttributes redirect) {
        meetings.visibleTo(user, id);
        return act(id, user, model, locale, redirect, "panels.meeting.closedBanner",
                () -> meetings.close(id, version, user));
    }

    private String act(long id, SignedInUser user, Model model, Locale locale, RedirectAttributes redirect,
            String banner, Runnable action) {
        MeetingForms.AgendaForm form = new MeetingForms.AgendaForm();
        BindingResult result = new BeanPropertyBindingResult(form, "agendaForm");
        try {
            action.run();
            redirect.addFlashAttribute("banner", messages.getMessage(banner, null, locale));
            return "redirect:/panels/" + id;
        } catch (Refused e) {
            Refusals.reject(result, List.of(), e);
        } catch (Conflict e) {
            Refusals.reject(result, e);
        }
        return show(meetings.get(id), user, form, result, new MeetingForms.LinkForm(), null, model, locale);
    }

    private String show(MeetingView m, SignedInUser user, MeetingForms.AgendaForm agendaForm, BindingResult agendaResult,
            MeetingForms.LinkForm linkForm, BindingResult linkResult, Model model, Locale locale) {
        agendaForm.setVersion(m.version());
        linkForm.setVersion(m.version());
        BindingResult agenda = agendaResult != null ? agendaResult : new BeanPropertyBindingResult(agendaForm, "agendaForm");
        BindingResult link = linkResult != null ? linkResult : new BeanPropertyBindingResult(linkForm, "linkForm");
        boolean officer = user.is(Role.CASE_OFFICER) || user.is(Role.SEND_MANAGER);
        model.addAttribute("meeting", m);
        model.addAttribute("officer", officer);
        model.addAttribute("canRun", officer || m.isChair(user.getUsername()));
        model.addAttribute("me", user.getUsername());
        model.addAttribute("agendaForm", agendaForm);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "agendaForm", agenda);
        model.addAttribute("linkForm", linkForm);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "linkForm", link);
        model.addAttribute("waiting", meetings.casesWaiting().stream()
                .map(c -> new Option(c.reference(), messages.getMessage("panels.meeting.waitingCase",
                        new Object[] {c.reference(), c.indicatedExceptional()
                                ? messages.getMessage("panels.exceptional", null, locale) : c.indicatedBand()},
                        locale))).toList());
        model.addAttribute("memberOptions", m.members().stream()
                .map(x -> new Option(x.username(), x.displayName())).toList());
        if (linkResult != null) {
            Problems.summary(model, link, messages, locale, List.of("member", "settingUrn"), List.of());
        } else {
            Problems.summary(model, agenda, messages, locale, List.of("caseReference"), List.of());
        }
        return "panels/meeting";
    }
}
