package uk.openband.agreements.internal.awards;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.openband.agreements.PaymentSettingsView;
import uk.openband.agreements.internal.AgreementSchedules;
import uk.openband.agreements.internal.FundingAgreement;
import uk.openband.agreements.internal.awards.AwardImportStore.Funded;
import uk.openband.agreements.internal.awards.AwardPlan.ImportOptions;
import uk.openband.agreements.internal.awards.AwardPlan.PlannedAward;
import uk.openband.agreements.internal.awards.AwardPlan.Tariff;
import uk.openband.agreements.schedule.LineKind;
import uk.openband.agreements.schedule.PaymentMethod;
import uk.openband.agreements.schedule.Schedule;
import uk.openband.agreements.schedule.ScheduleLine;
import uk.openband.common.Money;
import uk.openband.directory.PupilData;
import uk.openband.directory.PupilImport;
import uk.openband.directory.RejectedRow;
import uk.openband.directory.Upn;
import uk.openband.framework.scoring.BandingTable;
import uk.openband.platform.Refused;
import uk.openband.platform.tabular.Csv;

/**
 * Checks one awards file as a whole, after each row on its own ({@link AwardChecker}): old references repeated in
 * the file or imported before (those rows are left out, not refused), new pupils by the pupil import's rules, awards
 * overlapping each other or an agreement already made, and every award's payments under the term calendar.
 */
final class AwardFileCheck {

    private final AwardImport.Parts parts;
    private final Csv.Table table;
    private final ImportOptions options;
    private final BandingTable banding;
    private final Locale locale;
    private final List<RejectedRow> problems = new ArrayList<>();

    AwardFileCheck(AwardImport.Parts parts, Csv.Table table, ImportOptions options, BandingTable banding,
            Locale locale) {
        this.parts = parts;
        this.table = table;
        this.options = options;
        this.banding = banding;
        this.locale = locale;
    }

    AwardPlan plan(String sha256, String fileName) {
        AwardChecker.Session session = parts.checker().new Session(banding, locale);
        List<Map<String, String>> cells = new ArrayList<>();
        Map<String, Integer> firstLineOfReference = new HashMap<>();
        for (Csv.Row row : table.rows()) {
            Map<String, String> c = AwardChecker.cells(table, row);
            cells.add(c);
            String ref = c.getOrDefault(AwardColumns.OLD_REFERENCE, "").strip();
            if (!ref.isEmpty()) {
                firstLineOfReference.putIfAbsent(ref, row.line());
            }
        }
        Map<String, String> imported = parts.store().importedOldReferences(firstLineOfReference.keySet());
        List<String> alreadyImported = new ArrayList<>();
        List<PlannedAward> awards = new ArrayList<>();
        Map<Integer, Map<String, String>> cellsByLine = new HashMap<>();
        for (int i = 0; i < table.rows().size(); i++) {
            int line = table.rows().get(i).line();
            Map<String, String> c = cells.get(i);
            String ref = c.getOrDefault(AwardColumns.OLD_REFERENCE, "").strip();
            if (imported.containsKey(ref)) {
                alreadyImported.add(ref);
                continue;
            }
            if (!ref.isEmpty() && firstLineOfReference.get(ref) != line) {
                problems.add(new RejectedRow(line, AwardColumns.OLD_REFERENCE, session.text(
                        "awardImport.oldReference.repeated", firstLineOfReference.get(ref))));
            }
            cellsByLine.put(line, c);
            PlannedAward a = session.check(line, c, problems);
            if (a != null) {
                awards.add(a);
            }
        }
        Map<String, Long> known = parts.pupils().idsByUpn(cellsByLine.values().stream()
                .map(c -> c.getOrDefault(AwardColumns.UPN, "")).toList());
        List<PupilData> newPupils = newPupils(cellsByLine, known);
        for (int i = 0; i < awards.size(); i++) {
            awards.set(i, awards.get(i).withPupil(known.get(awards.get(i).upn())));
        }
        awards = awards.stream().filter(a -> problems.stream().noneMatch(p -> p.line() == a.line())).toList();
        overlaps(awards, session);
        awards = payments(awards, session);
        problems.sort(Comparator.comparingInt(RejectedRow::line)
                .thenComparingInt(r -> AwardColumns.ALL.indexOf(r.column())));
        Tariff tariff = new Tariff(banding.key(), banding.version(), banding.name(), banding.rounding().name());
        if (!problems.isEmpty()) {
            awards = List.of();
            newPupils = List.of();
        }
        Map<String, String> routeNames = new HashMap<>();
        parts.routes().all().forEach(r -> routeNames.put(r.code(), r.name() + " (" + r.code() + ")"));
        return new AwardPlan(sha256, fileName, table.rows().size(), options, tariff, awards, List.copyOf(alreadyImported),
                newPupils, List.copyOf(problems), null, null,
                AwardTotals.of(awards, options.paymentsFrom(), routeNames::get));
    }

