package uk.openband.pupils;

import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.openband.directory.PupilImport;
import uk.openband.directory.PupilImportReport;
import uk.openband.platform.web.ErrorSummary;

/** Case officers and admins import pupils from a CSV file, all or nothing. */
@Controller
@RequestMapping("/pupils/import")
class PupilImportController {

    private final PupilImport pupilImport;
    private final MessageSource messages;

    PupilImportController(PupilImport pupilImport, MessageSource messages) {
        this.pupilImport = pupilImport;
        this.messages = messages;
    }

    @GetMapping
    String form(Model model) {
        if (!model.containsAttribute("errorSummary")) {
            model.addAttribute("errorSummary", ErrorSummary.empty());
        }
        return "pupils/import";
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale,
            RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            String message = messages.getMessage("pupilImport.file.required", null, locale);
            model.addAttribute("fileError", message);
            model.addAttribute("errorSummary", ErrorSummary.of("file", message));
            return "pupils/import";
        }
        PupilImportReport report = pupilImport.importFile(file.getBytes(), locale);
        redirect.addFlashAttribute("report", report);
        return "redirect:/pupils/import";
    }
}
