package uk.openband.agreements;

import uk.openband.platform.NotFound;
import uk.openband.platform.Refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.openband.assessment.Answer;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.assessment.AssessmentView;
import uk.openband.assessment.Purpose;
import uk.openband.audit.AuditLog;
import uk.openband.casework.CaseDecisions;
import uk.openband.casework.CaseDetail;
import uk.openband.casework.CaseEvents;
import uk.openband.casework.CaseFixtures;
import uk.openband.casework.CaseQueries;
import uk.openband.casework.CaseState;
import uk.openband.casework.CaseWorkflow;
import uk.openband.casework.DecisionOutcome;
import uk.openband.casework.DecisionRequest;
import uk.openband.casework.StartPolicy;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.PupilScope;
import uk.openband.directory.SettingDirectory;
import uk.openband.agreements.internal.PaymentSettingsStore;
import uk.openband.identity.Role;
import uk.openband.testsupport.WebTest;

/** Agreements made, ended and superseded by decisions, leaving dates and roll-overs, against PostgreSQL. */
@WebTest
class FundingAgreementsTest {

    @Autowired AssessmentManagement assessments;
    @Autowired PupilRegistry pupils;
    @Autowired SettingDirectory settings;
    @Autowired CaseQueries queries;
    @Autowired CaseWorkflow workflow;
    @Autowired CaseDecisions decisions;
    @Autowired FundingAgreements funding;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired AuditLog audit;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired PaymentSettingsStore paymentSettings;

    /** A new pupil's request (band 3, £5,459.00) decided under delegation from {@code start} for {@code terms} terms. */
    CaseDetail decided(LocalDate start, int terms) {
        AssessmentView a = CaseFixtures.submitted(assessments, pupils, settings, CaseFixtures.BAND_3);
        return decide(a, start, terms);
    }

    CaseDetail decide(AssessmentView a, LocalDate start, int terms) {
        CaseDetail c = queries.detail(queries.forAssessment(a.id()).orElseThrow().id()).orElseThrow();
        workflow.assign(c.id(), c.version(), "officer");
        c = queries.detail(c.id()).orElseThrow();
        decisions.decideUnderDelegation(c.id(), c.version(), new DecisionRequest(DecisionOutcome.AGREE_INDICATED, null,
                null, StartPolicy.CHOSEN, start, terms, start.plusMonths(4L * terms - 1),
                List.of("EVIDENCE_SUPPORTS_LEVELS"), "The evidence supports every level.", null), "officer");
        return queries.detail(c.id()).orElseThrow();
    }

    /** The same pupil's annual review, submitted by the demo SENCO. */
    AssessmentView review(long pupilId) {
        long setting = CaseFixtures.schoolId(settings);
        PupilScope scope = PupilScope.setting(setting);
        AssessmentView a = assessments.start(scope, pupilId, Purpose.ANNUAL_REVIEW, "senco");
        List<Answer> answers = CaseFixtures.DOMAINS.stream()
                .map(code -> new Answer(code, CaseFixtures.BAND_3.get(code), "Evidence for " + code)).toList();
        a = assessments.saveAnswers(scope, a.id(), a.version(), answers, List.of(), "senco");
        a = assessments.saveDetails(scope, a.id(), a.version(), true, uk.openband.testsupport.TestDates.requestedStart(), List.of(), "senco");
        return assessments.submit(scope, a.id(), a.version(), "senco");
    }

