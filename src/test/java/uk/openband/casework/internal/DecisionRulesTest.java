package uk.openband.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.openband.platform.Refused;
import uk.openband.platform.Refused.Problem;
import uk.openband.casework.DecisionOutcome;
import uk.openband.casework.DecisionRequest;
import uk.openband.casework.StartPolicy;
import uk.openband.framework.scoring.BandRow;

/** The decision rules on the demo mainstream tariff: amounts from the band, overrides and when they need approval. */
class DecisionRulesTest {

    static final List<BandRow> BANDS = List.of(row("Local offer", 0, 9, "0.00"), row("1", 10, 14, "1545.00"),
            row("2", 15, 19, "3090.00"), row("3", 20, 29, "5459.00"), row("4", 30, 39, "8446.00"),
            row("5", 40, 49, "12103.00"), row("6", 50, 59, "16068.00"));
    static final LocalDate SUBMITTED = LocalDate.of(2026, 10, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final DecisionRules.CaseFacts BAND_3 = new DecisionRules.CaseFacts("3", new BigDecimal("5459.00"), false,
            SUBMITTED, TODAY, BANDS);
    static final Set<String> CODES = Set.of("EVIDENCE_SUPPORTS_LEVELS", "EVIDENCE_INSUFFICIENT");
    static final BigDecimal APPROVAL = new BigDecimal("2000.00");

    static BandRow row(String band, int min, int max, String amount) {
        return new BandRow(band, BigDecimal.valueOf(min), BigDecimal.valueOf(max), new BigDecimal(amount), null,
                new BigDecimal(amount).signum() > 0);
    }

    static DecisionRequest request(DecisionOutcome outcome, String band, String amount, String overrideReason) {
        return new DecisionRequest(outcome, band, amount == null ? null : new BigDecimal(amount), null, null, null,
                LocalDate.of(2027, 10, 1), List.of("EVIDENCE_SUPPORTS_LEVELS"), "The evidence supports band 3.",
                overrideReason);
    }

    static CaseDecision.Terms terms(DecisionRequest r) {
        return DecisionRules.terms(BAND_3, r, StartPolicy.SUBMISSION, APPROVAL, CODES);
    }

    @Test
    void agreeing_the_indicated_band_takes_its_amount_and_is_no_override() {
        CaseDecision.Terms t = terms(request(DecisionOutcome.AGREE_INDICATED, null, null, null));
        assertThat(t.band()).isEqualTo("3");
        assertThat(t.annualAmount()).isEqualByComparingTo("5459.00");
        assertThat(t.override()).isFalse();
        assertThat(t.needsApproval()).isFalse();
        assertThat(t.startDate()).isEqualTo(SUBMITTED);
        assertThat(t.endDate()).isEqualTo(t.reviewDate());
    }

    @Test
    void one_band_up_adding_more_than_the_approval_amount_needs_approval() {
        CaseDecision.Terms t = terms(request(DecisionOutcome.AGREE_DIFFERENT, "4", null, "The SEMH evidence is stronger"));
        assertThat(t.override()).isTrue();
        assertThat(t.annualAmount()).isEqualByComparingTo("8446.00");
        // 8446 - 5459 = 2987 more than the indicated amount: over 2000, so approval is needed
        assertThat(t.needsApproval()).isTrue();
    }

    @Test
    void one_band_up_adding_less_than_the_approval_amount_is_an_override_without_approval() {
        DecisionRules.CaseFacts band1 = new DecisionRules.CaseFacts("1", new BigDecimal("1545.00"), false, SUBMITTED,
                TODAY, BANDS);
        CaseDecision.Terms t = DecisionRules.terms(band1, request(DecisionOutcome.AGREE_DIFFERENT, "2", null,
                "Communication needs are higher"), StartPolicy.SUBMISSION, APPROVAL, CODES);
        assertThat(t.override()).isTrue();
        assertThat(t.annualAmount()).isEqualByComparingTo("3090.00");
        assertThat(t.needsApproval()).isFalse();
    }

    @Test
    void one_band_down_needs_no_approval_and_two_bands_do() {
        assertThat(terms(request(DecisionOutcome.AGREE_DIFFERENT, "2", null, "Evidence is weaker")).needsApproval())
                .isFalse();
        assertThat(terms(request(DecisionOutcome.AGREE_DIFFERENT, "1", null, "Evidence is weaker")).needsApproval())
                .isTrue();
    }

    @Test
    void an_override_needs_an_override_reason() {
        assertThatThrownBy(() -> terms(request(DecisionOutcome.AGREE_DIFFERENT, "2", null, " ")))
                .isInstanceOf(Refused.class)
                .satisfies(e -> assertThat(((Refused) e).problems()).extracting(Problem::field, Problem::english)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("overrideReason",
                                "Enter why the decision differs from the band the school indicated")));
    }

