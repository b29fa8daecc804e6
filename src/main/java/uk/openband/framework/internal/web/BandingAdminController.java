package uk.openband.framework.internal.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
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
import uk.openband.framework.format.FieldError;
import uk.openband.framework.format.FormatException;
import uk.openband.framework.internal.BandingVersion;
import uk.openband.framework.internal.CatalogueAdministration;
import uk.openband.framework.internal.CatalogueException;
import uk.openband.framework.internal.DraftConflictException;
import uk.openband.framework.internal.VersionComparer;
import uk.openband.framework.scoring.BandingTable;
import uk.openband.framework.scoring.SettingBands;
import uk.openband.common.SettingCategory;

/**
 * Administrators' pages for banding table versions: one version, a new draft from a
 * published version, editing a setting category's band rows, publishing (with a
 * confirmation page), retiring and comparing.
 */
@Controller
@RequestMapping("/admin/banding-tables")
class BandingAdminController {

    private static final String BASE = "/admin/banding-tables";

    private final CatalogueAdministration admin;
    private final FrameworkCatalogue catalogue;
    private final AdminPages pages;

    BandingAdminController(CatalogueAdministration admin, FrameworkCatalogue catalogue, AdminPages pages) {
        this.admin = admin;
        this.catalogue = catalogue;
        this.pages = pages;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        BandingVersion version = version(id);
        model.addAttribute("version", version.summary());
        model.addAttribute("table", model(version));
        return "framework/admin/banding";
    }

    @GetMapping("/{id}/new-draft")
    String newDraft(@PathVariable long id, Model model) {
        return newDraftPage(model, published(id).summary(), NewDraftForm.empty(null), new PageErrors());
    }

    @PostMapping("/{id}/new-draft")
    String startDraft(@PathVariable long id, @RequestParam Map<String, String> params, Principal principal,
            Model model, Locale locale, RedirectAttributes redirect) {
        BandingVersion source = published(id);
        NewDraftForm form = NewDraftForm.submitted(params);
        PageErrors errors = new PageErrors();
        form.check(errors, key -> pages.msg(key, locale), true);
        if (errors.isEmpty()) {
            try {
                VersionSummary draft = admin.startBandingDraft(id, form.version(), form.effectiveFrom().toDate(),
                        form.effectiveToDate(), principal.getName());
                redirect.addFlashAttribute("banner", pages.msg("fw.draft.started", locale, draft.version()));
                return "redirect:" + BASE + "/" + draft.id();
            } catch (CatalogueException e) {
                errors.add("version", pages.msg("fw.draft.version.taken", locale, form.version().strip()));
            } catch (FormatException e) {
                e.errors().forEach(err -> errors.add("version", err.toString()));
            }
        }
        return newDraftPage(model, source.summary(), form, errors);
    }

    @GetMapping("/{id}/settings/{category}")
    String editBands(@PathVariable long id, @PathVariable SettingCategory category, Model model) {
        BandingVersion draft = draft(id);
        SettingBands setting = setting(model(draft), category);
        return bandsPage(model, draft.summary(), setting, BandsEditor.of(setting, draft.getLockVersion()),
                new PageErrors());
    }

    @PostMapping("/{id}/settings/{category}")
    String saveBands(@PathVariable long id, @PathVariable SettingCategory category,
            @RequestParam Map<String, String> params, Principal principal, Model model, Locale locale,
            RedirectAttributes redirect) {
        BandingVersion draft = draft(id);
        BandingTable table = model(draft);
        SettingBands setting = setting(table, category);
        int index = table.settings().indexOf(setting);
        BandsEditor.Values values = BandsEditor.submitted(params);
        List<Integer> kept = new ArrayList<>();
        String json = BandsEditor.apply(draft.getDocument(), index, values, kept);
        try {
            admin.saveBandingDraft(id, values.lockVersion(), json, "bands " + category.name(), principal.getName());
            redirect.addFlashAttribute("banner", pages.msg("fw.bands.saved", locale, category.labelInSentence()));
            return "redirect:" + BASE + "/" + id;
        } catch (FormatException e) {
            PageErrors errors = BandsEditor.errors(e.errors(), index, kept, (input, row, message) ->
                    input.equals("bands") ? pages.msg("fw.bands.error.bands", locale) + " " + message
                            : pages.msg("fw.bands.error", locale, row, pages.msg("fw.field." + input, locale)
                                    + " " + message));
            return bandsPage(model, draft.summary(), setting, values, errors);
        } catch (DraftConflictException | OptimisticLockingFailureException e) {
            BandingVersion current = draft(id);
            SettingBands saved = setting(model(current), category);
            PageErrors errors = new PageErrors();
            errors.addToSummary(BandsEditor.input(0, "band"), pages.msg("fw.conflict", locale));
            return bandsPage(model, current.summary(), saved, BandsEditor.of(saved, current.getLockVersion()), errors);
        }
    }

