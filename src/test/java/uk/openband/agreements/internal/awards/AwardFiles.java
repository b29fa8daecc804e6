package uk.openband.agreements.internal.awards;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import uk.openband.directory.Upn;

/**
 * Awards import files for tests: each test gets old references and UPNs no other test uses. Rows are mainstream
 * band 3 (£5,459.00 in the 2026-27 demo tariff) unless changed.
 */
public final class AwardFiles {

    public static final String HEADER = "OldReference,UPN,SettingURN,Route,Band,AnnualAmount,StartDate,PlannedEndDate,"
            + "ReviewDate,ProtectedAmount,ProtectionEndDate,FirstName,LastName,DateOfBirth,Sex,Ethnicity,PrimaryNeed,"
            + "EhcStatus,EhcStatusDate\r\n";

    private final String prefix = "T" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36),
            36).toUpperCase(java.util.Locale.ROOT);
    private final List<String> rows = new ArrayList<>();

    /** A valid permanent UPN nobody has used. */
    public static String newUpn() {
        String last12 = "777" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
        return Upn.checkLetter(last12) + last12;
    }

    /** This file's old reference number {@code n}. */
    public String reference(int n) {
        return prefix + "-" + n;
    }

    /** A row for a new pupil; {@code n} numbers its old reference. */
    public AwardFiles award(int n, String upn, String urn, String route, String band, String amount, LocalDate start,
            LocalDate end) {
        return row(reference(n) + "," + upn + "," + urn + "," + route + "," + band + "," + amount + "," + start + ","
                + end + "," + end.minusMonths(1) + ",,,Imported,Pupil " + n + ",2016-05-01,F,WBRI,SLCN,NONE,");
    }

    public AwardFiles row(String csvRow) {
        rows.add(csvRow);
        return this;
    }

    public String text() {
        return HEADER + String.join("\r\n", rows) + "\r\n";
    }

    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }
}
