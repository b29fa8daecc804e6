package uk.openband.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.DefaultMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import uk.openband.testsupport.RequestMappings;
import uk.openband.testsupport.RequestMappings.Endpoint;
import uk.openband.testsupport.WebTest;

/**
 * Walks every request mapping (pages and API), as anonymous and as each demo user's role, with what an attacker
 * or a careless client sends: ids that are not a positive long in each path variable, NUL and over-long text in
 * every request parameter and JSON field the handler declares (and a generic set of names), JSON of the wrong
 * shape and types, malformed JSON and oversize bodies. Every answer must be below 500 and must not show a stack
 * trace or a Java class name, and nothing may be saved: the row counts of the application's tables and the
 * audit log (apart from sign-ins and reads of records, which are recorded by design) are the same after each mapping as before.
 */
@WebTest
class AbuseTest {

    private static final Logger log = LoggerFactory.getLogger(AbuseTest.class);

    /** Demo users, one of each role (password "demo"); null is anonymous. */
    static final List<String> WHO = java.util.Arrays.asList(null, "senco", "officer", "panel", "manager", "finance",
            "admin");

    static final List<String> BAD_IDS = List.of("99999999999999999999", "-1", "0", "abc", "1.5", "%00");

    static final String NUL = "a\u0000b";
    /** A positive long no record has, for requests that could change data. */
    static final String NO_SUCH_ID = "2147483646";
    static final String LONG = "x".repeat(20_000);
    static final int OVERSIZE = 3 * 1024 * 1024;

    /** Names tried on every mapping besides the ones its handler declares. */
    static final List<String> GENERIC = List.of("id", "q", "name", "reason", "message", "note", "text", "evidence",
            "period", "month", "year", "version", "page", "kind", "status", "from", "to", "username", "password",
            "displayName", "writtenReason", "supportType", "lines[0].supportType", "lines[99999].supportType");

    static final Pattern LEAK = Pattern.compile("uk\\.openband\\.|java\\.lang\\.|Exception\\b|\\bat [a-z]+\\.[a-z]+\\.");

    /** Tables whose rows change on any request by design (sessions, sign-in bookkeeping). */
    static final Set<String> VOLATILE = Set.of("spring_session", "spring_session_attributes", "flyway_schema_history",
            "event_publication", "scheduled_job_run", "shedlock");

    /**
     * Failures that belong to findings being fixed elsewhere, each with what it excuses: they are reported (with a
     * count per finding) but do not fail the test. Remove an entry as soon as nothing matches it: the test says
     * which ones match nothing.
     */
    record Known(String finding, Predicate<Failure> matches) {
    }

    static final List<Known> KNOWN = List.of();

    @Autowired WebApplicationContext context;
    MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService userDetails;

    record Failure(String endpoint, String request, String who, String problem) {
        boolean isServerError() {
            return problem.startsWith("answered 5") || problem.startsWith("threw");
        }

        @Override
        public String toString() {
            return endpoint + " as " + who + ": " + request + " -> " + problem;
        }
    }

    int requests;
    int fiveHundreds;

    /**
     * The application's MockMvc as {@code @AutoConfigureMockMvc} builds it (every filter and customizer), except
     * that it keeps no copy of the requests and answers to print when the test fails: thousands of them, some of
     * megabytes.
     */
    @BeforeEach
    void quietMockMvc() {
        DefaultMockMvcBuilder builder = MockMvcBuilders.webAppContextSetup(context);
        context.getBeanProvider(MockMvcBuilderCustomizer.class).orderedStream().forEach(c -> {
            if (c instanceof SpringBootMockMvcBuilderCustomizer) {
                SpringBootMockMvcBuilderCustomizer quiet = new SpringBootMockMvcBuilderCustomizer(context);
                quiet.setAddFilters(true);
                quiet.setPrint(MockMvcPrint.NONE);
                quiet.customize(builder);
            } else {
                c.customize(builder);
            }
        });
        mvc = builder.build();
    }

