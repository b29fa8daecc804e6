package uk.openband.directory.internal;

import uk.openband.platform.web.Refusals;
import uk.openband.platform.Refused;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import uk.openband.directory.CategoryMapping;
import uk.openband.directory.GiasImport;
import uk.openband.directory.GiasReport;
import uk.openband.directory.SettingDetails;
import uk.openband.directory.SettingDirectory;
import uk.openband.common.SettingCategory;
import uk.openband.platform.web.ErrorSummary;

/** Administrators find and classify settings, import them from GIAS and keep the type-to-category mapping. */
@Controller
@RequestMapping("/admin/settings")
class SettingAdminController {

    private final SettingDirectory settings;
    private final GiasImport gias;
    private final CategoryMapping mapping;
    private final MessageSource messages;

    SettingAdminController(SettingDirectory settings, GiasImport gias, CategoryMapping mapping, MessageSource messages) {
        this.settings = settings;
        this.gias = gias;
        this.mapping = mapping;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "page", defaultValue = "1") int page, Model model) {
        Page<SettingDetails> found = settings.search(q, page);
        String base = UriComponentsBuilder.fromPath("/admin/settings").queryParamIfPresent("q",
                java.util.Optional.ofNullable(q).filter(s -> !s.isBlank())).encode().build().toUriString();
        model.addAttribute("found", found);
        model.addAttribute("q", q);
        model.addAttribute("page", Math.max(page, 1));
        model.addAttribute("pageBase", base + (base.contains("?") ? "&" : "?"));
        return "settings/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("setting", setting(id));
        return "settings/setting";
    }

    @InitBinder("classifyForm")
    void classifyFields(WebDataBinder binder) {
        binder.setAllowedFields(SettingForms.Classify.FIELDS.toArray(String[]::new));
    }

    @InitBinder("mappingForm")
    void mappingFields(WebDataBinder binder) {
        binder.setAllowedFields(SettingForms.Mapping.FIELDS.toArray(String[]::new));
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        SettingDetails setting = setting(id);
        SettingForms.Classify form = new SettingForms.Classify();
        form.setCategory(setting.category());
        form.setHostSettingId(setting.hostSettingId());
        model.addAttribute("classifyForm", form);
        return editForm(model, setting, ErrorSummary.empty());
    }

    @PostMapping("/{id}/edit")
    String classify(@PathVariable long id, @ModelAttribute("classifyForm") SettingForms.Classify form,
            BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
        SettingDetails setting = setting(id);
        if (form.getCategory() == null && !result.hasFieldErrors("category")) {
            result.rejectValue("category", "setting.category.required");
        }
        if (!result.hasErrors()) {
            try {
                settings.classify(id, form.getCategory(), form.getHostSettingId());
                redirect.addFlashAttribute("banner", messages.getMessage("setting.saved", null, locale));
                return "redirect:/admin/settings/" + id;
            } catch (Refused e) {
                Refusals.reject(result, SettingForms.Classify.FIELDS, e);
            }
        }
        return editForm(model, setting, ErrorSummary.from(result, messages, locale, SettingForms.Classify.FIELDS));
    }

    @GetMapping("/import")
    String importForm(Model model) {
        model.addAttribute("laCode", gias.laCode());
        if (!model.containsAttribute("errorSummary")) {
            model.addAttribute("errorSummary", ErrorSummary.empty());
        }
        return "settings/import";
    }

    @PostMapping("/import")
    String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale,
            RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            String message = messages.getMessage("gias.file.required", null, locale);
            model.addAttribute("fileError", message);
            model.addAttribute("errorSummary", ErrorSummary.of("file", message));
            model.addAttribute("laCode", gias.laCode());
            return "settings/import";
        }
        GiasReport report = gias.importFile(file.getBytes());
        redirect.addFlashAttribute("report", report);
        return "redirect:/admin/settings/import";
    }

    @GetMapping("/categories")
    String categories(Model model) {
        model.addAttribute("mappingForm", new SettingForms.Mapping());
        return categoriesPage(model, ErrorSummary.empty());
    }

    @PostMapping("/categories")
    String setCategory(@ModelAttribute("mappingForm") SettingForms.Mapping form, BindingResult result, Model model,
            Locale locale, RedirectAttributes redirect) {
        if (form.getType() == null || form.getType().isBlank() || form.getType().trim().length() > 120) {
            result.rejectValue("type", "mapping.type.required");
        }
        if (form.getCategory() == null && !result.hasFieldErrors("category")) {
            result.rejectValue("category", "setting.category.required");
        }
        if (result.hasErrors()) {
            return categoriesPage(model, ErrorSummary.from(result, messages, locale, SettingForms.Mapping.FIELDS));
        }
        mapping.set(form.getType(), form.getCategory());
        redirect.addFlashAttribute("banner", messages.getMessage("mapping.saved", new Object[] {form.getType().trim(),
                form.getCategory().label()}, locale));
        return "redirect:/admin/settings/categories";
    }

    private String categoriesPage(Model model, ErrorSummary summary) {
        model.addAttribute("mapping", mapping.all());
        model.addAttribute("categories", List.of(SettingCategory.values()));
        model.addAttribute("errorSummary", summary);
        return "settings/categories";
    }

    private String editForm(Model model, SettingDetails setting, ErrorSummary summary) {
        model.addAttribute("setting", setting);
        model.addAttribute("categories", List.of(SettingCategory.values()));
        model.addAttribute("hosts", settings.openSettings().stream()
                .filter(s -> s.category() == SettingCategory.MAINSTREAM && s.id() != setting.id()).toList());
        model.addAttribute("errorSummary", summary);
        return "settings/edit";
    }

    private SettingDetails setting(long id) {
        return settings.details(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
