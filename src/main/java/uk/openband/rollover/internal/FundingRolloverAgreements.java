package uk.openband.rollover.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.openband.agreements.AgreementView;
import uk.openband.agreements.FundingAgreements;
import uk.openband.rollover.internal.RolloverModel.Candidate;

/** The roll-over's view of the funding agreements, through {@link FundingAgreements}. */
@Component
class FundingRolloverAgreements implements RolloverAgreements {

    private final FundingAgreements agreements;

    FundingRolloverAgreements(FundingAgreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public List<Candidate> activeFrom(LocalDate date) {
        return agreements.activeFrom(date).stream().map(FundingRolloverAgreements::candidate).toList();
    }

    @Override
    public long supersede(long agreementId, LocalDate effectiveFrom, BigDecimal newAnnual, BigDecimal newTermly,
            String bandingKey, String bandingVersion, String reason, String by) {
        return agreements.supersede(agreementId, effectiveFrom, newAnnual, newTermly, bandingKey, bandingVersion,
                reason, by);
    }

    private static Candidate candidate(AgreementView a) {
        return new Candidate(a.id(), a.reference(), a.pupilId(), a.settingId(), a.band(), a.annualAmount(),
                a.bandingKey(), a.bandingVersion(), a.startDate(), a.endDate(), a.reviewDate(), a.legacy());
    }
}