    @Test
    void every_mapping_answers_bad_input_without_a_5xx_a_stack_trace_or_saving_anything() throws Exception {
        long started = System.nanoTime();
        Map<String, UserDetails> principals = new LinkedHashMap<>();
        for (String who : WHO) {
            principals.put(who == null ? "anonymous" : who, who == null ? null : userDetails.loadUserByUsername(who));
        }
        String countSql = countSql();
        List<Failure> failures = new ArrayList<>();
        List<Endpoint> endpoints = RequestMappings.endpoints(context);
        Set<String> oversizeSent = new java.util.HashSet<>();
        for (Endpoint endpoint : endpoints) {
            List<Long> before = counts(countSql);
            for (Map.Entry<String, UserDetails> who : principals.entrySet()) {
                walk(endpoint, who.getKey(), who.getValue(), failures, oversizeSent);
            }
            List<Long> after = counts(countSql);
            if (!before.equals(after)) {
                failures.add(new Failure(endpoint.toString(), "all of its requests", "anyone",
                        "saved something: " + changed(countSql, before, after)));
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, List<Failure>> known = new LinkedHashMap<>();
        KNOWN.forEach(k -> known.put(k.finding(), new ArrayList<>()));
        List<Failure> unexpected = new ArrayList<>();
        for (Failure f : failures) {
            KNOWN.stream().filter(k -> k.matches().test(f)).findFirst()
                    .ifPresentOrElse(k -> known.get(k.finding()).add(f), () -> unexpected.add(f));
        }
        String report = String.format("Abuse test: %d requests to %d mappings as %d kinds of user in %.1f s; "
                + "%d answered 5xx; %d unexpected failures; %d failures of known findings", requests, endpoints.size(),
                principals.size(), seconds, fiveHundreds, unexpected.size(),
                known.values().stream().mapToInt(List::size).sum());
        log.info(report);
        System.out.println(report);
        known.forEach((finding, list) -> {
            System.out.println("  " + (list.isEmpty() ? "nothing matches any more, remove from KNOWN: " : list.size()
                    + " known failures, ") + finding + list.stream().map(Failure::endpoint).distinct().sorted()
                    .collect(Collectors.joining(", ", " [", "]")));
            list.stream().limit(40).forEach(f -> System.out.println("    known: " + f));
        });
        unexpected.stream().limit(300).forEach(f -> System.out.println("  FAILED: " + f));
        assertThat(unexpected).as(report).isEmpty();
        assertThat(requests).isGreaterThan(1000);
    }

    /**
     * One user's requests to one mapping. Reads use id 1 in every path variable; anything that may change data
     * uses an id nothing has ({@link #NO_SUCH_ID}), so that the walk cannot disable, retire or change a real
     * record whatever it sends (input is still read: form binding and JSON parsing happen before any lookup), and
     * mappings without ids get the whole check.
     */
    private void walk(Endpoint endpoint, String who, UserDetails principal, List<Failure> failures,
            Set<String> oversizeSent) throws Exception {
        String path = endpoint.method() == RequestMethod.GET ? RequestMappings.samplePath(endpoint.pattern())
                : endpoint.pathWithAll(NO_SUCH_ID);
        MockHttpServletResponse probe = send(endpoint, who, principal, path, null, null, null, failures, "probe");
        boolean allowed = probe == null || !(probe.getStatus() == 401 || probe.getStatus() == 403
                || (probe.getStatus() == 302 && String.valueOf(probe.getRedirectedUrl()).endsWith("/sign-in")));

        for (String variable : endpoint.variables()) {
            for (String bad : allowed ? BAD_IDS : BAD_IDS.subList(0, 2)) {
                send(endpoint, who, principal, endpoint.pathWith(variable, bad), null, null, null, failures,
                        variable + "=" + bad);
            }
            if (!allowed) {
                break; // refused before its input is read: one variable's bad values are enough
            }
        }
        if (!allowed) {
            return;
        }
        Set<String> names = new LinkedHashSet<>(endpoint.parameters());
        names.addAll(GENERIC);
        for (String value : List.of(NUL, LONG, "-1", "99999999999999999999", "abc")) {
            Map<String, String> params = new LinkedHashMap<>();
            names.forEach(n -> params.put(n, value));
            send(endpoint, who, principal, path, params, null, null, failures, "every parameter=" + describe(value));
        }
        boolean firstAllowed = oversizeSent.add(endpoint.toString());
        if (endpoint.method() != RequestMethod.GET && firstAllowed) {
            send(endpoint, who, principal, path, Map.of("x", "y".repeat(OVERSIZE)), null, null, failures,
                    "oversize form");
        }
        // JSON is read the same whoever sends it: its bodies go once per mapping, as the first user let in
        if ((endpoint.readsBody() || endpoint.pattern().startsWith("/api/")) && firstAllowed) {
            if (endpoint.method() == RequestMethod.GET) {
                return;
            }
            Set<String> fields = new LinkedHashSet<>(endpoint.jsonFields());
            fields.add("version");
            List<String> bodies = new ArrayList<>(List.of("[]", "\"x\"", "{}", "null", "1", "{\"a\":", "{]",
                    "[".repeat(5_000)));
            for (String value : List.of("[]", "{}", "\"" + NUL.replace("\u0000", "\\u0000") + "\"", "\"" + LONG + "\"",
                    "123456789012345678901234567890", "1e400", "-1", "true", "\"abc\"", "[{\"a\":{}}]",
                    "{\"a\":[\"" + NUL.replace("\u0000", "\\u0000") + "\"]}")) {
                bodies.add(fields.stream().map(f -> "\"" + f + "\":" + value)
                        .collect(Collectors.joining(",", "{", "}")));
            }
            for (String body : bodies) {
                send(endpoint, who, principal, path, null, body, MediaType.APPLICATION_JSON, failures,
                        "JSON " + describe(body));
            }
            send(endpoint, who, principal, path, null, "{\"x\":\"" + "y".repeat(OVERSIZE) + "\"}",
                    MediaType.APPLICATION_JSON, failures, "oversize JSON");
            send(endpoint, who, principal, path, null, "<x/>", MediaType.APPLICATION_XML, failures, "XML body");
        }
    }

    private MockHttpServletResponse send(Endpoint endpoint, String who, UserDetails principal, String path,
            Map<String, String> params, String body, MediaType type, List<Failure> failures, String what) {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(endpoint.method().name()),
                java.net.URI.create(encode(path))).with(csrf());
        if (principal != null) {
            request.with(user(principal));
        }
        if (params != null) {
            params.forEach(request::param);
        }
        if (body != null) {
            request.contentType(type).content(body.getBytes(StandardCharsets.UTF_8));
        }
        requests++;
        MockHttpServletResponse response;
        try {
            response = mvc.perform(request).andReturn().getResponse();
        } catch (Exception | Error e) {
            fiveHundreds++;
            failures.add(new Failure(endpoint.toString(), what + " " + path, who, "threw " + e.getClass().getName()
                    + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
            return null;
        }
        if (response.getStatus() >= 500) {
            fiveHundreds++;
            failures.add(new Failure(endpoint.toString(), what + " " + path, who, "answered " + response.getStatus()));
        }
        String contentType = String.valueOf(response.getContentType());
        if (contentType.contains("text") || contentType.contains("json") || contentType.equals("null")) {
            String text;
            try {
                text = response.getContentAsString(StandardCharsets.UTF_8);
            } catch (Exception e) {
                text = "";
            }
            var leak = LEAK.matcher(text);
            if (leak.find()) {
                int from = Math.max(0, leak.start() - 60);
                failures.add(new Failure(endpoint.toString(), what + " " + path, who, response.getStatus()
                        + " shows " + text.substring(from, Math.min(text.length(), leak.end() + 60))
                        .replaceAll("\\s+", " ")));
            }
        }
        return response;
    }

    /** The path as a URI: characters a client would have to encode are percent-encoded. */
    private static String encode(String path) {
        return path.replace(" ", "%20");
    }

    private static String describe(String value) {
        if (value.length() > 60) {
            return value.substring(0, 40).replace("\u0000", "\\0") + "…(" + value.length() + " characters)";
        }
        return value.replace("\u0000", "\\0");
    }

    /** One query counting the rows of every application table, and the audit events other than sign-ins. */
    private String countSql() {
        List<String> tables = jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE "
                + "table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name", String.class);
        List<String> parts = new ArrayList<>();
        for (String t : tables) {
            if (VOLATILE.contains(t) || t.equals("audit_event") || t.startsWith("sign_in") || t.contains("throttl")) {
                continue;
            }
            parts.add("SELECT '" + t + "' AS t, count(*) AS n FROM " + t);
        }
        // reads of a pupil's record or a statement are audited by design, as are failed sign-ins
        parts.add("SELECT 'audit_event' AS t, count(*) AS n FROM audit_event WHERE action NOT LIKE 'SIGN_IN%' "
                + "AND action <> 'ACCOUNT_LOCKED' AND action NOT LIKE '%\\_VIEWED' AND action NOT LIKE '%\\_READ'");
        return String.join(" UNION ALL ", parts);
    }

    private List<Long> counts(String sql) {
        return jdbc.query(sql, (rs, i) -> rs.getLong("n"));
    }

    private String changed(String sql, List<Long> before, List<Long> after) {
        List<String> names = jdbc.query(sql, (rs, i) -> rs.getString("t"));
        List<String> changes = new ArrayList<>();
        for (int i = 0; i < Math.min(before.size(), after.size()); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changes.add(names.get(i) + " " + before.get(i) + " -> " + after.get(i));
            }
        }
        return String.join(", ", changes);
    }
}
