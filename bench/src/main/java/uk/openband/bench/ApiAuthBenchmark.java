package uk.openband.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cost of signing each API call: {@code GET /api/v1/cases} as the demo officer with an API token
 * ({@code Authorization: Bearer}, one indexed read) and with HTTP Basic (one bcrypt check per call). Signs in
 * through the page, creates a token on {@code /account/tokens}, then for each kind of credential sends warm-up
 * requests and a measured run of a fixed number of requests from several client threads, alternating the kinds
 * (Bearer, Basic, Bearer, Basic …) so that a machine whose load changes treats both alike. Prints requests per
 * second, median and 95th percentile of each round and the ratio.
 *
 * <p>Usage: {@code java -cp target/benchmarks.jar uk.openband.bench.ApiAuthBenchmark <baseUrl> <threads>
 * <warm-up requests> <measured requests> <rounds>}. Run by {@code bench/api-auth.sh}.
 */
public final class ApiAuthBenchmark {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern SECRET = Pattern.compile("id=\"token-secret\"[^>]*value=\"([^\"]+)\"");

    private ApiAuthBenchmark() {
    }

    record Result(double requestsPerSecond, double medianMs, double p95Ms) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int threads = Integer.parseInt(args[1]);
        int warmUp = Integer.parseInt(args[2]);
        int measured = Integer.parseInt(args[3]);
        int rounds = Integer.parseInt(args[4]);

        String token = createToken(base, "officer", "demo");
        String bearer = "Bearer " + token;
        String basic = "Basic " + Base64.getEncoder().encodeToString("officer:demo".getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            run(http, pool, base, bearer, threads, warmUp);
            run(http, pool, base, basic, threads, warmUp);
            System.out.printf("GET /api/v1/cases as the demo officer, %d client threads, %d requests per round%n",
                    threads, measured);
            List<Result> tokens = new ArrayList<>();
            List<Result> basics = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                Result t = run(http, pool, base, bearer, threads, measured);
                Result b = run(http, pool, base, basic, threads, measured);
                tokens.add(t);
                basics.add(b);
                System.out.printf("round %d  token: %7.1f req/s  median %6.1f ms  p95 %6.1f ms   |   "
                        + "Basic: %7.1f req/s  median %6.1f ms  p95 %6.1f ms%n", round, t.requestsPerSecond(),
                        t.medianMs(), t.p95Ms(), b.requestsPerSecond(), b.medianMs(), b.p95Ms());
            }
            double tokenRate = tokens.stream().mapToDouble(Result::requestsPerSecond).average().orElseThrow();
            double basicRate = basics.stream().mapToDouble(Result::requestsPerSecond).average().orElseThrow();
            double tokenP95 = tokens.stream().mapToDouble(Result::p95Ms).average().orElseThrow();
            double basicP95 = basics.stream().mapToDouble(Result::p95Ms).average().orElseThrow();
            System.out.printf("mean     token: %7.1f req/s  p95 %6.1f ms   |   Basic: %7.1f req/s  p95 %6.1f ms%n",
                    tokenRate, tokenP95, basicRate, basicP95);
            System.out.printf("token/Basic: %.1f× the requests per second, %.1f× lower p95%n", tokenRate / basicRate,
                    basicP95 / tokenP95);
        } finally {
            pool.shutdownNow();
        }
    }

    /** {@code total} requests shared by {@code threads} client threads, each sending one after another. */
    static Result run(HttpClient http, ExecutorService pool, String base, String authorization, int threads, int total)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/cases"))
                .header("Authorization", authorization).header("Accept", "application/json").build();
        List<Future<List<Double>>> parts = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int share = total / threads + (t < total % threads ? 1 : 0);
            parts.add(pool.submit(() -> {
                List<Double> ms = new ArrayList<>(share);
                for (int i = 0; i < share; i++) {
                    long s = System.nanoTime();
                    HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("answered " + r.statusCode() + ": " + new String(r.body(),
                                StandardCharsets.UTF_8));
                    }
                    ms.add((System.nanoTime() - s) / 1e6);
                }
                return ms;
            }));
        }
        List<Double> all = new ArrayList<>(total);
        for (Future<List<Double>> part : parts) {
            all.addAll(part.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Collections.sort(all);
        return new Result(total / seconds, CaseQueueBenchmark.percentile(all, 50), CaseQueueBenchmark.percentile(all, 95));
    }

    /** Signs in through the page and creates an API token on /account/tokens, as a person would. */
    static String createToken(String base, String username, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + csrf(browser, base + "/sign-in");
        HttpResponse<String> signedIn = browser.send(post(base + "/sign-in", form), HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in failed: " + signedIn.statusCode() + " " + signedIn.headers().map());
        }
        String tokenForm = "name=" + enc("Benchmark " + System.currentTimeMillis()) + "&expiresInDays=7&_csrf="
                + csrf(browser, base + "/account/tokens");
        HttpResponse<String> created = browser.send(post(base + "/account/tokens", tokenForm),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = SECRET.matcher(created.body());
        if (created.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("token not created: " + created.statusCode());
        }
        return m.group(1);
    }

    private static String csrf(HttpClient browser, String url) throws Exception {
        String page = browser.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on " + url);
        }
        return enc(m.group(1));
    }

    private static HttpRequest post(String url, String form) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
