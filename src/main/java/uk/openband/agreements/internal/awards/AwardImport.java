package uk.openband.agreements.internal.awards;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.openband.agreements.FundingEvents;
import uk.openband.agreements.PaymentSettingsView;
import uk.openband.agreements.internal.AgreementSchedules;
import uk.openband.agreements.internal.FundingAgreement;
import uk.openband.agreements.internal.FundingAgreementRepository;
import uk.openband.agreements.internal.PaymentLineStore;
import uk.openband.agreements.internal.PaymentSettingsStore;
import uk.openband.agreements.internal.awards.AwardPlan.ImportOptions;
import uk.openband.agreements.internal.awards.AwardPlan.PlannedAward;
import uk.openband.agreements.schedule.PaymentMethod;
import uk.openband.casework.FundingRoutes;
import uk.openband.common.Money;
import uk.openband.directory.PupilImport;
import uk.openband.directory.PupilRegistry;
import uk.openband.framework.FrameworkCatalogue;
import uk.openband.framework.scoring.BandingTable;
import uk.openband.platform.tabular.Csv;
import uk.openband.platform.tabular.Xlsx;

/**
 * Imports the awards a council made before OpenBand (columns in docs/going-live.md), all or nothing: the whole
 * file is checked first ({@link #plan}, which saves nothing and is what the preview shows), and {@link #importFile}
 * checks it again and saves every award, or none when anything is wrong. An imported award is an agreement with
 * source IMPORT and its old reference, paid like any other from the day OpenBand takes over (days before it as
 * arrears only when asked). A file imported before, or a row whose old reference was, changes nothing. Each
 * import is audited with the file's SHA-256.
 */
@Service
public class AwardImport {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** What checking a file uses. */
    record Parts(AwardChecker checker, AwardImportStore store, PupilRegistry pupils, PupilImport pupilImport,
            FundingRoutes routes, PaymentSettingsStore paymentSettings) {

        String date(LocalDate day) {
            return day.format(DATE);
        }
    }

    /** What the import did: its reference and counts; when it changed nothing, {@code reference} is the earlier one. */
    public record Imported(String reference, int imported, int alreadyImported, int newPupils, BigDecimal annualCost,
            boolean changedNothing) {
    }

    /** The file could not be imported: the plan names every problem. */
    public static final class AwardFileRefused extends RuntimeException {
        private final transient AwardPlan plan;

        AwardFileRefused(AwardPlan plan) {
            super("the awards file has problems");
            this.plan = plan;
        }

        public AwardPlan plan() {
            return plan;
        }
    }

