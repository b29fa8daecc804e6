package uk.openband.casework.internal.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.openband.casework.CaseFilter;
import uk.openband.casework.CaseQueuePage;
import uk.openband.casework.CaseRow;
import uk.openband.casework.CaseSort;
import uk.openband.casework.CaseState;
import uk.openband.platform.web.Formats;

/**
 * What the queue's template shows, in words and links computed once here, so that drawing a row is a handful of
 * plain values (a row of expressions, message look-ups, date formats and a fragment call per cell cost the queue
 * most of its CPU).
 */
@Component
class QueueView {

    /** One line of the queue as shown: every cell's text (null for an empty cell), the link and the element ids. */
    record Row(String rowId, String href, String reference, String pupilName, String settingName, String primaryNeed,
            String band, String amount, String stateClass, String state, String officer, String submitted,
            long ageDays, String dueId, String due, String overdue) {
    }

    /** A link to the queue in one state (or all states), with its count. */
    record StateLink(String id, String href, String text, String ariaCurrent) {
    }

    /** An option of a select: its value, its words and whether it is chosen. */
    record Option(String value, String text, boolean selected) {
    }

    private static final String DATE_PATTERN = "d MMM yyyy";

    private final MessageSource messages;
    private final Formats format;
    private final Clock clock;
    private final Map<Locale, DateTimeFormatter> dates = new ConcurrentHashMap<>();

    QueueView(MessageSource messages, Formats format, Clock clock) {
        this.messages = messages;
        this.format = format;
        this.clock = clock;
    }

    List<Row> rows(CaseQueuePage found, Locale locale) {
        DateTimeFormatter date = dates.computeIfAbsent(locale, l -> DateTimeFormatter.ofPattern(DATE_PATTERN, l));
        DateTimeFormatter instant = date.withZone(clock.getZone());
        String exceptional = messages.getMessage("case.exceptional", null, locale);
        String unassigned = messages.getMessage("case.unassigned", null, locale);
        Map<CaseState, String> stateNames = stateNames(locale);
        List<Row> rows = new ArrayList<>(found.rows().size());
        for (CaseRow c : found.rows()) {
            rows.add(new Row("case-" + c.id(), "/cases/" + c.id(), c.reference(), c.pupilName(), c.settingName(),
                    c.primaryNeed(), c.indicatedExceptional() ? exceptional : c.indicatedBand(),
                    c.indicatedAnnualAmount() == null ? "" : format.money(c.indicatedAnnualAmount()),
                    c.state().open() ? "govuk-tag govuk-tag--blue" : "govuk-tag govuk-tag--grey",
                    stateNames.get(c.state()), c.assignedOfficer() != null ? c.assignedOfficer() : unassigned,
                    c.firstSubmittedAt() == null ? null : instant.format(c.firstSubmittedAt()), c.ageDays(),
                    "due-" + c.id(), c.dueDate() == null ? null : date.format(c.dueDate()),
                    c.overdue() ? messages.getMessage("case.overdue", new Object[] {c.workingDaysOverdue()}, locale)
                            : null));
        }
        return rows;
    }

    /** "All states (n)" first, then each state with its count; the chosen one is the current page. */
    List<StateLink> stateLinks(CaseQueuePage found, CaseFilter filter, String allHref, String stateBase,
            Locale locale) {
        Map<CaseState, String> names = stateNames(locale);
        List<StateLink> links = new ArrayList<>();
        links.add(new StateLink(null, allHref,
                messages.getMessage("case.queue.allStates", new Object[] {found.allCount()}, locale),
                filter.state() == null ? "page" : null));
        for (CaseState s : CaseState.values()) {
            links.add(new StateLink("count-" + s.name(), stateBase + "state=" + s.name(),
                    messages.getMessage("case.queue.stateCount", new Object[] {names.get(s), found.count(s)}, locale),
                    filter.state() == s ? "page" : null));
        }
        return links;
    }

    List<Option> stateOptions(CaseFilter filter, Locale locale) {
        Map<CaseState, String> names = stateNames(locale);
        List<Option> options = new ArrayList<>();
        for (CaseState s : CaseState.values()) {
            options.add(new Option(s.name(), names.get(s), filter.state() == s));
        }
        return options;
    }

    List<Option> sortOptions(CaseSort sort, Locale locale) {
        List<Option> options = new ArrayList<>();
        for (CaseSort o : CaseSort.values()) {
            options.add(new Option(o.name(), messages.getMessage("case.sort." + o.name(), null, locale), sort == o));
        }
        return options;
    }

    /** A select's options from a list: each one's value and words, chosen when its value is {@code chosen}. */
    static <T> List<Option> options(List<T> items, Function<T, ?> value, Function<T, String> text, Object chosen) {
        List<Option> options = new ArrayList<>(items.size());
        for (T item : items) {
            Object v = value.apply(item);
            options.add(new Option(String.valueOf(v), text.apply(item), chosen != null && chosen.equals(v)));
        }
        return options;
    }

    private Map<CaseState, String> stateNames(Locale locale) {
        Map<CaseState, String> names = new java.util.EnumMap<>(CaseState.class);
        for (CaseState s : CaseState.values()) {
            names.put(s, messages.getMessage("case.state." + s.name(), null, locale));
        }
        return names;
    }
}