    AgreementView only(long pupilId) {
        List<AgreementView> found = funding.search(PupilScope.allSettings(), pupilId, null, null);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    static BigDecimal sum(List<PaymentLineView> lines) {
        return lines.stream().map(PaymentLineView::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void a_decision_makes_an_agreement_whose_lines_add_up_to_the_year_and_the_case_is_funded() {
        LocalDate start = LocalDate.of(2027, 4, 1);
        CaseDetail c = decided(start, 3);
        assertThat(c.state()).isEqualTo(CaseState.FUNDED);

        AgreementView a = only(c.summary().pupilId());
        assertThat(a.reference()).startsWith("FA-");
        assertThat(a.caseId()).isEqualTo(c.id());
        assertThat(a.decisionId()).isEqualTo(c.decision().id());
        assertThat(a.settingId()).isEqualTo(c.summary().settingId());
        assertThat(a.source()).isEqualTo(AgreementSource.DECISION);
        assertThat(a.status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(a.band()).isEqualTo("3");
        assertThat(a.annualAmount()).isEqualByComparingTo("5459.00");
        assertThat(a.bandingKey()).isNotBlank();
        assertThat(a.bandingVersion()).isNotBlank();
        assertThat(a.rounding()).isEqualTo("HALF_UP");
        assertThat(a.startDate()).isEqualTo(start);
        assertThat(a.endDate()).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(a.plannedEndDate()).isEqualTo(a.endDate());
        assertThat(a.reviewDate()).isEqualTo(c.decision().reviewDate());
        assertThat(a.decisionDate()).isEqualTo(LocalDate.now(clock));

        List<PaymentLineView> lines = funding.schedule(PupilScope.allSettings(), a.id());
        assertThat(lines).isNotEmpty().allSatisfy(l -> {
            assertThat(l.financialYear()).isEqualTo(2027);
            assertThat(l.kind()).isEqualTo("REGULAR");
            assertThat(l.amount().scale()).isEqualTo(2);
        });
        // A whole financial year pays the annual amount exactly, or three full terms at the band's
        // published termly amount when the LA pays those.
        PaymentSettingsView method = paymentSettings.load();
        BigDecimal expected = method.method() == PaymentMethodKind.TERMLY && method.useTermlyAmount()
                && a.termlyAmount() != null ? a.termlyAmount().multiply(BigDecimal.valueOf(3)) : new BigDecimal("5459.00");
        assertThat(sum(lines)).isEqualByComparingTo(expected);
        assertThat(lines.get(0).periodFrom()).isEqualTo(start);
        assertThat(lines.get(lines.size() - 1).periodTo()).isEqualTo(LocalDate.of(2028, 3, 31));

        assertThat(audit.eventsAbout("AGREEMENT", Long.toString(a.id())))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("AGREEMENT_CREATED"));
        assertThat(audit.eventsAbout("CASE", Long.toString(c.id())))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("CASE_FUNDED"));

        // The school's SENCO sees it; another setting's does not.
        assertThat(funding.find(PupilScope.setting(a.settingId()), a.id())).isPresent();
        long other = settings.findByUrn("100002").orElseThrow().id();
        assertThat(funding.find(PupilScope.setting(other), a.id())).isEmpty();
        assertThat(funding.search(PupilScope.setting(other), a.pupilId(), null, null)).isEmpty();
        assertThatThrownBy(() -> funding.schedule(PupilScope.setting(other), a.id()))
                .isInstanceOf(NotFound.class);
        assertThat(funding.activeOn(LocalDate.of(2027, 6, 1))).extracting(AgreementView::id).contains(a.id());
        assertThat(funding.activeOn(LocalDate.of(2028, 4, 1))).extracting(AgreementView::id).doesNotContain(a.id());
    }

    @Test
    void a_second_delivery_of_the_same_decision_changes_nothing() {
        CaseDetail c = decided(LocalDate.of(2027, 4, 1), 3);
        AgreementView a = only(c.summary().pupilId());
        List<PaymentLineView> before = funding.schedule(PupilScope.allSettings(), a.id());

        tx.executeWithoutResult(s -> events.publishEvent(new CaseEvents.CaseDecided(c.id(), a.decisionId(), a.pupilId(),
                a.settingId(), "AGREE_INDICATED", a.band(), a.annualAmount(), a.startDate(), a.plannedEndDate(),
                a.reviewDate(), List.of("EVIDENCE_SUPPORTS_LEVELS"), false, true, a.bandingKey(), a.bandingVersion(),
                a.decisionDate(), "officer")));

        assertThat(only(c.summary().pupilId())).isEqualTo(a);
        assertThat(funding.schedule(PupilScope.allSettings(), a.id())).isEqualTo(before);
        assertThat(queries.detail(c.id()).orElseThrow().state()).isEqualTo(CaseState.FUNDED);
    }

    @Test
    void a_declined_request_makes_no_agreement() {
        AssessmentView a = CaseFixtures.submitted(assessments, pupils, settings, CaseFixtures.BAND_3);
        CaseDetail c = queries.detail(queries.forAssessment(a.id()).orElseThrow().id()).orElseThrow();
        workflow.assign(c.id(), c.version(), "manager");
        workflow.listForPanel(c.id(), queries.detail(c.id()).orElseThrow().version());
        c = queries.detail(c.id()).orElseThrow();
        decisions.decide(c.id(), c.version(), new DecisionRequest(DecisionOutcome.DECLINE, null, null,
                StartPolicy.DECISION, null, null, LocalDate.of(2027, 12, 1), List.of("MODERATED_LEVELS"),
                "The needs can be met from the school's own budget.", "The panel moderated the levels down"),
                "manager");
        c = queries.detail(c.id()).orElseThrow();
        if (c.state() == CaseState.AWAITING_APPROVAL) {
            decisions.approve(c.id(), c.version(), "manager2", Role.SEND_MANAGER);
            c = queries.detail(c.id()).orElseThrow();
        }
        assertThat(c.state()).isEqualTo(CaseState.DECIDED);
        assertThat(funding.search(PupilScope.allSettings(), a.pupilId(), null, null)).isEmpty();
    }

    @Test
    void a_backdated_start_pays_the_days_before_the_decision_as_arrears() {
        LocalDate today = LocalDate.now(clock);
        CaseDetail c = decided(today.minusDays(60), 3);
        AgreementView a = only(c.summary().pupilId());
        List<PaymentLineView> lines = funding.schedule(PupilScope.allSettings(), a.id());
        assertThat(lines).filteredOn(l -> l.kind().equals("ARREARS")).isNotEmpty()
                .allSatisfy(l -> assertThat(l.periodTo()).isBefore(today));
        assertThat(lines).filteredOn(l -> l.kind().equals("REGULAR"))
                .allSatisfy(l -> assertThat(l.periodFrom()).isAfterOrEqualTo(today));
        assertThat(lines.get(0).periodFrom()).isEqualTo(today.minusDays(60));
    }

    @Test
    void a_new_decision_for_the_pupil_ends_the_current_agreement_the_day_before() {
        CaseDetail first = decided(LocalDate.of(2027, 4, 1), 3);
        long pupil = first.summary().pupilId();
        AgreementView old = only(pupil);

        CaseDetail second = decide(review(pupil), LocalDate.of(2027, 9, 1), 3);
        assertThat(second.state()).isEqualTo(CaseState.FUNDED);
        List<AgreementView> both = funding.search(PupilScope.allSettings(), pupil, null, null);
        assertThat(both).hasSize(2);
        AgreementView ended = funding.find(PupilScope.allSettings(), old.id()).orElseThrow();
        assertThat(ended.status()).isEqualTo(AgreementStatus.ENDED);
        assertThat(ended.endDate()).isEqualTo(LocalDate.of(2027, 8, 31));
        assertThat(ended.plannedEndDate()).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(ended.endReason()).contains("decision " + second.decision().id());
        List<PaymentLineView> oldLines = funding.schedule(PupilScope.allSettings(), old.id());
        assertThat(oldLines).allSatisfy(l -> assertThat(l.periodTo()).isBeforeOrEqualTo(LocalDate.of(2027, 8, 31)));
        assertThat(oldLines.get(oldLines.size() - 1).periodTo()).isEqualTo(LocalDate.of(2027, 8, 31));
        assertThat(sum(oldLines)).isLessThan(new BigDecimal("5459.00")).isPositive();

        AgreementView current = funding.search(PupilScope.allSettings(), pupil, null, LocalDate.of(2027, 9, 1)).get(0);
        assertThat(current.decisionId()).isEqualTo(second.decision().id());
        assertThat(current.status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(audit.eventsAbout("AGREEMENT", Long.toString(old.id())))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("AGREEMENT_ENDED"));
    }

    @Test
    void a_new_decision_starting_before_the_current_agreement_leaves_it_funding_no_days() {
        CaseDetail first = decided(LocalDate.of(2027, 4, 1), 3);
        long pupil = first.summary().pupilId();
        AgreementView old = only(pupil);

        decide(review(pupil), LocalDate.of(2027, 1, 4), 3);
        AgreementView ended = funding.find(PupilScope.allSettings(), old.id()).orElseThrow();
        assertThat(ended.status()).isEqualTo(AgreementStatus.ENDED);
        assertThat(ended.endDate()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(ended.fundsAnyDay()).isFalse();
        assertThat(funding.schedule(PupilScope.allSettings(), old.id())).isEmpty();
    }

    @Test
    void the_database_refuses_two_agreements_funding_the_same_day_for_a_pupil_at_a_setting() {
        CaseDetail c = decided(LocalDate.of(2027, 4, 1), 3);
        AgreementView a = only(c.summary().pupilId());
        String insert = "INSERT INTO funding_agreement (reference, pupil_id, setting_id, case_id, decision_id, source, "
                + "replaces_agreement_id, band, annual_amount, banding_key, banding_version, rounding, start_date, "
                + "end_date, planned_end_date, review_date, decision_date, status, end_reason, ended_at, created_by, "
                + "created_at) VALUES (?, ?, ?, ?, ?, 'ROLLOVER', ?, '3', 100.00, 'k', 'v', 'HALF_UP', ?, ?, ?, ?, ?, "
                + "?, ?, ?, 'test', now())";
        assertThatThrownBy(() -> jdbc.update(insert, "T-" + a.id() + "-A", a.pupilId(), a.settingId(), a.caseId(),
                a.decisionId(), a.id(), LocalDate.of(2028, 3, 31), LocalDate.of(2028, 4, 30), LocalDate.of(2028, 4, 30),
                LocalDate.of(2028, 4, 30), LocalDate.of(2028, 3, 1), "ACTIVE", null, null))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("funding_agreement_no_overlap");
        // The day after its end is free, and an agreement that funds no days overlaps nothing.
        jdbc.update(insert, "T-" + a.id() + "-B", a.pupilId(), a.settingId(), a.caseId(), a.decisionId(), a.id(),
                LocalDate.of(2028, 4, 1), LocalDate.of(2028, 4, 30), LocalDate.of(2028, 4, 30),
                LocalDate.of(2028, 4, 30), LocalDate.of(2028, 3, 1), "ACTIVE", null, null);
        jdbc.update(insert, "T-" + a.id() + "-C", a.pupilId(), a.settingId(), a.caseId(), a.decisionId(), a.id(),
                LocalDate.of(2027, 6, 1), LocalDate.of(2027, 5, 31), LocalDate.of(2027, 6, 30),
                LocalDate.of(2027, 6, 30), LocalDate.of(2027, 3, 1), "ENDED", "Funds no days",
                java.sql.Timestamp.from(clock.instant()));
    }

    @Test
    void a_leaving_date_ends_the_agreement_on_that_day() {
        CaseDetail c = decided(LocalDate.of(2027, 4, 1), 3);
        AgreementView a = only(c.summary().pupilId());
        assertThatThrownBy(() -> funding.recordLeaving(a.id(), LocalDate.of(2027, 3, 31), "Moved away", "officer"))
                .isInstanceOf(Refused.class)
                .hasMessage("The leaving date must be on or after the agreement's start, 1 April 2027")
                .extracting(e -> ((Refused) e).field()).isEqualTo("leavingDate");
        assertThatThrownBy(() -> funding.recordLeaving(a.id(), LocalDate.of(2028, 4, 1), "Moved away", "officer"))
                .hasMessage("The leaving date must be on or before the agreement's end, 31 March 2028");
        assertThatThrownBy(() -> funding.recordLeaving(a.id(), LocalDate.of(2027, 10, 20), " ", "officer"))
                .hasMessage("Enter why the pupil left the setting");
        assertThat(funding.find(PupilScope.allSettings(), a.id()).orElseThrow()).isEqualTo(a);

        AgreementView ended = funding.recordLeaving(a.id(), LocalDate.of(2027, 10, 20), "Moved out of area", "officer");
        assertThat(ended.status()).isEqualTo(AgreementStatus.ENDED);
        assertThat(ended.endDate()).isEqualTo(LocalDate.of(2027, 10, 20));
        assertThat(ended.endedBy()).isEqualTo("officer");
        assertThat(ended.endReason()).contains("Moved out of area");
        List<PaymentLineView> lines = funding.schedule(PupilScope.allSettings(), a.id());
        assertThat(lines.get(lines.size() - 1).periodTo()).isEqualTo(LocalDate.of(2027, 10, 20));
        assertThat(sum(lines)).isLessThan(new BigDecimal("5459.00"));
        assertThatThrownBy(() -> funding.recordLeaving(a.id(), LocalDate.of(2027, 10, 1), "Again", "officer"))
                .hasMessageContaining("has already ended");
        assertThat(audit.eventsAbout("AGREEMENT", Long.toString(a.id())))
                .anySatisfy(e -> assertThat(e.detailsJson()).contains("Moved out of area").contains("2027-10-20"));
    }

    @Test
    void supersede_ends_the_agreement_and_starts_a_roll_over_with_the_new_amount() {
        CaseDetail c = decided(LocalDate.of(2027, 4, 1), 3);
        AgreementView a = only(c.summary().pupilId());
        long id = funding.supersede(a.id(), LocalDate.of(2027, 9, 1), new BigDecimal("6000.00"), null, a.bandingKey(),
                a.bandingVersion(), "Tariff 2027/28", "admin");

        AgreementView old = funding.find(PupilScope.allSettings(), a.id()).orElseThrow();
        assertThat(old.status()).isEqualTo(AgreementStatus.SUPERSEDED);
        assertThat(old.endDate()).isEqualTo(LocalDate.of(2027, 8, 31));
        assertThat(old.endReason()).isEqualTo("Tariff 2027/28");
        AgreementView next = funding.find(PupilScope.allSettings(), id).orElseThrow();
        assertThat(next.source()).isEqualTo(AgreementSource.ROLLOVER);
        assertThat(next.replacesAgreementId()).isEqualTo(a.id());
        assertThat(next.status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(next.startDate()).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(next.endDate()).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(next.annualAmount()).isEqualByComparingTo("6000.00");
        assertThat(next.decisionId()).isEqualTo(a.decisionId());

        BigDecimal oldPaid = sum(funding.schedule(PupilScope.allSettings(), a.id()));
        BigDecimal newPaid = sum(funding.schedule(PupilScope.allSettings(), id));
        assertThat(oldPaid).isPositive().isLessThan(new BigDecimal("5459.00"));
        assertThat(newPaid).isPositive().isLessThan(new BigDecimal("6000.00"));
        assertThat(oldPaid.add(newPaid)).isBetween(new BigDecimal("5459.00"), new BigDecimal("6000.00"));
        assertThat(funding.activeOn(LocalDate.of(2027, 10, 1))).extracting(AgreementView::id)
                .contains(id).doesNotContain(a.id());
        assertThat(audit.eventsAbout("AGREEMENT", Long.toString(a.id())))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("AGREEMENT_SUPERSEDED"));
        assertThatThrownBy(() -> funding.supersede(id, LocalDate.of(2028, 4, 1), new BigDecimal("1.00"), null,
                a.bandingKey(), a.bandingVersion(), "Too late", "admin"))
                .isInstanceOf(Refused.class);
    }

    @Test
    void a_decision_whose_funding_cannot_be_scheduled_is_refused_and_nothing_is_saved() {
        org.junit.jupiter.api.Assumptions.assumeTrue(paymentSettings.load().method() == PaymentMethodKind.TERMLY);
        AssessmentView a = CaseFixtures.submitted(assessments, pupils, settings, CaseFixtures.BAND_3);
        CaseDetail c = queries.detail(queries.forAssessment(a.id()).orElseThrow().id()).orElseThrow();
        workflow.assign(c.id(), c.version(), "officer");
        CaseDetail triage = queries.detail(c.id()).orElseThrow();
        int lastYear = paymentSettings.years().get(paymentSettings.years().size() - 1).startYear();
        LocalDate start = LocalDate.of(lastYear + 2, 1, 5);
        assertThatThrownBy(() -> decisions.decideUnderDelegation(triage.id(), triage.version(),
                new DecisionRequest(DecisionOutcome.AGREE_INDICATED, null, null, StartPolicy.CHOSEN, start, 3,
                        start.plusMonths(11), List.of("EVIDENCE_SUPPORTS_LEVELS"), "Agreed.", null), "officer"))
                .isInstanceOf(uk.openband.platform.Refused.class)
                .hasMessageStartingWith("The decision was not recorded because its funding cannot be paid: ")
                .hasMessageContaining("no term dates are configured");
        CaseDetail after = queries.detail(c.id()).orElseThrow();
        assertThat(after.state()).isEqualTo(CaseState.IN_TRIAGE);
        assertThat(after.decision()).isNull();
        assertThat(funding.search(PupilScope.allSettings(), a.pupilId(), null, null)).isEmpty();
    }
}
