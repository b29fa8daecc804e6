package uk.openband.framework.internal.web;

import uk.openband.platform.web.PageErrors;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import uk.openband.platform.web.input.InputMessages;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.openband.framework.VersionSummary;
import uk.openband.platform.json.FieldError;
import uk.openband.platform.json.FormatException;
import uk.openband.framework.internal.BandingKind;
import uk.openband.framework.internal.CatalogueAdministration;
import uk.openband.framework.internal.CatalogueException;
import uk.openband.framework.internal.CatalogueVersion;
import uk.openband.framework.internal.DuplicateVersionException;
import uk.openband.framework.internal.FrameworkKind;
import uk.openband.framework.internal.VersionKind;
import uk.openband.framework.scoring.VersionedDocument;

/**
 * Administrators' pages for framework and banding table versions alike, under
 * {@code /admin/frameworks} and {@code /admin/banding-tables}: the list of both, one version,
 * uploading a file as a new draft, a new draft from a published version, publishing (with a
 * confirmation page), retiring and comparing. Editing a draft's content is each kind's own
 * ({@link DraftEditController}).
 */
@Controller
class CatalogueAdminController {

    private final InputMessages inputMessages;

    private static final String BASE = "/admin/{kind:frameworks|banding-tables}";
    private static final String UPLOAD = "/admin/frameworks/upload";
    static final String FRAMEWORK = "framework";
    static final String BANDING = "banding";

    private final CatalogueAdministration admin;
    private final FrameworkKind frameworks;
    private final BandingKind bandings;
    private final AdminPages pages;

    CatalogueAdminController(CatalogueAdministration admin, FrameworkKind frameworks, BandingKind bandings,
            AdminPages pages, InputMessages inputMessages) {
        this.inputMessages = inputMessages;
        this.admin = admin;
        this.frameworks = frameworks;
        this.bandings = bandings;
        this.pages = pages;
    }

    @GetMapping("/admin/frameworks")
    String list(Model model) {
        model.addAttribute("frameworks", frameworks.versions());
        model.addAttribute("bandings", bandings.versions());
        return "framework/admin/list";
    }

    @GetMapping(UPLOAD)
    String uploadForm(Model model) {
        return uploadPage(model, null, new PageErrors());
    }

