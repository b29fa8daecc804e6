package uk.openband.framework.internal.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.openband.framework.VersionSummary;
import uk.openband.framework.format.FieldError;
import uk.openband.framework.format.FormatException;
import uk.openband.framework.internal.CatalogueAdministration;
import uk.openband.framework.internal.CatalogueException;
import uk.openband.framework.internal.DuplicateVersionException;

/**
 * Upload a framework or banding table file (JSON or YAML) to create a draft. A file that
 * breaks any rule is refused whole: every problem is listed in the error summary, and
 * nothing is saved.
 */
@Controller
@RequestMapping("/admin/frameworks/upload")
class UploadController {

    static final String FRAMEWORK = "framework";
    static final String BANDING = "banding";

    private final CatalogueAdministration admin;
    private final AdminPages pages;

    UploadController(CatalogueAdministration admin, AdminPages pages) {
        this.admin = admin;
        this.pages = pages;
    }

    @GetMapping
    String form(Model model) {
        return page(model, null, new PageErrors());
    }

    @PostMapping
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
            return page(model, knownKind ? kind : null, errors);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file.getBytes())).toString();
        } catch (CharacterCodingException e) {
            errors.add("file", pages.msg("fw.upload.file.unreadable", locale));
            return page(model, kind, errors);
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
            return page(model, kind, listed);
        } catch (DuplicateVersionException e) {
            errors.add("file", e.getMessage());
            return page(model, kind, errors);
        } catch (CatalogueException e) {
            errors.add("file", e.field() + ": " + e.getMessage());
            return page(model, kind, errors);
        }
    }

    private String page(Model model, String kind, PageErrors errors) {
        model.addAttribute("kind", kind);
        AdminPages.errors(model, errors);
        return "framework/admin/upload";
    }
}
