package uk.openband.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The awards import of a generated file through the API of a running OpenBand: a dry run (check and preview),
 * the import, and the same file again (nothing changes). Each row is a new pupil (so the pupil checks and
 * inserts are included) with a mainstream band 3 award at the demo's Brookfield Primary School (URN 100001),
 * paid from 1 December 2026. Prints the seconds each request took, as the client saw them.
 *
 * <p>Arguments: base URL, rows, runs; signs in as the demo admin with HTTP Basic.
 */
public final class AwardImportBenchmark {

    private static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private AwardImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int rows = Integer.parseInt(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
        for (int run = 1; run <= runs; run++) {
            byte[] file = file(rows, run);
            System.out.printf("run %d: %,d rows, %,d bytes%n", run, rows, file.length);
            time(http, auth, base + "/api/v1/imports/awards?dryRun=true&paymentsFrom=2026-12-01", file, "dry run");
            time(http, auth, base + "/api/v1/imports/awards?paymentsFrom=2026-12-01", file, "import");
            time(http, auth, base + "/api/v1/imports/awards?paymentsFrom=2026-12-01", file, "same file again");
        }
    }

    private static void time(HttpClient http, String auth, String url, byte[] body, String what) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5))
                .header("Authorization", auth).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - start) / 1e9;
        String text = response.body();
        System.out.printf("  %-16s %6.2f s  HTTP %d  %s%n", what, seconds, response.statusCode(),
                text.length() > 160 ? text.substring(0, 160) + "…" : text);
    }

    private static byte[] file(int rows, int run) {
        StringBuilder csv = new StringBuilder("OldReference,UPN,SettingURN,Route,Band,AnnualAmount,StartDate,"
                + "PlannedEndDate,ReviewDate,ProtectedAmount,ProtectionEndDate,FirstName,LastName,DateOfBirth,Sex,"
                + "Ethnicity,PrimaryNeed,EhcStatus,EhcStatusDate\r\n");
        long seed = System.currentTimeMillis() % 100_000L;
        for (int i = 0; i < rows; i++) {
            String last12 = String.format("6%05d%06d", (seed + run) % 100_000L, i);
            csv.append("BENCH-").append(seed).append('-').append(run).append('-').append(i).append(',')
                    .append(checkLetter(last12)).append(last12)
                    .append(",100001,EHCP,3,5459.00,2026-09-01,2027-08-31,2027-07-01,,,Bench,Pupil ").append(i)
                    .append(",2016-05-01,F,WBRI,SLCN,NONE,\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The UPN check letter (as {@code directory.Upn.checkLetter}) of 12 digits. */
    private static char checkLetter(String last12) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (last12.charAt(i) - '0') * (i + 2);
        }
        return LETTERS.charAt(sum % 23);
    }
}
