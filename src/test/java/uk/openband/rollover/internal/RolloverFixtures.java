package uk.openband.rollover.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;
import uk.openband.assessment.Answer;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.assessment.AssessmentView;
import uk.openband.assessment.Purpose;
import uk.openband.casework.CaseDecisions;
import uk.openband.casework.CaseDetail;
import uk.openband.casework.CaseFixtures;
import uk.openband.casework.CaseQueries;
import uk.openband.casework.CaseWorkflow;
import uk.openband.casework.DecisionOutcome;
import uk.openband.casework.DecisionRequest;
import uk.openband.casework.StartPolicy;
import uk.openband.directory.NewSetting;
import uk.openband.directory.PupilScope;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.SettingDirectory;
import uk.openband.directory.SettingSummary;
import uk.openband.framework.FrameworkCatalogue;
import uk.openband.framework.VersionSummary;
import uk.openband.framework.format.FrameworkFormat;
import uk.openband.framework.internal.CatalogueAdministration;
import uk.openband.framework.scoring.BandRow;
import uk.openband.framework.scoring.BandingTable;
import uk.openband.framework.scoring.SettingBands;
import uk.openband.rollover.internal.RolloverModel.Candidate;

/**
 * Agreements and tables for the roll-over tests. A roll-over acts on every agreement in force, so the
 * roll-over test classes have a database of their own ({@link uk.openband.testsupport.OwnDatabase}); each
 * test makes its own mainstream settings and agreements and checks them by setting and by agreement, so
 * it does not matter which agreements the class's other tests left. Today is {@link #TODAY}, when the demo
 * tariff 2026-27 is in force; the agreements run in the academic years 2027/28 and 2028/29 and the tables
 * the tests publish take effect from {@link #TABLES_FROM}.
 */

final class RolloverFixtures {

    static final String DEMO_KEY = "demo-top-up-tariff";
    static final String DEMO_VERSION = "2026-27";
    /** The day the roll-over tests run on: requests are started under the demo tariff 2026-27. */
    static final LocalDate TODAY = LocalDate.of(2027, 2, 1);
    /** When the tables the tests publish take effect: the financial year 2028-29 (365 days). */
    static final LocalDate TABLES_FROM = LocalDate.of(2028, 4, 1);

    private final CatalogueAdministration admin;
    private final FrameworkCatalogue catalogue;
    private final SettingDirectory settings;
    private final PupilRegistry pupils;
    private final AssessmentManagement assessments;
    private final CaseQueries queries;
    private final CaseWorkflow workflow;
    private final CaseDecisions decisions;
    private final RolloverAgreements agreements;

    RolloverFixtures(CatalogueAdministration admin, FrameworkCatalogue catalogue, SettingDirectory settings,
            PupilRegistry pupils, AssessmentManagement assessments, CaseQueries queries, CaseWorkflow workflow,
            CaseDecisions decisions, RolloverAgreements agreements) {
        this.admin = admin;
        this.catalogue = catalogue;
        this.settings = settings;
        this.pupils = pupils;
        this.assessments = assessments;
        this.queries = queries;
        this.workflow = workflow;
        this.decisions = decisions;
        this.agreements = agreements;
    }

    BandingTable demoTable() {
        return catalogue.banding(DEMO_KEY, DEMO_VERSION).orElseThrow();
    }

    /** Publishes a copy of the demo tariff from {@link #TABLES_FROM} with each band's amounts changed. */
    VersionSummary publish(UnaryOperator<BandRow> change) {
        BandingTable demo = demoTable();
        List<SettingBands> bands = demo.settings().stream()
                .map(s -> new SettingBands(s.category(), s.bands().stream().map(change).toList())).toList();
        BandingTable table = new BandingTable(demo.key(), demo.name(), "ro-" + UUID.randomUUID().toString()
                .substring(0, 8), demo.frameworkKey(), demo.frameworkVersions(), TABLES_FROM, null,
                demo.currency(), demo.rounding(), bands);
        VersionSummary draft = admin.importFile(admin.kind("banding-tables"),
                new FrameworkFormat().writeBandingTable(table), "json", "admin");
        return admin.publish(admin.kind("banding-tables"), draft.id(), "admin");
    }

    /** The band with its amounts times {@code factor}, rounded with the demo table's rounding. */
    static UnaryOperator<BandRow> times(String factor) {
        BigDecimal f = new BigDecimal(factor);
        return r -> new BandRow(r.band(), r.minScore(), r.maxScore(),
                r.annualAmount().multiply(f).setScale(2, java.math.RoundingMode.HALF_UP),
                r.termlyAmount() == null ? null : r.termlyAmount().multiply(f).setScale(2, java.math.RoundingMode.HALF_UP),
                r.topUp());
    }

    /** A new open mainstream setting. */
    SettingSummary newSetting(String name) {
        int n = ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        return settings.add(new NewSetting(Integer.toString(n), "999" + String.format("%04d", n % 10_000), name,
                "Community school", "Primary", uk.openband.common.SettingCategory.MAINSTREAM, "DM9 9ZZ"));
    }

    /**
     * A decided request at the setting with the given levels (CaseFixtures.BAND_3 or BAND_4): funding
     * from {@code start} for {@code terms} terms (null: to the review date), reviewed on {@code review}.
     * The school asks for funding from {@code start} too. Returns the agreement the decision made.
     */
    Candidate agreement(long settingId, Map<String, Integer> levels, LocalDate start, Integer terms,
            LocalDate review) {
        PupilScope scope = PupilScope.setting(settingId);
        long pupil = CaseFixtures.newPupil(pupils, settingId);
        AssessmentView a = assessments.start(scope, pupil, Purpose.NEW_REQUEST, "senco");
        List<Answer> answers = CaseFixtures.DOMAINS.stream()
                .map(code -> new Answer(code, levels.get(code), "Evidence for " + code)).toList();
        a = assessments.saveAnswers(scope, a.id(), a.version(), answers, List.of(), "senco");
        a = assessments.saveDetails(scope, a.id(), a.version(), true, start, List.of(), "senco");
        a = assessments.submit(scope, a.id(), a.version(), "senco");
        long caseId = queries.forAssessment(a.id()).orElseThrow().id();
        workflow.assign(caseId, detail(caseId).version(), "manager");
        workflow.listForPanel(caseId, detail(caseId).version());
        decisions.decide(caseId, detail(caseId).version(), new DecisionRequest(DecisionOutcome.AGREE_INDICATED, null,
                null, StartPolicy.CHOSEN, start, terms, review, List.of("EVIDENCE_SUPPORTS_LEVELS"),
                "The evidence supports every level.", null), "manager");
        return agreements.activeFrom(start).stream().filter(c -> c.pupilId() == pupil).findFirst().orElseThrow();
    }

    private CaseDetail detail(long caseId) {
        return queries.detail(caseId).orElseThrow();
    }
}
