package uk.openband.agreements.internal.awards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.openband.agreements.internal.awards.AwardPlan.PlannedAward;
import uk.openband.casework.FundingRoute;
import uk.openband.casework.FundingRoutes;
import uk.openband.common.Money;
import uk.openband.directory.RejectedRow;
import uk.openband.directory.SettingDirectory;
import uk.openband.directory.SettingSummary;
import uk.openband.directory.Upn;
import uk.openband.framework.scoring.BandRow;
import uk.openband.framework.scoring.BandingTable;
import uk.openband.platform.Excerpt;
import uk.openband.platform.Text;
import uk.openband.platform.tabular.Csv;
import uk.openband.platform.web.input.MoneyInput;

/**
 * Checks each row of an awards file on its own: old reference, UPN, setting, route, band and amount against the
 * tariff in force, dates, transitional protection. What needs the whole file or the database (repeats, overlaps,
 * new pupils, term dates) is {@link AwardImport}'s. Every problem names its line and column.
 */
@Component
class AwardChecker {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final SettingDirectory settings;
    private final FundingRoutes routes;
    private final MessageSource messages;

    AwardChecker(SettingDirectory settings, FundingRoutes routes, MessageSource messages) {
        this.settings = settings;
        this.routes = routes;
        this.messages = messages;
    }

