package uk.openband.framework.internal.web;

import uk.openband.platform.web.PageErrors;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.openband.common.SettingCategory;
import uk.openband.framework.VersionSummary;
import uk.openband.platform.json.FormatException;
import uk.openband.framework.internal.BandingKind;
import uk.openband.framework.internal.BandingVersion;
import uk.openband.framework.internal.CatalogueAdministration;
import uk.openband.framework.internal.DraftConflictException;
import uk.openband.framework.internal.FrameworkKind;
import uk.openband.framework.internal.FrameworkVersion;
import uk.openband.framework.scoring.Area;
import uk.openband.framework.scoring.BandingTable;
import uk.openband.framework.scoring.MatrixFramework;
import uk.openband.framework.scoring.SettingBands;

/**
 * What each kind edits in a draft: one area of a framework ({@link AreaEditor}) and one
 * setting category's band rows of a banding table ({@link BandsEditor}). Each edit is applied
 * to the whole document and saved through the generic draft save (full validation, lock check).
 */
@Controller
class DraftEditController {

    private final CatalogueAdministration admin;
    private final FrameworkKind frameworks;
    private final BandingKind bandings;
    private final AdminPages pages;

    DraftEditController(CatalogueAdministration admin, FrameworkKind frameworks, BandingKind bandings,
            AdminPages pages) {
        this.admin = admin;
        this.frameworks = frameworks;
        this.bandings = bandings;
        this.pages = pages;
    }

    @GetMapping("/admin/frameworks/{id}/areas/{code}")
    String editArea(@PathVariable long id, @PathVariable String code, Model model) {
        FrameworkVersion draft = AdminPages.draft(frameworks, id);
        Area area = area(frameworks.parsed(draft), code);
        return areaPage(model, draft.summary(), area, AreaEditor.of(area, draft.getLockVersion()), new PageErrors());
    }

    @PostMapping("/admin/frameworks/{id}/areas/{code}")
    String saveArea(@PathVariable long id, @PathVariable String code, @RequestParam Map<String, String> params,
            Principal principal, Model model, Locale locale, RedirectAttributes redirect) {
        FrameworkVersion draft = AdminPages.draft(frameworks, id);
        MatrixFramework framework = frameworks.parsed(draft);
        Area area = area(framework, code);
        int index = framework.areas().indexOf(area);
        AreaEditor.Values values = AreaEditor.submitted(area, params);
        String json = AreaEditor.apply(draft.getDocument(), index, values);
        try {
            admin.saveDraft(frameworks, id, values.lockVersion(), json, "area " + code, principal.getName());
            redirect.addFlashAttribute("banner", pages.msg("fw.area.saved", locale, values.name().strip()));
            return "redirect:/admin/frameworks/" + id;
        } catch (FormatException e) {
            PageErrors errors = AreaEditor.errors(e.errors(), index, (field, message) ->
                    label(area, field, locale) + " " + message);
            return areaPage(model, draft.summary(), area, values, errors);
        } catch (DraftConflictException | OptimisticLockingFailureException e) {
            FrameworkVersion current = AdminPages.draft(frameworks, id);
            Area saved = area(frameworks.parsed(current), code);
            PageErrors errors = new PageErrors();
            errors.addToSummary("name", pages.msg("fw.conflict", locale));
            model.addAttribute("conflict", true);
            return areaPage(model, current.summary(), saved, AreaEditor.of(saved, current.getLockVersion()), errors);
        }
    }

    @GetMapping("/admin/banding-tables/{id}/settings/{category}")
    String editBands(@PathVariable long id, @PathVariable SettingCategory category, Model model) {
        BandingVersion draft = AdminPages.draft(bandings, id);
        SettingBands setting = setting(bandings.parsed(draft), category);
        return bandsPage(model, draft.summary(), setting, BandsEditor.of(setting, draft.getLockVersion()),
                new PageErrors());
    }

    @PostMapping("/admin/banding-tables/{id}/settings/{category}")
    String saveBands(@PathVariable long id, @PathVariable SettingCategory category,
            @RequestParam Map<String, String> params, Principal principal, Model model, Locale locale,
            RedirectAttributes redirect) {
        BandingVersion draft = AdminPages.draft(bandings, id);
        BandingTable table = bandings.parsed(draft);
        SettingBands setting = setting(table, category);
        int index = table.settings().indexOf(setting);
        BandsEditor.Values values = BandsEditor.submitted(params);
        List<Integer> kept = new ArrayList<>();
        List<Integer> keptFloors = new ArrayList<>();
        String json = BandsEditor.apply(draft.getDocument(), index, values, kept, keptFloors);
        try {
            admin.saveDraft(bandings, id, values.lockVersion(), json, "bands " + category.name(), principal.getName());
            redirect.addFlashAttribute("banner", pages.msg("fw.bands.saved", locale, category.labelInSentence()));
            return "redirect:/admin/banding-tables/" + id;
        } catch (FormatException e) {
            PageErrors errors = BandsEditor.errors(e.errors(), index, kept, keptFloors, (input, row, message) ->
                    input.equals("bands") ? pages.msg("fw.bands.error.bands", locale) + " " + message
                            : pages.msg("fw.bands.error", locale, row, pages.msg("fw.field." + input, locale)
                                    + " " + message),
                    (input, floor, message) -> pages.msg("fw.floors.error", locale, floor,
                            pages.msg("fw.field." + input, locale) + " " + message));
            return bandsPage(model, draft.summary(), setting, values, errors);
        } catch (DraftConflictException | OptimisticLockingFailureException e) {
            BandingVersion current = AdminPages.draft(bandings, id);
            SettingBands saved = setting(bandings.parsed(current), category);
            PageErrors errors = new PageErrors();
            errors.addToSummary(BandsEditor.input(0, "band"), pages.msg("fw.conflict", locale));
            return bandsPage(model, current.summary(), saved, BandsEditor.of(saved, current.getLockVersion()), errors);
        }
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

    private static String areaPage(Model model, VersionSummary version, Area area, AreaEditor.Values values,
            PageErrors errors) {
        model.addAttribute("version", version);
        model.addAttribute("area", area);
        model.addAttribute("form", values);
        AdminPages.errors(model, errors);
        return "framework/admin/area";
    }

    private static String bandsPage(Model model, VersionSummary version, SettingBands setting,
            BandsEditor.Values values, PageErrors errors) {
        model.addAttribute("version", version);
        model.addAttribute("setting", setting);
        model.addAttribute("form", values);
        AdminPages.errors(model, errors);
        return "framework/admin/bands";
    }

    private static Area area(MatrixFramework framework, String code) {
        return framework.area(code).orElseThrow(AdminPages::notFound);
    }

    private static SettingBands setting(BandingTable table, SettingCategory category) {
        return table.bandsFor(category).orElseThrow(AdminPages::notFound);
    }
}