    /**
     * Upload a framework or banding table file (JSON or YAML) to create a draft. A file that
     * breaks any rule is refused whole: every problem is listed in the error summary, and
     * nothing is saved.
     */
    @PostMapping(UPLOAD)
    String upload(@RequestParam(required = false) String kind, @RequestParam(required = false) MultipartFile file,
            Principal principal, Model model, Locale locale, RedirectAttributes redirect) {
        PageErrors errors = new PageErrors();
        boolean knownKind = FRAMEWORK.equals(kind) || BANDING.equals(kind);
        if (!knownKind) {
            errors.add("kind", pages.msg("fw.upload.kind.required", locale));
        }
        if (file == null || file.isEmpty()) {
            errors.add("file", pages.msg("fw.upload.file.required", locale));
        }
        if (!errors.isEmpty()) {
            return uploadPage(model, knownKind ? kind : null, errors);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file.getBytes())).toString();
        } catch (CharacterCodingException e) {
            errors.add("file", pages.msg("fw.upload.file.unreadable", locale));
            return uploadPage(model, kind, errors);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        String format = name.endsWith(".yaml") || name.endsWith(".yml") ? "yaml" : "json";
        try {
            String path = FRAMEWORK.equals(kind) ? "frameworks" : "banding-tables";
            VersionSummary draft = admin.importFile(admin.kind(path), text, format, principal.getName());
            redirect.addFlashAttribute("banner", pages.msg("fw.upload.done", locale, draft.version(), draft.name()));
            return "redirect:/admin/" + path + "/" + draft.id();
        } catch (FormatException e) {
            int count = e.errors().size();
            PageErrors listed = new PageErrors();
            for (FieldError error : e.errors()) {
                listed.addToSummary("file", error.toString());
            }
            listed.inline("file", count == 1 ? pages.msg("fw.upload.file.problem", locale)
                    : pages.msg("fw.upload.file.problems", locale, count));
            return uploadPage(model, kind, listed);
        } catch (DuplicateVersionException e) {
            errors.add("file", e.getMessage());
            return uploadPage(model, kind, errors);
        } catch (CatalogueException e) {
            errors.add("file", e.field() + ": " + e.getMessage());
            return uploadPage(model, kind, errors);
        }
    }

    private static String uploadPage(Model model, String kind, PageErrors errors) {
        model.addAttribute("kind", kind);
        AdminPages.errors(model, errors);
        return "framework/admin/upload";
    }

    @GetMapping(BASE + "/{id}")
    String show(@PathVariable String kind, @PathVariable long id, Model model) {
        VersionKind<?, ?> k = admin.kind(kind);
        CatalogueVersion version = AdminPages.version(k, id);
        model.addAttribute("version", version.summary());
        model.addAttribute(k.modelName(), k.parsed(version));
        return k.view();
    }

    @GetMapping(BASE + "/{id}/new-draft")
    String newDraft(@PathVariable String kind, @PathVariable long id, Model model) {
        VersionKind<?, ?> k = admin.kind(kind);
        return newDraftPage(model, k, AdminPages.published(k, id).summary(), NewDraftForm.empty(null),
                new PageErrors());
    }

    @PostMapping(BASE + "/{id}/new-draft")
    String startDraft(@PathVariable String kind, @PathVariable long id, @RequestParam Map<String, String> params,
            Principal principal, Model model, Locale locale, RedirectAttributes redirect) {
        VersionKind<?, ?> k = admin.kind(kind);
        CatalogueVersion source = AdminPages.published(k, id);
        NewDraftForm form = NewDraftForm.submitted(params);
        PageErrors errors = new PageErrors();
        form.check(errors, key -> pages.msg(key, locale), inputMessages, k.draftHasEffectiveTo());
        if (errors.isEmpty()) {
            try {
                VersionSummary draft = admin.startDraft(k, id, form.version(), form.effectiveFrom().toDate(),
                        form.effectiveToDate(), form.changeNote().isBlank() ? null : form.changeNote().strip(),
                        principal.getName());
                redirect.addFlashAttribute("banner", pages.msg("fw.draft.started", locale, draft.version()));
                return "redirect:/admin/" + kind + "/" + draft.id();
            } catch (CatalogueException e) {
                errors.add("version", pages.msg("fw.draft.version.taken", locale, form.version().strip()));
            } catch (FormatException e) {
                e.errors().forEach(err -> errors.add("version", err.toString()));
            }
        }
        return newDraftPage(model, k, source.summary(), form, errors);
    }

    @GetMapping(BASE + "/{id}/publish")
    String confirmPublish(@PathVariable String kind, @PathVariable long id, Model model) {
        return confirmPublish(admin.kind(kind), id, model);
    }

    private <T extends VersionedDocument> String confirmPublish(VersionKind<T, ?> kind, long id, Model model) {
        CatalogueVersion draft = AdminPages.draft(kind, id);
        T content = kind.parsed(draft);
        model.addAttribute("version", draft.summary());
        model.addAttribute("base", "/admin/" + kind.path());
        // Against the latest published (not retired) version of the same key.
        kind.versions().stream().filter(v -> v.key().equals(draft.getKey()) && v.isPublished() && v.id() != id)
                .findFirst().ifPresentOrElse(current -> {
            model.addAttribute("current", current);
            AdminPages.diff(model, kind.compare(kind.content(current.key(), current.version()).orElseThrow(),
                    content));
        }, () -> model.addAttribute("current", null));
        return "framework/admin/publish";
    }

    @PostMapping(BASE + "/{id}/publish")
    String publish(@PathVariable String kind, @PathVariable long id, Principal principal, Locale locale,
            RedirectAttributes redirect) {
        VersionKind<?, ?> k = admin.kind(kind);
        try {
            VersionSummary published = admin.publish(k, AdminPages.draft(k, id).getId(), principal.getName());
            redirect.addFlashAttribute("banner", pages.msg("fw.published", locale, published.version(),
                    published.effectiveFrom()));
        } catch (FormatException e) {
            redirect.addFlashAttribute("problem", pages.msg("fw.publish.problem", locale,
                    e.errors().stream().map(FieldError::message).collect(Collectors.joining("; "))));
        }
        return "redirect:/admin/" + kind + "/" + id;
    }

    @PostMapping(BASE + "/{id}/retire")
    String retire(@PathVariable String kind, @PathVariable long id, Principal principal, Locale locale,
            RedirectAttributes redirect) {
        VersionKind<?, ?> k = admin.kind(kind);
        try {
            VersionSummary retired = admin.retire(k, AdminPages.version(k, id).getId(), principal.getName());
            redirect.addFlashAttribute("banner", pages.msg("fw.retired", locale, retired.version()));
        } catch (CatalogueException e) {
            redirect.addFlashAttribute("problem", pages.msg("fw.retire.notPublished", locale));
        }
        return "redirect:/admin/" + kind + "/" + id;
    }

    /**
     * The compare page for one key: the newest version against the newest published one before
     * it unless {@code from} and {@code to} say otherwise; an unknown version is named on its field.
     */
    @GetMapping(BASE + "/compare")
    String compare(@PathVariable String kind, @RequestParam String key, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model, Locale locale) {
        return compare(admin.kind(kind), key, from, to, model, locale);
    }

    private <T extends VersionedDocument> String compare(VersionKind<T, ?> kind, String key, String from,
            String to, Model model, Locale locale) {
        List<VersionSummary> versions = kind.versions().stream().filter(v -> v.key().equals(key)).toList();
        if (versions.isEmpty()) {
            throw AdminPages.notFound();
        }
        String toVersion = to != null ? to : versions.get(0).version();
        String fromVersion = from != null ? from : versions.stream().filter(v -> !v.version().equals(toVersion)
                && !v.isDraft()).map(VersionSummary::version).findFirst().orElse(toVersion);
        model.addAttribute("key", key);
        model.addAttribute("versions", versions);
        model.addAttribute("from", fromVersion);
        model.addAttribute("to", toVersion);
        model.addAttribute("base", "/admin/" + kind.path());
        Optional<T> a = kind.contentInAnyState(key, fromVersion);
        Optional<T> b = kind.contentInAnyState(key, toVersion);
        PageErrors errors = new PageErrors();
        if (a.isEmpty()) {
            errors.add("from", pages.msg("fw.compare.unknown", locale, fromVersion));
        }
        if (b.isEmpty()) {
            errors.add("to", pages.msg("fw.compare.unknown", locale, toVersion));
        }
        if (errors.isEmpty()) {
            AdminPages.diff(model, kind.compare(a.get(), b.get()));
        }
        AdminPages.errors(model, errors);
        return "framework/admin/compare";
    }

    private String newDraftPage(Model model, VersionKind<?, ?> kind, VersionSummary source, NewDraftForm form,
            PageErrors errors) {
        model.addAttribute("source", source);
        model.addAttribute("form", form);
        AdminPages.errors(model, errors);
        model.addAttribute("base", "/admin/" + kind.path());
        model.addAttribute("withEffectiveTo", kind.draftHasEffectiveTo());
        return "framework/admin/new-draft";
    }
}
