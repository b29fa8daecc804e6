package uk.openband.framework.internal.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.openband.framework.FrameworkCatalogue;
import uk.openband.framework.VersionSummary;
import uk.openband.framework.format.FormatException;
import uk.openband.framework.internal.CatalogueAdministration;
import uk.openband.framework.internal.CatalogueException;
import uk.openband.framework.internal.DraftConflictException;
import uk.openband.framework.internal.FrameworkVersion;
import uk.openband.framework.internal.VersionComparer;
import uk.openband.framework.scoring.Area;
import uk.openband.framework.scoring.MatrixFramework;

/**
 * Administrators' pages for matrix framework versions: the list of frameworks and banding
 * tables, one version, a new draft from a published version, editing an area of a draft,
 * publishing (with a confirmation page) and retiring.
 */
@Controller
@RequestMapping("/admin/frameworks")
class FrameworkAdminController {

    private final CatalogueAdministration admin;
    private final FrameworkCatalogue catalogue;
    private final AdminPages pages;

    FrameworkAdminController(CatalogueAdministration admin, FrameworkCatalogue catalogue, AdminPages pages) {
        this.admin = admin;
        this.catalogue = catalogue;
        this.pages = pages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("frameworks", catalogue.frameworkVersions());
        model.addAttribute("bandings", catalogue.bandingVersions());
        return "framework/admin/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        FrameworkVersion version = version(id);
        model.addAttribute("version", version.summary());
        model.addAttribute("framework", model(version));
        return "framework/admin/framework";
    }

    @GetMapping("/{id}/new-draft")
    String newDraft(@PathVariable long id, Model model) {
        FrameworkVersion source = published(id);
        return newDraftPage(model, source.summary(), NewDraftForm.empty(null), new PageErrors());
    }

    @PostMapping("/{id}/new-draft")
    String startDraft(@PathVariable long id, @RequestParam Map<String, String> params, Principal principal,
            Model model, Locale locale, RedirectAttributes redirect) {
        FrameworkVersion source = published(id);
        NewDraftForm form = NewDraftForm.submitted(params);
        PageErrors errors = new PageErrors();
        form.check(errors, key -> pages.msg(key, locale), false);
        if (errors.isEmpty()) {
            try {
                VersionSummary draft = admin.startFrameworkDraft(id, form.version(), form.effectiveFrom().toDate(),
                        form.changeNote().isBlank() ? null : form.changeNote().strip(), principal.getName());
                redirect.addFlashAttribute("banner", pages.msg("fw.draft.started", locale, draft.version()));
                return "redirect:/admin/frameworks/" + draft.id();
            } catch (CatalogueException e) {
                errors.add("version", pages.msg("fw.draft.version.taken", locale, form.version().strip()));
            } catch (FormatException e) {
                e.errors().forEach(err -> errors.add("version", err.toString()));
            }
        }
        return newDraftPage(model, source.summary(), form, errors);
    }

    @GetMapping("/{id}/areas/{code}")
    String editArea(@PathVariable long id, @PathVariable String code, Model model) {
        FrameworkVersion draft = draft(id);
        MatrixFramework framework = model(draft);
        Area area = area(framework, code);
        return areaPage(model, draft.summary(), area, AreaEditor.of(area, draft.getLockVersion()), new PageErrors());
    }

    @PostMapping("/{id}/areas/{code}")
    String saveArea(@PathVariable long id, @PathVariable String code, @RequestParam Map<String, String> params,
            Principal principal, Model model, Locale locale, RedirectAttributes redirect) {
        FrameworkVersion draft = draft(id);
        MatrixFramework framework = model(draft);
        Area area = area(framework, code);
        int index = framework.areas().indexOf(area);
        AreaEditor.Values values = AreaEditor.submitted(area, params);
        String json = AreaEditor.apply(draft.getDocument(), index, values);
        try {
            admin.saveFrameworkDraft(id, values.lockVersion(), json, "area " + code, principal.getName());
            redirect.addFlashAttribute("banner", pages.msg("fw.area.saved", locale, values.name().strip()));
            return "redirect:/admin/frameworks/" + id;
        } catch (FormatException e) {
            PageErrors errors = AreaEditor.errors(e.errors(), index, (field, message) ->
                    label(area, field, locale) + " " + message);
            return areaPage(model, draft.summary(), area, values, errors);
        } catch (DraftConflictException | OptimisticLockingFailureException e) {
            FrameworkVersion current = draft(id);
            Area saved = area(model(current), code);
            PageErrors errors = new PageErrors();
            errors.addToSummary("name", pages.msg("fw.conflict", locale));
            model.addAttribute("conflict", true);
            return areaPage(model, current.summary(), saved, AreaEditor.of(saved, current.getLockVersion()), errors);
        }
    }

