package uk.openband.casework.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import uk.openband.platform.Text;
import uk.openband.platform.Refused;
import uk.openband.platform.Refused.Problem;
import uk.openband.casework.DecisionOutcome;
import uk.openband.casework.DecisionRequest;
import uk.openband.casework.StartPolicy;
import uk.openband.framework.scoring.BandRow;

/**
 * Turns a decision as given into checked terms, and applies the override rules: a band other
 * than the indicated one is an override and needs an override reason; an override that moves
 * more than one band, or adds more than {@code approvalAmount} a year, needs a second approver.
 * Pure: no Spring, no database.
 */
public final class DecisionRules {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

    /** What the rules need to know about the case. */
    public record CaseFacts(String indicatedBand, BigDecimal indicatedAnnualAmount, boolean indicatedExceptional,
            LocalDate submittedOn, LocalDate today, List<BandRow> bands) {
    }

    private DecisionRules() {
    }

    public static CaseDecision.Terms terms(CaseFacts c, DecisionRequest r, StartPolicy defaultPolicy,
            BigDecimal approvalAmount, Set<String> activeCodes) {
        List<Problem> problems = new ArrayList<>();
        String band = null;
        BigDecimal amount = null;
        if (r.outcome() == null) {
            problems.add(new Problem("outcome", "casework.refused.outcomeMissing"));
        } else {
            switch (r.outcome()) {
                case AGREE_INDICATED -> {
                    if (c.indicatedExceptional() || c.indicatedAnnualAmount() == null) {
                        problems.add(new Problem("outcome", "casework.refused.indicatedExceptional"));
                    } else if (c.indicatedAnnualAmount().signum() <= 0) {
                        problems.add(new Problem("outcome", "casework.refused.indicatedNoTopUp"));
                    } else {
                        band = c.indicatedBand();
                        amount = c.indicatedAnnualAmount();
                    }
                }
                case AGREE_DIFFERENT -> {
                    BandRow row = c.bands().stream().filter(b -> b.band().equals(r.band())).findFirst().orElse(null);
                    if (r.band() == null || r.band().isBlank()) {
                        problems.add(new Problem("band", "casework.refused.bandMissing"));
                    } else if (row == null || row.annualAmount().signum() <= 0) {
                        problems.add(new Problem("band", "casework.refused.bandWithoutTopUp"));
                    } else if (row.band().equals(c.indicatedBand()) && !c.indicatedExceptional()) {
                        problems.add(new Problem("band", "casework.refused.bandIsIndicated"));
                    } else {
                        band = row.band();
                        amount = row.annualAmount();
                    }
                }
                case EXCEPTIONAL -> {
                    BigDecimal top = topAmount(c.bands());
                    if (r.annualAmount() == null) {
                        problems.add(new Problem("annualAmount", "casework.refused.amountMissing"));
                    } else if (r.annualAmount().stripTrailingZeros().scale() > 2 || r.annualAmount().signum() <= 0
                            || r.annualAmount().compareTo(MAX_AMOUNT) > 0) {
                        problems.add(new Problem("annualAmount", "casework.refused.amountInvalid"));
                    } else if (r.annualAmount().compareTo(top) <= 0) {
                        problems.add(new Problem("annualAmount", "casework.refused.amountNotAboveTop",
                                top.setScale(2, RoundingMode.HALF_UP).toPlainString()));
                    } else {
                        amount = r.annualAmount().setScale(2, RoundingMode.HALF_UP);
                    }
                }
                case DECLINE -> {
                }
            }
        }
        StartPolicy policy = r.startPolicy() == null ? defaultPolicy : r.startPolicy();
        LocalDate start = switch (policy) {
            case SUBMISSION -> c.submittedOn();
            case DECISION -> c.today();
            case CHOSEN -> r.chosenStartDate();
        };
        if (start == null) {
            problems.add(new Problem("chosenStartDate", "casework.refused.startDateMissing"));
        }
        if (r.reviewDate() == null) {
            problems.add(new Problem("reviewDate", "casework.refused.reviewDateMissing"));
        } else if (start != null && !r.reviewDate().isAfter(start)) {
            problems.add(new Problem("reviewDate", "casework.refused.reviewDateNotAfterStart"));
        }
        if (r.endTerms() != null && (r.endTerms() < 1 || r.endTerms() > 12)) {
            problems.add(new Problem("endTerms", "casework.refused.endTermsRange"));
        }
        Set<String> codes = new LinkedHashSet<>(r.reasonCodes());
        if (codes.isEmpty()) {
            problems.add(new Problem("reasonCodes", "casework.refused.reasonCodesMissing"));
        } else if (!activeCodes.containsAll(codes)) {
            problems.add(new Problem("reasonCodes", "casework.refused.reasonCodesUnknown"));
        }
        String written = FundingCase.clean(r.writtenReason());
        if (written == null) {
            problems.add(new Problem("writtenReason", "casework.refused.writtenReasonMissing"));
        } else if (written.length() > FundingCase.MAX_TEXT) {
            problems.add(new Problem("writtenReason", "casework.refused.reasonTooLong", FundingCase.MAX_TEXT));
        } else {
            Text.check(problems, "writtenReason", written, 0);
        }
        boolean override = r.outcome() != null && isOverride(c, r.outcome());
        String overrideReason = override ? FundingCase.clean(r.overrideReason()) : null;
        if (override && overrideReason == null) {
            problems.add(new Problem("overrideReason", "casework.refused.overrideReasonMissing"));
        } else if (overrideReason != null && overrideReason.length() > FundingCase.MAX_TEXT) {
            problems.add(new Problem("overrideReason", "casework.refused.overrideReasonTooLong", FundingCase.MAX_TEXT));
        } else {
            Text.check(problems, "overrideReason", overrideReason, 0);
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        LocalDate end = r.endTerms() == null ? r.reviewDate() : start.plusMonths(4L * r.endTerms()).minusDays(1);
        boolean needsApproval = override && (bandsMoved(c, r.outcome(), band) > 1
                || added(c, amount).compareTo(approvalAmount) > 0);
        return new CaseDecision.Terms(r.outcome(), band, amount, policy, start, r.endTerms(), end, r.reviewDate(),
                List.copyOf(codes), written, override, overrideReason, needsApproval);
    }

    static boolean isOverride(CaseFacts c, DecisionOutcome outcome) {
        return switch (outcome) {
            case AGREE_INDICATED -> false;
            case AGREE_DIFFERENT -> true;
            case EXCEPTIONAL -> !c.indicatedExceptional();
            case DECLINE -> c.indicatedExceptional() || (c.indicatedAnnualAmount() != null
                    && c.indicatedAnnualAmount().signum() > 0);
        };
    }

    /** How many rows of the tariff the decision is from the indication (no top-up below the first paid row, exceptional above the top). */
    static int bandsMoved(CaseFacts c, DecisionOutcome outcome, String band) {
        int indicated = c.indicatedExceptional() ? c.bands().size() : position(c.bands(), c.indicatedBand());
        int decided = switch (outcome) {
            case EXCEPTIONAL -> c.bands().size();
            case DECLINE -> noTopUpPosition(c.bands());
            default -> position(c.bands(), band);
        };
        return Math.abs(decided - indicated);
    }

    private static BigDecimal added(CaseFacts c, BigDecimal decidedAmount) {
        BigDecimal before = c.indicatedExceptional() || c.indicatedAnnualAmount() == null ? topAmount(c.bands())
                : c.indicatedAnnualAmount();
        return (decidedAmount == null ? BigDecimal.ZERO : decidedAmount).subtract(before);
    }

    private static int position(List<BandRow> bands, String band) {
        for (int i = 0; i < bands.size(); i++) {
            if (Objects.equals(bands.get(i).band(), band)) {
                return i;
            }
        }
        return noTopUpPosition(bands);
    }

    private static int noTopUpPosition(List<BandRow> bands) {
        int last = -1;
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).annualAmount().signum() <= 0) {
                last = i;
            }
        }
        return last;
    }

    private static BigDecimal topAmount(List<BandRow> bands) {
        return bands.isEmpty() ? BigDecimal.ZERO : bands.get(bands.size() - 1).annualAmount();
    }
}