    /**
     * The pupils to add: for each UPN OpenBand does not know, from the first row naming it, checked by the pupil
     * import's rules (whatever else is wrong with the row, so that every problem is named at once).
     */
    private List<PupilData> newPupils(Map<Integer, Map<String, String>> cellsByLine, Map<String, Long> known) {
        Map<String, PupilImport.PupilRow> firstRowOfNewUpn = new LinkedHashMap<>();
        cellsByLine.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Map<String, String> c = e.getValue();
            Upn.Check upn = Upn.check(c.getOrDefault(AwardColumns.UPN, ""));
            if (upn.valid() && !known.containsKey(upn.upn()) && !firstRowOfNewUpn.containsKey(upn.upn())) {
                Map<String, String> pupilCells = new HashMap<>();
                for (String column : AwardColumns.PUPIL) {
                    pupilCells.put(column, c.get(column));
                }
                pupilCells.put("UPN", upn.upn());
                pupilCells.put("SettingURN", c.get(AwardColumns.SETTING_URN));
                firstRowOfNewUpn.put(upn.upn(), new PupilImport.PupilRow(e.getKey(), pupilCells));
            }
        });
        if (firstRowOfNewUpn.isEmpty()) {
            return List.of();
        }
        PupilImport.CheckedPupils checked = parts.pupilImport().check(List.copyOf(firstRowOfNewUpn.values()), locale);
        Set<String> named = new HashSet<>();
        problems.forEach(p -> named.add(p.line() + "/" + p.column()));
        for (RejectedRow r : checked.rejected()) {
            if (named.add(r.line() + "/" + r.column())) {
                problems.add(r);
            }
        }
        return checked.pupils();
    }

    /** Two awards for one pupil at one setting may not fund the same day, nor an award a day already funded. */
    private void overlaps(List<PlannedAward> awards, AwardChecker.Session session) {
        Map<String, List<PlannedAward>> byPupilAndSetting = new HashMap<>();
        for (PlannedAward a : awards) {
            byPupilAndSetting.computeIfAbsent(a.upn() + "@" + a.settingId(), k -> new ArrayList<>()).add(a);
        }
        for (List<PlannedAward> same : byPupilAndSetting.values()) {
            same.sort(Comparator.comparing(PlannedAward::startDate).thenComparingInt(PlannedAward::line));
            for (int i = 1; i < same.size(); i++) {
                PlannedAward before = same.get(i - 1);
                if (!same.get(i).startDate().isAfter(before.plannedEndDate())) {
                    problems.add(new RejectedRow(same.get(i).line(), AwardColumns.START_DATE,
                            session.text("awardImport.overlaps.line", before.line())));
                }
            }
        }
        List<Long> knownPupils = awards.stream().map(PlannedAward::pupilId).filter(java.util.Objects::nonNull)
                .distinct().toList();
        Map<String, List<Funded>> funded = new HashMap<>();
        for (Funded f : parts.store().fundedDays(knownPupils)) {
            funded.computeIfAbsent(f.pupilId() + "@" + f.settingId(), k -> new ArrayList<>()).add(f);
        }
        for (PlannedAward a : awards) {
            if (a.pupilId() == null) {
                continue;
            }
            for (Funded f : funded.getOrDefault(a.pupilId() + "@" + a.settingId(), List.of())) {
                if (!a.startDate().isAfter(f.to()) && !a.plannedEndDate().isBefore(f.from())) {
                    problems.add(new RejectedRow(a.line(), AwardColumns.START_DATE, session.text(
                            "awardImport.overlaps.agreement", f.reference(), parts.date(f.from()), parts.date(f.to()))));
                    break;
                }
            }
        }
    }

    /** Each award's payment lines as they will be made; a day in no term of the calendar is a problem. */
    private List<PlannedAward> payments(List<PlannedAward> awards, AwardChecker.Session session) {
        PaymentSettingsView s = parts.paymentSettings().load();
        PaymentMethod method = parts.paymentSettings().method(s);
        AwardPlan shape = new AwardPlan(null, null, 0, options, new Tariff(banding.key(), banding.version(),
                banding.name(), banding.rounding().name()), List.of(), List.of(), List.of(), List.of(), null, null, null);
        List<PlannedAward> paid = new ArrayList<>(awards.size());
        for (PlannedAward a : awards) {
            try {
                FundingAgreement first = AwardAgreements.first(a, 0, 0, shape, "FA-CHECK", "check", Instant.EPOCH);
                BigDecimal[] totals = {Money.ZERO, Money.ZERO};
                add(totals, AgreementSchedules.of(first, s, method));
                if (a.protectedAmount() != null) {
                    add(totals, AgreementSchedules.of(AwardAgreements.afterProtection(a, first, shape, "FA-CHECK",
                            "check", Instant.EPOCH), s, method));
                }
                paid.add(a.withPayments(totals[0], totals[1]));
            } catch (Refused e) {
                problems.add(new RejectedRow(a.line(), AwardColumns.START_DATE, session.text(
                        "awardImport.unschedulable", e.problems().get(0).args()[1])));
            }
        }
        return paid;
    }

    private static void add(BigDecimal[] totals, Schedule schedule) {
        for (ScheduleLine line : schedule.lines()) {
            totals[0] = totals[0].add(line.amount());
            if (line.kind() == LineKind.ARREARS) {
                totals[1] = totals[1].add(line.amount());
            }
        }
    }
}