    @GetMapping("/{id}/publish")
    String confirmPublish(@PathVariable long id, Model model) {
        FrameworkVersion draft = draft(id);
        MatrixFramework framework = model(draft);
        model.addAttribute("version", draft.summary());
        model.addAttribute("base", "/admin/frameworks");
        AdminPages.latestPublished(catalogue.frameworkVersions(), draft.getKey(), id).ifPresentOrElse(current -> {
            model.addAttribute("current", current);
            AdminPages.diff(model, VersionComparer.compare(catalogue.framework(current.key(), current.version())
                    .orElseThrow(), framework));
        }, () -> model.addAttribute("current", null));
        return "framework/admin/publish";
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable long id, Principal principal, Locale locale, RedirectAttributes redirect) {
        VersionSummary published = admin.publishFramework(draft(id).getId(), principal.getName());
        redirect.addFlashAttribute("banner", pages.msg("fw.published", locale, published.version(),
                published.effectiveFrom()));
        return "redirect:/admin/frameworks/" + id;
    }

    @PostMapping("/{id}/retire")
    String retire(@PathVariable long id, Principal principal, Locale locale, RedirectAttributes redirect) {
        try {
            VersionSummary retired = admin.retireFramework(version(id).getId(), principal.getName());
            redirect.addFlashAttribute("banner", pages.msg("fw.retired", locale, retired.version()));
        } catch (CatalogueException e) {
            redirect.addFlashAttribute("problem", pages.msg("fw.retire.notPublished", locale));
        }
        return "redirect:/admin/frameworks/" + id;
    }

    @GetMapping("/compare")
    String compare(@RequestParam String key, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model, Locale locale) {
        return pages.compare(model, locale, key, from, to, catalogue.frameworkVersions(), "/admin/frameworks",
                v -> catalogue.frameworkInAnyState(key, v),
                VersionComparer::compare);
    }

    private String label(Area area, String field, Locale locale) {
        if (field.startsWith("domain-")) {
            String[] parts = field.split("-");
            var domain = area.domains().get(Integer.parseInt(parts[1]));
            if (parts.length == 3) {
                return pages.msg("fw.area.domainName.error", locale, domain.code());
            }
            int level = domain.levels().get(Integer.parseInt(parts[3])).level();
            return pages.msg(parts[4].equals("points") ? "fw.area.points.error" : "fw.area.descriptors.error", locale,
                    domain.name(), level);
        }
        return pages.msg("fw.area." + field + ".error", locale);
    }

    private String newDraftPage(Model model, VersionSummary source, NewDraftForm form, PageErrors errors) {
        model.addAttribute("source", source);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("errorSummary", errors.summary());
        model.addAttribute("base", "/admin/frameworks");
        model.addAttribute("withEffectiveTo", false);
        return "framework/admin/new-draft";
    }

    private String areaPage(Model model, VersionSummary version, Area area, AreaEditor.Values values,
            PageErrors errors) {
        model.addAttribute("version", version);
        model.addAttribute("area", area);
        model.addAttribute("form", values);
        model.addAttribute("errors", errors);
        model.addAttribute("errorSummary", errors.summary());
        return "framework/admin/area";
    }

    private MatrixFramework model(FrameworkVersion version) {
        return catalogue.frameworkInAnyState(version.getKey(), version.getVersion()).orElseThrow(AdminPages::notFound);
    }

    private static Area area(MatrixFramework framework, String code) {
        return framework.area(code).orElseThrow(AdminPages::notFound);
    }

    private FrameworkVersion version(long id) {
        return admin.findFramework(id).orElseThrow(AdminPages::notFound);
    }

    private FrameworkVersion published(long id) {
        FrameworkVersion v = version(id);
        if (v.isDraft()) {
            throw AdminPages.notFound();
        }
        return v;
    }

    private FrameworkVersion draft(long id) {
        FrameworkVersion v = version(id);
        if (!v.isDraft()) {
            throw AdminPages.notFound();
        }
        return v;
    }
}