    @Test
    void declining_band_3_moves_more_than_one_band_so_needs_approval() {
        CaseDecision.Terms t = terms(request(DecisionOutcome.DECLINE, null, null, "Needs met from notional budget"));
        assertThat(t.annualAmount()).isNull();
        assertThat(t.band()).isNull();
        assertThat(t.override()).isTrue();
        assertThat(t.needsApproval()).isTrue();
    }

    @Test
    void an_exceptional_amount_must_be_above_the_top_band() {
        assertThatThrownBy(() -> terms(request(DecisionOutcome.EXCEPTIONAL, null, "16068.00", "Complex needs")))
                .hasMessageContaining("more than the top band's £16068.00");
        CaseDecision.Terms t = terms(request(DecisionOutcome.EXCEPTIONAL, null, "20000.5", "Complex needs"));
        assertThat(t.annualAmount()).isEqualByComparingTo("20000.50");
        assertThat(t.needsApproval()).isTrue();
    }

    @Test
    void every_missing_field_is_named_at_once() {
        DecisionRequest empty = new DecisionRequest(null, null, null, StartPolicy.CHOSEN, null, 13, null, List.of(),
                "", null);
        assertThatThrownBy(() -> terms(empty)).isInstanceOf(Refused.class)
                .satisfies(e -> assertThat(((Refused) e).problems()).extracting(Problem::field)
                        .containsExactly("outcome", "chosenStartDate", "reviewDate", "endTerms", "reasonCodes",
                                "writtenReason"));
    }

    @Test
    void unknown_reason_codes_and_review_before_start_are_refused() {
        DecisionRequest r = new DecisionRequest(DecisionOutcome.AGREE_INDICATED, null, null, StartPolicy.DECISION, null,
                null, TODAY, List.of("MADE_UP"), "Reason", null);
        assertThatThrownBy(() -> terms(r)).satisfies(e -> assertThat(((Refused) e).problems())
                .extracting(Problem::field).containsExactly("reviewDate", "reasonCodes"));
    }

    @Test
    void start_policies_and_end_by_terms() {
        DecisionRequest chosen = new DecisionRequest(DecisionOutcome.AGREE_INDICATED, null, null, StartPolicy.CHOSEN,
                LocalDate.of(2027, 1, 4), 3, LocalDate.of(2028, 1, 4), List.of("EVIDENCE_SUPPORTS_LEVELS"), "Reason",
                null);
        CaseDecision.Terms t = terms(chosen);
        assertThat(t.startDate()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(t.endDate()).isEqualTo(LocalDate.of(2028, 1, 3));
        DecisionRequest fromDecision = new DecisionRequest(DecisionOutcome.AGREE_INDICATED, null, null,
                StartPolicy.DECISION, null, null, LocalDate.of(2027, 11, 1), List.of("EVIDENCE_SUPPORTS_LEVELS"),
                "Reason", null);
        assertThat(terms(fromDecision).startDate()).isEqualTo(TODAY);
    }
}
