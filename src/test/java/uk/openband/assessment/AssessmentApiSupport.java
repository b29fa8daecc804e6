package uk.openband.assessment;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Calls the assessment API as a demo user (password "demo") and reads fields of its answers. */
final class AssessmentApiSupport {

    private final MockMvc mvc;

    AssessmentApiSupport(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** An assessment's id and the version last read. */
    record Ref(long id, long version) {
    }

    /** Starts a new request for top-up funding. */
    Ref start(String user, long pupilId) throws Exception {
        String body = mvc.perform(post("/api/v1/assessments").with(httpBasic(user, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pupilId\": " + pupilId + ", \"purpose\": \"NEW_REQUEST\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return new Ref(((Number) JsonPath.read(body, "$.id")).longValue(),
                ((Number) JsonPath.read(body, "$.version")).longValue());
    }

    ResultActions levels(String user, long id, long version, String levels) throws Exception {
        return mvc.perform(put("/api/v1/assessments/" + id + "/levels").with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": " + version + ", \"levels\": " + levels + "}"));
    }

    ResultActions details(String user, long id, long version, String detailsWithoutVersion) throws Exception {
        return mvc.perform(put("/api/v1/assessments/" + id + "/details").with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": " + version + ", " + detailsWithoutVersion + "}"));
    }

    ResultActions submit(String user, long id, long version) throws Exception {
        return mvc.perform(post("/api/v1/assessments/" + id + "/submit").with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + version + "}"));
    }

    static long version(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.version")).longValue();
    }

    static String read(ResultActions result, String path) throws Exception {
        Object value = JsonPath.read(result.andReturn().getResponse().getContentAsString(), path);
        return value == null ? null : value.toString();
    }

    /** An assessment of a new pupil with every domain answered and the details given: ready to submit. */
    Ref ready(String user, long pupilId) throws Exception {
        Ref started = start(user, pupilId);
        long id = started.id();
        long v = version(levels(user, id, started.version(), AssessmentFixtures.HAND_COMPUTED_LEVELS)
                .andExpect(status().isOk()));
        v = version(details(user, id, v, "\"consulted\": true, \"requestedStartDate\": \"" + uk.openband.testsupport.TestDates.requestedStart() + "\"")
                .andExpect(status().isOk()));
        return new Ref(id, v);
    }
}
