package uk.openband.framework.api;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import uk.openband.testsupport.WebTest;

/** POST /api/v1/scores against the published demo framework and tariff, without signing in. */
@WebTest
class ScoreApiTest {

    @Autowired
    MockMvc mvc;

    private ResultActions score(String framework, String banding, String category, String levels) throws Exception {
        return mvc.perform(post("/api/v1/scores").contentType(MediaType.APPLICATION_JSON).content("""
                { "framework": %s, "banding": %s, "settingCategory": %s, "levels": %s }
                """.formatted(framework, banding, category, levels)));
    }

    private static final String FRAMEWORK = "{\"key\": \"demo-high-needs-matrix\", \"version\": \"2025-26.1\"}";
    private static final String BANDING = "{\"key\": \"demo-top-up-tariff\", \"version\": \"2025-26\"}";

    /*
     * Worked by hand from demo/framework.json and demo/banding.json:
     * CL (weight 4, cap 16): CL1 level 3 = 3 points, CL2 level 4 = 4 points; 7 x 4 = 28, capped at 16.
     * CI (weight 3): CI1 level 2 = 2 points; 2 x 3 = 6. Every other domain at level 0.
     * Total 16 + 6 = 22: mainstream band "3" (20 to 29), 5300.00 a year, 1766.67 a term as published.
     */
    @Test
    void a_body_that_is_not_json_says_where_reading_stopped() throws Exception {
        mvc.perform(post("/api/v1/scores").contentType(MediaType.APPLICATION_JSON).content("{\"framework\": {\"key\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("The request body could not be read as JSON: ")))
                .andExpect(jsonPath("$.detail").value(containsString("(line 1, column ")));
    }

    @Test
    void scores_a_mainstream_assessment_without_signing_in() throws Exception {
        score(FRAMEWORK, BANDING, "\"MAINSTREAM\"", "{\"CL1\": 3, \"CL2\": 4, \"CI1\": 2}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(22))
                .andExpect(jsonPath("$.band").value("3"))
                .andExpect(jsonPath("$.annualAmount").value("5300.00"))
                .andExpect(jsonPath("$.termlyAmount").value("1766.67"))
                .andExpect(jsonPath("$.topUp").value(true))
                .andExpect(jsonPath("$.exceptional").value(false))
                .andExpect(jsonPath("$.areas[0].code").value("CL"))
                .andExpect(jsonPath("$.areas[0].rawPoints").value(7))
                .andExpect(jsonPath("$.areas[0].weighted").value(28))
                .andExpect(jsonPath("$.areas[0].capped").value(true))
                .andExpect(jsonPath("$.areas[0].score").value(16))
                .andExpect(jsonPath("$.areas[1].code").value("CI"))
                .andExpect(jsonPath("$.areas[1].score").value(6))
                .andExpect(jsonPath("$.trace[0]").value("Cognition and learning: 3 + 4 = 7 points x 4 = 28, capped at 16"))
                .andExpect(jsonPath("$.trace.length()").value(7));
    }

    @Test
    void an_unknown_framework_is_named() throws Exception {
        score("{\"key\": \"no-such-matrix\", \"version\": \"1\"}", BANDING, "\"MAINSTREAM\"", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("framework.key"))
                .andExpect(jsonPath("$.errors[0].message").value("unknown framework \"no-such-matrix\""))
                .andExpect(jsonPath("$.detail").value("unknown framework \"no-such-matrix\""));
    }

    @Test
    void an_unknown_version_is_named() throws Exception {
        score("{\"key\": \"demo-high-needs-matrix\", \"version\": \"1999\"}", BANDING, "\"MAINSTREAM\"", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("framework.version"))
                .andExpect(jsonPath("$.detail").value(containsString("has no published version 1999")));
        score(FRAMEWORK, "{\"key\": \"demo-top-up-tariff\", \"version\": \"1999\"}", "\"MAINSTREAM\"", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("banding.version"));
    }

    @Test
    void an_unknown_domain_is_named() throws Exception {
        score(FRAMEWORK, BANDING, "\"MAINSTREAM\"", "{\"XX9\": 1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("levels.XX9"))
                .andExpect(jsonPath("$.errors[0].message").value("unknown domain \"XX9\""))
                .andExpect(jsonPath("$.detail").value("unknown domain \"XX9\""));
    }

    @Test
    void a_level_the_domain_lacks_is_named() throws Exception {
        score(FRAMEWORK, BANDING, "\"MAINSTREAM\"", "{\"CL1\": 7}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("levels.CL1"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("has no level 7")));
        score(FRAMEWORK, BANDING, "\"MAINSTREAM\"", "{\"CL1\": \"three\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("levels.CL1"));
    }

    @Test
    void a_missing_or_unknown_setting_category_is_named() throws Exception {
        score(FRAMEWORK, BANDING, "\"CASTLE\"", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("settingCategory"));
        score(FRAMEWORK, BANDING, "\"EARLY_YEARS\"", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("settingCategory"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("has no bands for early years")));
    }

    @Test
    void every_missing_field_is_listed() throws Exception {
        mvc.perform(post("/api/v1/scores").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains(
                        "framework", "banding", "settingCategory")));
    }

    @Test
    void a_draft_is_never_scored() throws Exception {
        score("{\"key\": \"demo-high-needs-matrix\", \"version\": \"never-published\"}", BANDING, "\"SPECIAL\"", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("framework.version"));
    }
}
