package uk.openband.agreements.internal.awards;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.openband.directory.PupilData;
import uk.openband.directory.RejectedRow;

/**
 * What an awards file would do, worked out with nothing saved: the awards it would make, the rows already
 * imported (by old reference), the pupils it would add, every problem with its line and column, and the counts
 * the preview shows. It may be imported only when it has no problem and no file problem.
 */
public record AwardPlan(String sha256, String fileName, int rows, ImportOptions options, Tariff tariff,
        List<PlannedAward> awards, List<String> alreadyImported, List<PupilData> newPupils, List<RejectedRow> problems,
        String fileProblem, PreviousImport previousImport, Totals totals) implements Serializable {

    /** How the import pays: OpenBand pays from {@code paymentsFrom}; days before it as arrears only when asked. */
    public record ImportOptions(LocalDate paymentsFrom, boolean arrears) implements Serializable {
    }

    /** The banding table in force that bands are read from, and its rounding. */
    public record Tariff(String key, String version, String name, String rounding) implements Serializable {
    }

    /** The file was imported before (same SHA-256): nothing changes. */
    public record PreviousImport(String reference, java.time.Instant at, String by, int imported)
            implements Serializable {
    }

    /** One award ready to save. {@code pupilId} is null for a pupil the import adds ({@code upn} names it). */
    public record PlannedAward(int line, String oldReference, String upn, Long pupilId, long settingId,
            String settingLabel, String route,
            String bandLabel, String band, boolean legacy, BigDecimal annualAmount, BigDecimal termlyAmount,
            LocalDate startDate, LocalDate plannedEndDate, LocalDate reviewDate, BigDecimal protectedAmount,
            LocalDate protectionEndDate, BigDecimal lines, BigDecimal arrears) implements Serializable {

        PlannedAward withPupil(Long id) {
            return new PlannedAward(line, oldReference, upn, id, settingId, settingLabel, route, bandLabel, band, legacy,
                    annualAmount, termlyAmount, startDate, plannedEndDate, reviewDate, protectedAmount,
                    protectionEndDate, lines, arrears);
        }

        PlannedAward withPayments(BigDecimal linesTotal, BigDecimal arrearsTotal) {
            return new PlannedAward(line, oldReference, upn, pupilId, settingId, settingLabel, route, bandLabel, band,
                    legacy, annualAmount, termlyAmount, startDate, plannedEndDate, reviewDate, protectedAmount,
                    protectionEndDate, linesTotal, arrearsTotal);
        }

        /** What it costs a year on the first day OpenBand pays: the protected amount while protection lasts. */
        BigDecimal annualCostOn(LocalDate day) {
            return protectedAmount != null && !protectionEndDate.isBefore(day) ? protectedAmount : annualAmount;
        }
    }

    /** A count of awards and their annual cost under one heading (a setting, a band, a route). */
    public record Count(String label, int awards, BigDecimal annualCost) implements Serializable {
    }

    /** What the preview shows. */
    public record Totals(BigDecimal annualCost, BigDecimal lines, BigDecimal arrears, int legacy, List<Count> bySetting,
            List<Count> byBand, List<Count> byRoute) implements Serializable {
    }

    public boolean valid() {
        return fileProblem == null && problems.isEmpty();
    }

    /** True when importing it would change nothing: the same file was imported, or every row was. */
    public boolean changesNothing() {
        return previousImport != null || (valid() && awards.isEmpty());
    }

    /** How many rows have at least one problem. */
    public long rowsWithProblems() {
        return problems.stream().mapToInt(RejectedRow::line).distinct().count();
    }
}