    private final Parts parts;
    private final FundingAgreementRepository agreements;
    private final PaymentLineStore lines;
    private final FrameworkCatalogue catalogue;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    AwardImport(AwardChecker checker, AwardImportStore store, PupilRegistry pupils, PupilImport pupilImport,
            FundingRoutes routes, PaymentSettingsStore paymentSettings, FundingAgreementRepository agreements,
            PaymentLineStore lines, FrameworkCatalogue catalogue, ApplicationEventPublisher events,
            MessageSource messages, Clock clock) {
        this.parts = new Parts(checker, store, pupils, pupilImport, routes, paymentSettings);
        this.agreements = agreements;
        this.lines = lines;
        this.catalogue = catalogue;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /** Checks the whole file and works out what importing it would do, saving nothing. */
    @Transactional(readOnly = true)
    public AwardPlan plan(byte[] bytes, String fileName, ImportOptions options, Locale locale) {
        String sha256 = sha256(bytes);
        String name = fileName == null || fileName.isBlank() ? null : fileName.strip();
        if (name != null && name.length() > 255) {
            name = name.substring(0, 255);
        }
        Csv.Table table;
        try {
            table = Xlsx.looksLikeXlsx(bytes) ? Xlsx.read(bytes) : Csv.read(bytes);
        } catch (Csv.CsvException e) {
            return refused(sha256, name, 0, options, text(locale, "awardImport.file.unreadable", e.getMessage()));
        }
        List<String> missing = AwardColumns.REQUIRED.stream().filter(c -> table.column(c).isEmpty()).toList();
        if (!missing.isEmpty()) {
            return refused(sha256, name, table.rows().size(), options,
                    text(locale, "awardImport.header.missing", String.join(", ", missing)));
        }
        if (table.rows().isEmpty()) {
            return refused(sha256, name, 0, options, text(locale, "pupilImport.file.empty"));
        }
        if (table.rows().size() > AwardColumns.MAX_ROWS) {
            return refused(sha256, name, table.rows().size(), options,
                    text(locale, "awardImport.file.tooManyRows", AwardColumns.MAX_ROWS));
        }
        Optional<AwardPlan.PreviousImport> previous = parts.store().bySha256(sha256);
        if (previous.isPresent()) {
            return new AwardPlan(sha256, name, table.rows().size(), options, null, List.of(), List.of(), List.of(),
                    List.of(), null, previous.get(), AwardTotals.of(List.of(), options.paymentsFrom(), c -> c));
        }
        LocalDate today = LocalDate.now(clock);
        Optional<BandingTable> banding = catalogue.frameworkInForce(today)
                .flatMap(f -> catalogue.bandingInForce(f, today));
        if (banding.isEmpty()) {
            return refused(sha256, name, table.rows().size(), options, text(locale, "awardImport.noTariff"));
        }
        return new AwardFileCheck(parts, table, options, banding.get(), locale).plan(sha256, name);
    }

    /**
     * Imports the file when it is (still) valid, in one transaction for every pupil and award; a file imported before
     * changes nothing (and says which import it was). {@link AwardFileRefused} naming every problem otherwise.
     */
    @Transactional
    public Imported importFile(byte[] bytes, String fileName, ImportOptions options, String by, Locale locale) {
        AwardPlan plan = plan(bytes, fileName, options, locale);
        if (plan.previousImport() != null) {
            AwardPlan.PreviousImport p = plan.previousImport();
            events.publishEvent(new FundingEvents.AwardsImported(p.reference(), plan.sha256(), plan.fileName(),
                    plan.rows(), 0, plan.rows(), 0, Money.ZERO.toPlainString(), options.paymentsFrom(),
                    options.arrears(), null, null, true, by));
            return new Imported(p.reference(), 0, plan.rows(), 0, Money.ZERO, true);
        }
        if (!plan.valid()) {
            throw new AwardFileRefused(plan);
        }
        if (plan.awards().isEmpty()) {
            // Every row's old reference was imported before: nothing to make, nothing recorded but the attempt.
            events.publishEvent(new FundingEvents.AwardsImported(null, plan.sha256(), plan.fileName(), plan.rows(), 0,
                    plan.rows(), 0, Money.ZERO.toPlainString(), options.paymentsFrom(), options.arrears(), null, null,
                    true, by));
            return new Imported(null, 0, plan.rows(), 0, Money.ZERO, true);
        }
        Instant now = clock.instant();
        long[] record = parts.store().start(plan, by, now);
        String reference = "AI-%06d".formatted(record[1]);
        Map<String, Long> newPupilIds = new HashMap<>();
        if (!plan.newPupils().isEmpty()) {
            List<Long> ids = parts.pupils().registerAll(plan.newPupils());
            for (int i = 0; i < ids.size(); i++) {
                newPupilIds.put(plan.newPupils().get(i).upn(), ids.get(i));
            }
        }
        PaymentSettingsView s = parts.paymentSettings().load();
        PaymentMethod method = parts.paymentSettings().method(s);
        List<String> made = new ArrayList<>();
        for (PlannedAward a : plan.awards()) {
            long pupilId = a.pupilId() != null ? a.pupilId() : newPupilIds.get(a.upn());
            FundingAgreement first = agreements.save(AwardAgreements.first(a, pupilId, record[0], plan,
                    nextReference(), by, now));
            lines.replace(first.getId(), AgreementSchedules.of(first, s, method));
            if (a.protectedAmount() != null) {
                FundingAgreement after = agreements.save(AwardAgreements.afterProtection(a, first, plan,
                        nextReference(), by, now));
                lines.replace(after.getId(), AgreementSchedules.of(after, s, method));
            }
            made.add(first.getReference());
        }
        agreements.flush();
        events.publishEvent(new FundingEvents.AwardsImported(reference, plan.sha256(), plan.fileName(), plan.rows(),
                plan.awards().size(), plan.alreadyImported().size(), plan.newPupils().size(),
                plan.totals().annualCost().toPlainString(), options.paymentsFrom(), options.arrears(),
                made.isEmpty() ? null : made.get(0), made.isEmpty() ? null : made.get(made.size() - 1), false, by));
        return new Imported(reference, plan.awards().size(), plan.alreadyImported().size(), plan.newPupils().size(),
                plan.totals().annualCost(), plan.awards().isEmpty());
    }

    private String nextReference() {
        return "FA-%06d".formatted(agreements.nextReference());
    }

    private static AwardPlan refused(String sha256, String name, int rows, ImportOptions options, String fileProblem) {
        return new AwardPlan(sha256, name, rows, options, null, List.of(), List.of(), List.of(), List.of(), fileProblem,
                null, null);
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
