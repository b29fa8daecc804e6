package uk.openband.casework.internal.web;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import uk.openband.casework.CaseFilter;
import uk.openband.casework.CaseQueries;
import uk.openband.casework.CaseQueuePage;
import uk.openband.casework.CaseSort;
import uk.openband.casework.CaseState;
import uk.openband.directory.CodedValue;
import uk.openband.directory.ReferenceData;
import uk.openband.directory.SettingDirectory;
import uk.openband.directory.SettingSummary;

/** The officer work queue: filters (overdue among them), three orders, counts per state and pagination, all in the address (bookmarkable). */
@Controller
class CaseQueueController {

    private final CaseQueries cases;
    private final SettingDirectory settings;
    private final ReferenceData reference;
    private final CaseOfficers officers;
    private final QueueView view;

    CaseQueueController(CaseQueries cases, SettingDirectory settings, ReferenceData reference, CaseOfficers officers,
            QueueView view) {
        this.view = view;
        this.cases = cases;
        this.settings = settings;
        this.reference = reference;
        this.officers = officers;
    }

    @GetMapping("/cases")
    String queue(@RequestParam(required = false) String state, @RequestParam(required = false) Long setting,
            @RequestParam(required = false) String need, @RequestParam(required = false) String officer,
            @RequestParam(required = false) String band, @RequestParam(required = false) String overdue,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "1") int page, Locale locale,
            Model model) {
        CaseState chosenState = parse(CaseState.class, state);
        CaseSort chosenSort = parse(CaseSort.class, sort);
        CaseFilter filter = new CaseFilter(chosenState, setting, blank(need), blank(officer), blank(band),
                "true".equals(overdue));
        CaseQueuePage found = cases.queue(filter, chosenSort, page);
        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/cases");
        UriComponentsBuilder withoutState = UriComponentsBuilder.fromPath("/cases");
        add(base, "state", chosenState == null ? null : chosenState.name());
        for (UriComponentsBuilder b : List.of(base, withoutState)) {
            add(b, "setting", setting);
            add(b, "need", filter.primaryNeed());
            add(b, "officer", filter.officer());
            add(b, "band", filter.band());
            add(b, "overdue", filter.overdue() ? "true" : null);
            add(b, "sort", chosenSort == null ? null : chosenSort.name());
        }
        String baseUrl = base.encode().build().toUriString();
        String stateBase = withoutState.encode().build().toUriString();
        String pageBase = baseUrl + (baseUrl.contains("?") ? "&" : "?");
        String stateLinkBase = stateBase + (stateBase.contains("?") ? "&" : "?");
        CaseSort shownSort = chosenSort == null ? CaseSort.OLDEST : chosenSort;
        model.addAttribute("found", found);
        model.addAttribute("filter", filter);
        model.addAttribute("rows", view.rows(found, locale));
        model.addAttribute("stateLinks", view.stateLinks(found, filter, stateBase, stateLinkBase, locale));
        model.addAttribute("stateOptions", view.stateOptions(filter, locale));
        model.addAttribute("sortOptions", view.sortOptions(shownSort, locale));
        model.addAttribute("settingOptions", QueueView.options(settings.openSettings(), SettingSummary::id,
                SettingSummary::name, filter.settingId()));
        model.addAttribute("needOptions", QueueView.options(reference.senNeeds(), CodedValue::code,
                CodedValue::description, filter.primaryNeed()));
        model.addAttribute("officerOptions", QueueView.options(officers.all(), CaseOfficers.Officer::username,
                CaseOfficers.Officer::displayName, filter.officer()));
        model.addAttribute("bandOptions", QueueView.options(found.bands(), b -> b, b -> b, filter.band()));
        model.addAttribute("pageBase", pageBase);
        return "casework/queue";
    }

    private static void add(UriComponentsBuilder b, String name, Object value) {
        if (value != null) {
            b.queryParam(name, value);
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
