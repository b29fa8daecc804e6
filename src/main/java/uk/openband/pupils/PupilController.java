package uk.openband.pupils;

import jakarta.validation.Valid;
import uk.openband.platform.NotFound;
import uk.openband.platform.Refused.Problem;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
import org.springframework.web.util.UriComponentsBuilder;
import uk.openband.directory.EhcStatus;
import uk.openband.directory.PupilConflictException;
import uk.openband.directory.PupilData;
import uk.openband.directory.PupilDetails;
import uk.openband.directory.PupilPage;
import uk.openband.directory.PupilQuery;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.PupilRejectedException;
import uk.openband.directory.PupilScope;
import uk.openband.directory.ReferenceData;
import uk.openband.directory.Sex;
import uk.openband.directory.SettingDirectory;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.platform.web.ErrorSummary;

/** Finding, viewing, adding and changing pupils. A pupil outside the user's scope is "page not found". */
@Controller
@RequestMapping("/pupils")
class PupilController {

    /** An option of a select or radios. */
    record Option(String value, String text) {
    }

    private final PupilRegistry pupils;
    private final SettingDirectory settings;
    private final ReferenceData reference;
    private final MessageSource messages;

    PupilController(PupilRegistry pupils, SettingDirectory settings, ReferenceData reference, MessageSource messages) {
        this.pupils = pupils;
        this.settings = settings;
        this.reference = reference;
        this.messages = messages;
    }

    @InitBinder("pupilForm")
    void pupilFields(WebDataBinder binder) {
        binder.setAllowedFields(PupilForm.BOUND.toArray(String[]::new));
    }

