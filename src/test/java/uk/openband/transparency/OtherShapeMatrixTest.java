package uk.openband.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import uk.openband.testsupport.Pages;
import uk.openband.testsupport.WebTest;

/**
 * A matrix of another shape (4 areas, 11 domains, weights 4/2/4/4, one area capped at 16, six
 * bands) goes in through the API, is published, scores through the public scoring API, and the
 * public pages show it.
 */
@WebTest
class OtherShapeMatrixTest {

    @Autowired
    MockMvc mvc;

    @Test
    void imports_publishes_scores_and_shows_another_shape_of_matrix() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String matrixKey = "other-shape-" + suffix;
        String tariffKey = "other-tariff-" + suffix;
        String framework = resource("/formats/other-shape-framework.json").replace("other-shape-matrix", matrixKey);
        String banding = resource("/formats/other-shape-banding.json").replace("other-shape-matrix", matrixKey)
                .replace("other-shape-tariff", tariffKey)
                .replaceAll("\"versions\": \\[[^\\]]*\\]", "\"versions\": [\"3\"]");

        long frameworkId = idOf(mvc.perform(post("/api/v1/frameworks").with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(framework)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString());
        long bandingId = idOf(mvc.perform(post("/api/v1/banding-tables").with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(banding)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString());
        mvc.perform(post("/api/v1/frameworks/" + frameworkId + "/publish").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk());
        String published = mvc.perform(post("/api/v1/banding-tables/" + bandingId + "/publish")
                .with(httpBasic("admin", "demo"))).andReturn().getResponse().getContentAsString();
        assertThat(published).as(published).contains("\"state\":\"PUBLISHED\"");

        // LRN 1x4 = 4, COM 0.5x2 = 1, EMO 4x4 = 16, PHY 1x4 = 4: total 25, band C, £4,500.50 (worked by hand)
        mvc.perform(post("/api/v1/scores").contentType(MediaType.APPLICATION_JSON).content("""
                        {"framework": {"key": "%s", "version": "3"}, "banding": {"key": "%s", "version": "3a"},
                         "settingCategory": "POST_16", "levels": {"LRN1": 1, "COM1": 1, "EMO1": 3, "PHY1": 2}}
                        """.formatted(matrixKey, tariffKey)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(25))
                .andExpect(jsonPath("$.band").value("C"))
                .andExpect(jsonPath("$.annualAmount").value("4500.50"));

        Document matrix = Pages.parse(mvc.perform(get("/matrix").param("key", matrixKey).param("version", "3"))
                .andExpect(status().isOk()).andReturn());
        assertThat(matrix.select("section.ob-area")).hasSize(4);
        assertThat(matrix.select("section.ob-area table")).hasSize(11);
        assertThat(matrix.text()).contains("the area scores at most 16");

        Document tariffs = Pages.parse(mvc.perform(get("/tariffs").param("key", tariffKey).param("version", "3a"))
                .andExpect(status().isOk()).andReturn());
        assertThat(tariffs.getElementById("tariff-POST_16").select("tbody tr")).hasSize(6);
        assertThat(tariffs.getElementById("tariff-POST_16").text()).contains("£4,500.50");

        Document history = Pages.parse(mvc.perform(get("/matrix/history")).andReturn());
        assertThat(history.select("#framework-history a").eachAttr("href"))
                .contains("/matrix?key=" + matrixKey + "&version=3");
    }

    private static long idOf(String json) {
        return JsonMapper.builder().build().readTree(json).get("id").asLong();
    }

    private String resource(String path) throws Exception {
        try (var in = getClass().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