    @GetMapping("/{id}/publish")
    String confirmPublish(@PathVariable long id, Model model) {
        BandingVersion draft = draft(id);
        BandingTable table = model(draft);
        model.addAttribute("version", draft.summary());
        model.addAttribute("base", BASE);
        AdminPages.latestPublished(catalogue.bandingVersions(), draft.getKey(), id).ifPresentOrElse(current -> {
            model.addAttribute("current", current);
            AdminPages.diff(model, VersionComparer.compare(catalogue.banding(current.key(), current.version())
                    .orElseThrow(), table));
        }, () -> model.addAttribute("current", null));
        return "framework/admin/publish";
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable long id, Principal principal, Locale locale, RedirectAttributes redirect) {
        try {
            VersionSummary published = admin.publishBanding(draft(id).getId(), principal.getName());
            redirect.addFlashAttribute("banner", pages.msg("fw.published", locale, published.version(),
                    published.effectiveFrom()));
        } catch (FormatException e) {
            redirect.addFlashAttribute("problem", pages.msg("fw.publish.problem", locale,
                    e.errors().stream().map(FieldError::message).collect(Collectors.joining("; "))));
        }
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping("/{id}/retire")
    String retire(@PathVariable long id, Principal principal, Locale locale, RedirectAttributes redirect) {
        try {
            VersionSummary retired = admin.retireBanding(version(id).getId(), principal.getName());
            redirect.addFlashAttribute("banner", pages.msg("fw.retired", locale, retired.version()));
        } catch (CatalogueException e) {
            redirect.addFlashAttribute("problem", pages.msg("fw.retire.notPublished", locale));
        }
        return "redirect:" + BASE + "/" + id;
    }

    @GetMapping("/compare")
    String compare(@RequestParam String key, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model, Locale locale) {
        return pages.compare(model, locale, key, from, to, catalogue.bandingVersions(), BASE,
                v -> catalogue.bandingInAnyState(key, v),
                VersionComparer::compare);
    }

    private String newDraftPage(Model model, VersionSummary source, NewDraftForm form, PageErrors errors) {
        model.addAttribute("source", source);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("errorSummary", errors.summary());
        model.addAttribute("base", BASE);
        model.addAttribute("withEffectiveTo", true);
        return "framework/admin/new-draft";
    }

    private String bandsPage(Model model, VersionSummary version, SettingBands setting, BandsEditor.Values values,
            PageErrors errors) {
        model.addAttribute("version", version);
        model.addAttribute("setting", setting);
        model.addAttribute("form", values);
        model.addAttribute("errors", errors);
        model.addAttribute("errorSummary", errors.summary());
        return "framework/admin/bands";
    }

    private BandingTable model(BandingVersion version) {
        return catalogue.bandingInAnyState(version.getKey(), version.getVersion()).orElseThrow(AdminPages::notFound);
    }

    private static SettingBands setting(BandingTable table, SettingCategory category) {
        return table.bandsFor(category).orElseThrow(AdminPages::notFound);
    }

    private BandingVersion version(long id) {
        return admin.findBanding(id).orElseThrow(AdminPages::notFound);
    }

    private BandingVersion published(long id) {
        BandingVersion v = version(id);
        if (v.isDraft()) {
            throw AdminPages.notFound();
        }
        return v;
    }

    private BandingVersion draft(long id) {
        BandingVersion v = version(id);
        if (!v.isDraft()) {
            throw AdminPages.notFound();
        }
        return v;
    }
}