    /** One row's cells by column name (as documented), trimmed; empty when the file has no such column. */
    static Map<String, String> cells(Csv.Table table, Csv.Row row) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (String column : AwardColumns.ALL) {
            table.column(column).ifPresent(i -> cells.put(column, i < row.values().size() ? row.values().get(i) : ""));
        }
        return cells;
    }

    /** What checking needs across the rows: settings and routes looked up once. */
    final class Session {
        private final BandingTable banding;
        private final Locale locale;
        private final Map<String, Optional<SettingSummary>> settingsByUrn = new HashMap<>();
        private final List<FundingRoute> allRoutes = routes.all();

        Session(BandingTable banding, Locale locale) {
            this.banding = banding;
            this.locale = locale;
        }

        /** The row's award, or null when it has a problem (each added to {@code problems}). */
        PlannedAward check(int line, Map<String, String> raw, List<RejectedRow> problems) {
            int before = problems.size();
            Map<String, String> v = new HashMap<>();
            raw.forEach((k, value) -> v.put(k, value == null ? "" : value.strip()));
            String oldReference = v.getOrDefault(AwardColumns.OLD_REFERENCE, "");
            if (oldReference.isEmpty()) {
                problems.add(problem(line, AwardColumns.OLD_REFERENCE, "awardImport.oldReference.required"));
            } else if (oldReference.length() > AwardColumns.MAX_OLD_REFERENCE || Text.hasControlCharacters(oldReference)) {
                problems.add(problem(line, AwardColumns.OLD_REFERENCE, "awardImport.oldReference.invalid",
                        AwardColumns.MAX_OLD_REFERENCE));
            }
            Upn.Check upn = Upn.check(v.getOrDefault(AwardColumns.UPN, ""));
            if (!upn.valid()) {
                problems.add(new RejectedRow(line, AwardColumns.UPN, upn.expectedLetter() == null
                        ? text(upn.problem()) : text(upn.problem(), String.valueOf(upn.expectedLetter()))));
            }
            SettingSummary setting = setting(line, v.getOrDefault(AwardColumns.SETTING_URN, ""), problems);
            String route = route(line, v.getOrDefault(AwardColumns.ROUTE, ""), problems);
            BigDecimal annual = money(line, AwardColumns.ANNUAL_AMOUNT, v, true, problems);
            LocalDate start = date(line, AwardColumns.START_DATE, v, true, problems);
            LocalDate plannedEnd = date(line, AwardColumns.PLANNED_END_DATE, v, true, problems);
            LocalDate review = date(line, AwardColumns.REVIEW_DATE, v, true, problems);
            if (start != null && plannedEnd != null && plannedEnd.isBefore(start)) {
                problems.add(problem(line, AwardColumns.PLANNED_END_DATE, "awardImport.plannedEnd.beforeStart"));
            }
            if (start != null && review != null && review.isBefore(start)) {
                problems.add(problem(line, AwardColumns.REVIEW_DATE, "awardImport.review.beforeStart"));
            }
            BigDecimal protectedAmount = money(line, AwardColumns.PROTECTED_AMOUNT, v, false, problems);
            LocalDate protectionEnd = date(line, AwardColumns.PROTECTION_END_DATE, v, false, problems);
            protection(line, v, annual, protectedAmount, start, plannedEnd, protectionEnd, problems);
            String bandText = v.getOrDefault(AwardColumns.BAND, "");
            Band band = band(line, bandText, setting, annual, problems);
            if (problems.size() > before) {
                return null;
            }
            return new PlannedAward(line, oldReference, upn.upn(), null, setting.id(),
                    setting.name() + " (" + setting.urn() + ")", route, band.label(), band.code(),
                    band.legacy(), annual, band.termly(), start, plannedEnd, review, protectedAmount, protectionEnd,
                    null, null);
        }

        private SettingSummary setting(int line, String urn, List<RejectedRow> problems) {
            if (urn.isEmpty()) {
                problems.add(problem(line, AwardColumns.SETTING_URN, "awardImport.setting.required"));
                return null;
            }
            Optional<SettingSummary> setting = settingsByUrn.computeIfAbsent(urn, settings::findByUrn);
            if (setting.isEmpty()) {
                problems.add(problem(line, AwardColumns.SETTING_URN, "pupilImport.value.setting", Excerpt.of(urn)));
                return null;
            }
            return setting.get();
        }

        private String route(int line, String code, List<RejectedRow> problems) {
            String wanted = code.toUpperCase(Locale.ROOT);
            Optional<FundingRoute> route = allRoutes.stream().filter(r -> r.code().equals(wanted)).findFirst();
            String offered = String.join(", ", allRoutes.stream().filter(FundingRoute::active).map(FundingRoute::code)
                    .toList());
            if (code.isEmpty()) {
                problems.add(problem(line, AwardColumns.ROUTE, "awardImport.route.required", offered));
            } else if (route.isEmpty() || !route.get().active()) {
                problems.add(problem(line, AwardColumns.ROUTE, "awardImport.route.unknown", Excerpt.of(code), offered));
            } else {
                return route.get().code();
            }
            return null;
        }

        /** A band of the tariff in force for the setting's category, EXCEPTIONAL or LEGACY. */
        private Band band(int line, String text, SettingSummary setting, BigDecimal annual,
                List<RejectedRow> problems) {
            String upper = text.toUpperCase(Locale.ROOT);
            if (text.isEmpty()) {
                problems.add(problem(line, AwardColumns.BAND, "awardImport.band.required"));
                return null;
            }
            if (upper.equals(AwardColumns.EXCEPTIONAL)) {
                return new Band(AwardColumns.EXCEPTIONAL, null, false, null);
            }
            if (upper.equals(AwardColumns.LEGACY)) {
                return new Band(AwardColumns.LEGACY, null, true, null);
            }
            if (setting == null) {
                return null;
            }
            if (setting.category() == null) {
                problems.add(problem(line, AwardColumns.BAND, "awardImport.band.unclassified", setting.name()));
                return null;
            }
            Optional<BandRow> row = banding.bandsFor(setting.category()).flatMap(b -> b.bands().stream()
                    .filter(r -> r.band().equalsIgnoreCase(text) && r.topUp()).findFirst());
            if (row.isEmpty()) {
                problems.add(problem(line, AwardColumns.BAND, "awardImport.band.unknown", Excerpt.of(text),
                        banding.name() + " " + banding.version(), setting.category().labelInSentence()));
                return null;
            }
            if (annual != null && annual.compareTo(row.get().annualAmount()) != 0) {
                problems.add(problem(line, AwardColumns.ANNUAL_AMOUNT, "awardImport.amount.notBand",
                        row.get().band(), Money.format(row.get().annualAmount()),
                        setting.category().labelInSentence()));
                return null;
            }
            return new Band(row.get().band(), row.get().band(), false, banding.termlyAmount(row.get()));
        }

        private void protection(int line, Map<String, String> v, BigDecimal annual, BigDecimal protectedAmount,
                LocalDate start, LocalDate plannedEnd, LocalDate protectionEnd, List<RejectedRow> problems) {
            boolean amountGiven = !v.getOrDefault(AwardColumns.PROTECTED_AMOUNT, "").isEmpty();
            boolean endGiven = !v.getOrDefault(AwardColumns.PROTECTION_END_DATE, "").isEmpty();
            if (amountGiven && !endGiven) {
                problems.add(problem(line, AwardColumns.PROTECTION_END_DATE, "awardImport.protection.endRequired"));
            } else if (endGiven && !amountGiven) {
                problems.add(problem(line, AwardColumns.PROTECTED_AMOUNT, "awardImport.protection.amountRequired"));
            }
            if (protectedAmount != null && annual != null && protectedAmount.compareTo(annual) <= 0) {
                problems.add(problem(line, AwardColumns.PROTECTED_AMOUNT, "awardImport.protection.notMore",
                        Money.format(annual)));
            }
            if (protectionEnd != null && start != null && plannedEnd != null
                    && (protectionEnd.isBefore(start) || !protectionEnd.isBefore(plannedEnd))) {
                problems.add(problem(line, AwardColumns.PROTECTION_END_DATE, "awardImport.protection.endOutside"));
            }
        }

        private BigDecimal money(int line, String column, Map<String, String> v, boolean required,
                List<RejectedRow> problems) {
            MoneyInput.Rules rules = required ? MoneyInput.Rules.POSITIVE : MoneyInput.Rules.POSITIVE.optional();
            MoneyInput.Check check = MoneyInput.check(v.getOrDefault(column, ""), rules.max(MoneyInput.MAX));
            if (!check.ok()) {
                String label = text("awardImport.column." + column);
                problems.add(new RejectedRow(line, column, text("money." + check.problem().code(),
                        Character.toUpperCase(label.charAt(0)) + label.substring(1), label, Money.format(MoneyInput.MAX))));
                return null;
            }
            return check.amount();
        }

        private LocalDate date(int line, String column, Map<String, String> v, boolean required,
                List<RejectedRow> problems) {
            String value = v.getOrDefault(column, "");
            if (value.isEmpty()) {
                if (required) {
                    problems.add(problem(line, column, "awardImport.date.required", text("awardImport.column." + column)));
                }
                return null;
            }
            try {
                return value.contains("/") ? LocalDate.parse(value, UK_DATE) : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problems.add(problem(line, column, "pupilImport.value.date"));
                return null;
            }
        }

        private RejectedRow problem(int line, String column, String key, Object... args) {
            return new RejectedRow(line, column, text(key, args));
        }

        String text(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }
    }

    /** The band as the file gives it: a code of the tariff, EXCEPTIONAL or LEGACY (no code). */
    private record Band(String label, String code, boolean legacy, BigDecimal termly) {
    }
}
