package uk.openband.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.ServletInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.unit.DataSize;
import uk.openband.testsupport.WebTest;

/**
 * The request body limit and the short echo: a huge value sent anonymously never comes back whole, and a body
 * over the limit is refused before it is read.
 */
@WebTest
class RequestLimitsTest {

    private static final String BANDING = "{\"key\": \"demo-top-up-tariff\", \"version\": \"2025-26\"}";

    @Autowired
    MockMvc mvc;

    private static String scoreWithVersion(String version) {
        return """
                { "framework": {"key": "demo-high-needs-matrix", "version": "%s"}, "banding": %s,
                  "settingCategory": "MAINSTREAM", "levels": {} }
                """.formatted(version, BANDING);
    }

    @Test
    void a_two_megabyte_body_is_refused_with_413_and_a_small_answer() throws Exception {
        String body = scoreWithVersion("x".repeat(2 * 1024 * 1024));
        MvcResult result = mvc.perform(post("/api/v1/scores").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isContentTooLarge()).andReturn();
        assertThat(result.getResponse().getContentAsByteArray().length).isLessThan(2_000);
    }

    @Test
    void a_long_value_inside_the_limit_is_echoed_as_a_short_excerpt() throws Exception {
        String version = "v".repeat(90_000);
        MvcResult result = mvc.perform(post("/api/v1/scores").contentType(MediaType.APPLICATION_JSON)
                        .content(scoreWithVersion(version)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("framework.version"))
                .andExpect(jsonPath("$.errors[0].message").value("framework \"demo-high-needs-matrix\" has no "
                        + "published version " + "v".repeat(40) + "…"))
                .andReturn();
        assertThat(result.getResponse().getContentAsByteArray().length).isLessThan(2_000);
    }

    @Test
    void a_string_longer_than_jackson_reads_is_a_small_400() throws Exception {
        String version = "v".repeat(200_000);
        MvcResult result = mvc.perform(post("/api/v1/scores").contentType(MediaType.APPLICATION_JSON)
                        .content(scoreWithVersion(version)))
                .andExpect(status().isBadRequest()).andReturn();
        assertThat(result.getResponse().getContentAsByteArray().length).isLessThan(2_000);
    }

    @Test
    void nesting_deeper_than_64_is_a_400() throws Exception {
        String deep = "[".repeat(100) + "]".repeat(100);
        mvc.perform(post("/api/v1/scores").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"levels\": {\"CL1\": " + deep + "}}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void a_form_over_the_limit_is_refused_before_sign_in_or_csrf_run() throws Exception {
        mvc.perform(post("/sign-in").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("username=" + "a".repeat(1_100_000)))
                .andExpect(status().isContentTooLarge());
    }

    @Test
    void multipart_goes_only_to_upload_addresses() throws Exception {
        mvc.perform(multipart("/api/v1/scores").file(new MockMultipartFile("file", "x".getBytes())))
                .andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void a_chunked_body_is_counted_as_it_is_read_and_stops_at_the_limit() throws Exception {
        var settings = new RequestLimits.Settings(DataSize.ofBytes(10), Map.of());
        var request = new MockHttpServletRequest("POST", "/api/v1/scores") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        request.setContent("0123456789ABCDEF".getBytes(StandardCharsets.UTF_8));
        var response = new MockHttpServletResponse();
        new RequestLimits.Filter(settings).doFilter(request, response, (req, res) -> {
            ServletInputStream in = req.getInputStream();
            assertThatThrownBy(in::readAllBytes).isInstanceOf(RequestLimits.BodyTooLarge.class);
            throw new java.io.IOException("reading failed", new RequestLimits.BodyTooLarge(10));
        });
        assertThat(response.getStatus()).isEqualTo(413);
    }

    @Test
    void uploads_have_their_own_documented_limit() {
        var settings = new RequestLimits.Settings(DataSize.ofMegabytes(1),
                Map.of("/admin/settings/import", DataSize.ofMegabytes(100)));
        assertThat(settings.limitFor("/admin/settings/import")).isEqualTo(100L * 1024 * 1024);
        assertThat(settings.limitFor("/api/v1/scores")).isEqualTo(1024L * 1024);
    }
}
