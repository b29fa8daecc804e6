package uk.openband.agreements;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A funding agreement as other modules and pages see it. {@code endDate} is the last funded day
 * (the day before {@code startDate} when it funds no days); {@code plannedEndDate} is the end the
 * decision set. {@code termlyAmount} is the band's published termly amount, or null. An imported award
 * ({@link AgreementSource#IMPORT}) has no case or decision ({@code caseId}, {@code decisionId} null), carries
 * its {@code oldReference}, and may be paid only from {@code paidFrom} (the old system paid the days before);
 * {@code legacy} flags an amount that matched no band of the tariff in force. {@code route} is the funding
 * route's code, or null.
 */
public record AgreementView(long id, String reference, long pupilId, long settingId, Long caseId, Long decisionId,
        AgreementSource source, Long replacesAgreementId, String band, BigDecimal annualAmount,
        BigDecimal termlyAmount, String bandingKey, String bandingVersion, String rounding, LocalDate startDate,
        LocalDate endDate, LocalDate plannedEndDate, LocalDate reviewDate, LocalDate decisionDate,
        AgreementStatus status, String endReason, String endedBy, long version, String route, String oldReference,
        LocalDate paidFrom, boolean legacy) {

    /** True when the agreement funds that day (whatever its status: an ended one funds up to its end). */
    public boolean funds(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }

    /** True when it funds at least one day. */
    public boolean fundsAnyDay() {
        return !endDate.isBefore(startDate);
    }
}