    @GetMapping
    String search(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "setting", required = false) Long setting,
            @RequestParam(name = "page", defaultValue = "1") int page,
            @AuthenticationPrincipal SignedInUser user, Model model) {
        PupilScope scope = PupilAccess.scope(user);
        Long settingFilter = scope.isAllSettings() ? setting : null;
        PupilPage found = pupils.search(scope, new PupilQuery(q, settingFilter), page);
        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/pupils");
        if (q != null && !q.isBlank()) {
            base.queryParam("q", q);
        }
        if (settingFilter != null) {
            base.queryParam("setting", settingFilter);
        }
        String baseUrl = base.encode().build().toUriString();
        model.addAttribute("found", found);
        model.addAttribute("q", q);
        model.addAttribute("setting", settingFilter);
        model.addAttribute("allSettings", scope.isAllSettings());
        model.addAttribute("settings", settings.openSettings());
        model.addAttribute("pageBase", baseUrl + (baseUrl.contains("?") ? "&" : "?"));
        model.addAttribute("canEdit", PupilAccess.canEdit(user));
        model.addAttribute("canImport", PupilAccess.IMPORTERS.contains(user.role()));
        return "pupils/search";
    }

    @GetMapping("/new")
    String newPupil(@AuthenticationPrincipal SignedInUser user, Model model) {
        PupilForm form = new PupilForm();
        form.setSettingId(user.role() == Role.SENCO ? user.settingId() : null);
        model.addAttribute("pupilForm", form);
        return form(model, user, null, ErrorSummary.empty());
    }

    @PostMapping("/new")
    String add(@Valid @ModelAttribute("pupilForm") PupilForm form, BindingResult result, @AuthenticationPrincipal SignedInUser user,
            Model model, Locale locale, RedirectAttributes redirect) {
        PupilScope scope = PupilAccess.scope(user);
        if (!scope.isAllSettings()) {
            form.setSettingId(scope.settingId());
        }
        PupilData data = form.toData();
        if (!result.hasErrors()) {
            try {
                PupilDetails added = pupils.register(scope, data);
                redirect.addFlashAttribute("banner", messages.getMessage("pupil.added", null, locale));
                return "redirect:/pupils/" + added.id();
            } catch (PupilRejectedException e) {
                reject(result, e);
                model.addAttribute("existingPupilId", e.existingPupilId());
            }
        } else {
            addServiceProblems(scope, data, null, result);
        }
        return form(model, user, null, summary(result, locale));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        PupilDetails pupil = pupils.view(PupilAccess.scope(user), id).orElseThrow(PupilController::notFound);
        model.addAttribute("pupil", pupil);
        model.addAttribute("canEdit", PupilAccess.canEdit(user));
        return "pupils/pupil";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        PupilDetails pupil = pupils.find(PupilAccess.scope(user), id).orElseThrow(PupilController::notFound);
        model.addAttribute("pupilForm", PupilForm.of(pupil));
        return form(model, user, pupil, ErrorSummary.empty());
    }

    @PostMapping("/{id}/edit")
    String save(@PathVariable long id, @Valid @ModelAttribute("pupilForm") PupilForm form, BindingResult result,
            @AuthenticationPrincipal SignedInUser user, Model model, Locale locale, RedirectAttributes redirect) {
        PupilScope scope = PupilAccess.scope(user);
        PupilDetails current = pupils.find(scope, id).orElseThrow(PupilController::notFound);
        if (!scope.isAllSettings()) {
            form.setSettingId(scope.settingId());
        }
        PupilData data = form.toData();
        if (!result.hasErrors()) {
            try {
                pupils.update(scope, id, form.getVersion() == null ? -1 : form.getVersion(), data);
                redirect.addFlashAttribute("banner", messages.getMessage("pupil.saved", null, locale));
                return "redirect:/pupils/" + id;
            } catch (PupilRejectedException e) {
                reject(result, e);
                model.addAttribute("existingPupilId", e.existingPupilId());
            } catch (PupilConflictException e) {
                model.addAttribute("pupilForm", PupilForm.of(e.current()));
                model.addAttribute("problem", messages.getMessage("pupil.conflict", null, locale));
                return form(model, user, e.current(), ErrorSummary.empty());
            } catch (NotFound e) {
                throw notFound();
            }
        } else {
            addServiceProblems(scope, data, id, result);
        }
        return form(model, user, current, summary(result, locale));
    }

    /** With a bad date, still show the other fields' problems from the directory's rules. */
    private void addServiceProblems(PupilScope scope, PupilData data, Long self, BindingResult result) {
        try {
            pupils.checkOnly(scope, data, self);
        } catch (PupilRejectedException e) {
            for (Problem problem : e.problems()) {
                if (!result.hasFieldErrors(problem.field())) {
                    result.rejectValue(problem.field(), problem.messageKey(), problem.getArguments(), problem.messageKey());
                }
            }
        }
    }

    private static void reject(BindingResult result, PupilRejectedException e) {
        for (Problem problem : e.problems()) {
            if (!result.hasFieldErrors(problem.field())) {
                result.rejectValue(problem.field(), problem.messageKey(), problem.getArguments(), problem.messageKey());
            }
        }
    }

    private ErrorSummary summary(BindingResult result, Locale locale) {
        ErrorSummary summary = ErrorSummary.from(result, messages, locale, PupilForm.FIELDS);
        return new ErrorSummary(summary.entries().stream().map(e -> switch (e.href()) {
            case "#dateOfBirth", "#ehcStatusDate" -> new ErrorSummary.Entry(e.href() + "-day", e.message());
            default -> e;
        }).toList());
    }

    private String form(Model model, SignedInUser user, PupilDetails pupil, ErrorSummary summary) {
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        model.addAttribute("pupil", pupil);
        model.addAttribute("errorSummary", summary);
        model.addAttribute("sexes", Arrays.stream(Sex.values())
                .map(s -> new Option(s.name(), messages.getMessage("pupil.sex." + s.name(), null, locale))).toList());
        model.addAttribute("ehcStatuses", Arrays.stream(EhcStatus.values())
                .map(s -> new Option(s.name(), messages.getMessage("pupil.ehc." + s.name(), null, locale))).toList());
        model.addAttribute("ethnicities", reference.ethnicities().stream()
                .map(c -> new Option(c.code(), c.description())).toList());
        model.addAttribute("needs", reference.senNeeds().stream()
                .map(c -> new Option(c.code(), c.description() + " (" + c.code() + ")")).toList());
        boolean senco = user.role() == Role.SENCO;
        model.addAttribute("chooseSetting", !senco);
        model.addAttribute("settings", settings.openSettings());
        model.addAttribute("ownSetting", senco ? settings.find(user.settingId()).orElse(null) : null);
        return "pupils/form";
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
