package uk.openband.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.openband.assessment.AssessmentApiSupport.read;
import static uk.openband.assessment.AssessmentApiSupport.version;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import uk.openband.assessment.AssessmentApiSupport.Ref;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.SettingDirectory;
import uk.openband.testsupport.WebTest;

/** The server's rules through the API: setting isolation, one case per submission, no lost update, evidence kept as typed. */
@WebTest
class AssessmentApiRulesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SettingDirectory settings;

    @Autowired
    PupilRegistry pupils;

    @Autowired
    JdbcTemplate jdbc;

    AssessmentApiSupport api;
    long pupil;

    @BeforeEach
    void pupil() {
        api = new AssessmentApiSupport(mvc);
        pupil = AssessmentFixtures.newPupil(pupils, settings.findByUrn("100001").orElseThrow().id());
    }

    @Test
    void senco2_gets_404_for_every_path_of_a_senco_assessment() throws Exception {
        Ref a = api.ready("senco", pupil);
        String path = "/api/v1/assessments/" + a.id();
        mvc.perform(get(path).with(httpBasic("senco2", "demo"))).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        api.levels("senco2", a.id(), a.version(), "{\"CL1\": {\"level\": 0}}").andExpect(status().isNotFound());
        api.levels("senco2", a.id(), a.version(), "{\"CL9\": {\"level\": 9}}").andExpect(status().isNotFound());
        api.details("senco2", a.id(), a.version(), "\"consulted\": false").andExpect(status().isNotFound());
        api.submit("senco2", a.id(), a.version()).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/assessments").with(httpBasic("senco2", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pupilId\": " + pupil + ", \"purpose\": \"NEW_REQUEST\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/pupils/" + pupil + "/assessments").with(httpBasic("senco2", "demo")))
                .andExpect(status().isNotFound());

        mvc.perform(get(path).with(httpBasic("senco", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.answers.CL1.level").value(3))
                .andExpect(jsonPath("$.consulted").value(true))
                .andExpect(jsonPath("$.version").value((int) a.version()));
        assertThat(count("SELECT count(*) FROM assessment WHERE pupil_id = ?", pupil)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM funding_case WHERE assessment_id = ?", a.id())).isZero();
    }

    @Test
    void submitting_twice_opens_one_case_with_one_reference() throws Exception {
        Ref a = api.ready("senco", pupil);
        String first = read(api.submit("senco", a.id(), a.version()).andExpect(status().isOk()), "$.reference");
        String second = read(api.submit("senco", a.id(), a.version()).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SUBMITTED")), "$.reference");
        assertThat(second).isEqualTo(first);
        assertThat(count("SELECT count(*) FROM funding_case WHERE assessment_id = ?", a.id())).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT reference FROM funding_case WHERE assessment_id = ?", String.class,
                a.id())).isEqualTo(first);
    }

    @Test
    void two_concurrent_submits_with_the_same_version_open_one_case() throws Exception {
        Ref a = api.ready("senco", pupil);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Callable<MockHttpServletResponse> submit = () -> {
                go.await();
                return api.submit("senco", a.id(), a.version()).andReturn().getResponse();
            };
            List<Future<MockHttpServletResponse>> results = new ArrayList<>();
            results.add(threads.submit(submit));
            results.add(threads.submit(submit));
            go.countDown();
            List<String> references = new ArrayList<>();
            for (Future<MockHttpServletResponse> result : results) {
                MockHttpServletResponse response = result.get(30, TimeUnit.SECONDS);
                assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
                references.add(JsonPath.read(response.getContentAsString(), "$.reference"));
            }
            assertThat(references.get(0)).isNotNull().isEqualTo(references.get(1));
        } finally {
            threads.shutdownNow();
        }
        assertThat(count("SELECT count(*) FROM funding_case WHERE assessment_id = ?", a.id())).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM assessment WHERE id = ? AND reference IS NOT NULL", a.id())).isEqualTo(1);
    }

    @Test
    void the_second_of_two_saves_from_the_same_version_is_refused_and_saves_nothing() throws Exception {
        Ref a = api.start("senco", pupil);
        api.levels("senco", a.id(), a.version(), "{\"CL1\": {\"level\": 2, \"evidence\": \"first person's\"}}")
                .andExpect(status().isOk());
        api.levels("senco", a.id(), a.version(),
                        "{\"CL1\": {\"level\": 4, \"evidence\": \"second person's\"}, \"CL2\": {\"level\": 1}}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.current.answers.CL1.evidence").value("first person's"));
        mvc.perform(get("/api/v1/assessments/" + a.id()).with(httpBasic("senco", "demo")))
                .andExpect(jsonPath("$.answers.CL1.level").value(2))
                .andExpect(jsonPath("$.answers.CL1.evidence").value("first person's"))
                .andExpect(jsonPath("$.answers.CL2").doesNotExist())
                .andExpect(jsonPath("$.version").value((int) a.version() + 1));
    }

    @Test
    void evidence_with_markup_and_script_is_stored_and_returned_exactly_as_typed() throws Exception {
        String typed = "<script>alert('x')</script> & <b>bold</b> \"quoted\" \u00a3250 </textarea>\n"
                + "  second line with ${expression} and {{mustache}} \u2014 and a tab\tend  ";
        Ref a = api.start("senco", pupil);
        String body = "{\"CL1\": {\"level\": 2, \"evidence\": " + jsonString(typed) + "}}";
        long v = version(api.levels("senco", a.id(), a.version(), body).andExpect(status().isOk()));
        assertThat(jdbc.queryForObject("SELECT evidence FROM assessment_answer WHERE assessment_id = ? AND domain_code = 'CL1'",
                String.class, a.id())).isEqualTo(typed);
        MockHttpServletResponse read = mvc.perform(get("/api/v1/assessments/" + a.id()).with(httpBasic("senco", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(read.getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
        assertThat((String) JsonPath.read(read.getContentAsString(), "$.answers.CL1.evidence")).isEqualTo(typed);
        assertThat((Integer) JsonPath.read(read.getContentAsString(), "$.version")).isEqualTo((int) v);
    }

    private static String jsonString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private int count(String sql, long id) {
        return jdbc.queryForObject(sql, Integer.class, id);
    }
}
