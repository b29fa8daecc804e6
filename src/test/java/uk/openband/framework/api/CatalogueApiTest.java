package uk.openband.framework.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import uk.openband.audit.AuditEntry;
import uk.openband.audit.AuditLog;
import uk.openband.framework.FrameworkCatalogue;
import uk.openband.framework.VersionSummary;
import uk.openband.testsupport.WebTest;
import tools.jackson.databind.json.JsonMapper;

/** Import, publish and export of frameworks and banding tables through the API. */
@WebTest
class CatalogueApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    FrameworkCatalogue catalogue;

    @Autowired
    AuditLog audit;

    /**
     * A test file. The frameworks these tests publish start in 2001, so the demo framework (from
     * 2025) stays the one in force for the other tests that share the database.
     */
    static String resource(String path) throws IOException {
        try (var in = CatalogueApiTest.class.getResourceAsStream(path)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return path.contains("small-framework")
                    ? text.replace("\"effectiveFrom\": \"2025-04-01\"", "\"effectiveFrom\": \"2001-04-01\"")
                            .replace("effectiveFrom: 2025-04-01", "effectiveFrom: 2001-04-01")
                    : text;
        }
    }

    static String unique() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    long importFramework(String body, String contentType) throws Exception {
        String answer = mvc.perform(post("/api/v1/frameworks").with(httpBasic("admin", "demo"))
                        .contentType(contentType).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        return JSON.readTree(answer).get("id").asLong();
    }

    @Test
    void imports_publishes_and_exports_a_framework_byte_for_byte() throws Exception {
        String key = unique();
        long id = importFramework(resource("/formats/small-framework.json").replace("\"key\": \"small\"",
                "\"key\": \"" + key + "\""), "application/json");

        mvc.perform(get("/api/v1/frameworks/" + key + "/1")).andExpect(status().isNotFound());
        String draft = mvc.perform(get("/api/v1/frameworks/" + key + "/1").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(catalogue.framework(key, "1")).as("a draft is not for scoring").isEmpty();

        mvc.perform(post("/api/v1/frameworks/" + id + "/publish").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("PUBLISHED"))
                .andExpect(jsonPath("$.publishedBy").value("admin"));

        byte[] first = mvc.perform(get("/api/v1/frameworks/" + key + "/1"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsByteArray();
        byte[] second = mvc.perform(get("/api/v1/frameworks/" + key + "/1"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(second).isEqualTo(first);
        assertThat(new String(first, StandardCharsets.UTF_8)).isEqualTo(draft).startsWith("{")
                .contains("\"key\": \"" + key + "\"");
        assertThat(catalogue.framework(key, "1")).get().extracting(f -> f.areas().size()).isNotNull();

        // Re-importing the export under a new version gives the same bytes apart from the version.
        String again = new String(first, StandardCharsets.UTF_8).replace("\"version\": \"1\"", "\"version\": \"2\"");
        importFramework(again, "application/json");
        String exported2 = mvc.perform(get("/api/v1/frameworks/" + key + "/2").with(httpBasic("admin", "demo")))
                .andReturn().getResponse().getContentAsString();
        assertThat(exported2).isEqualTo(again);

        assertThat(audit.eventsAbout("FRAMEWORK_VERSION", key + "@1")).extracting(AuditEntry::action)
                .containsExactly("VERSION_IMPORTED", "VERSION_PUBLISHED");
    }

    @Test
    void imports_yaml_by_content_type() throws Exception {
        String key = unique();
        String yaml = resource("/formats/small-framework.yaml").replace("key: small", "key: " + key);
        assertThat(yaml).contains(key);
        importFramework(yaml, "application/yaml");
        assertThat(catalogue.frameworkVersions()).extracting(VersionSummary::key).contains(key);
    }

    @Test
    void a_bad_file_is_refused_whole_with_every_error_listed_and_nothing_saved() throws Exception {
        int before = catalogue.frameworkVersions().size();
        mvc.perform(post("/api/v1/frameworks").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(resource("/formats/bad/several-errors.json")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.length()").value(6))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("areas[0].weight")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("areas[1].domains[0].extra")))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem("must be >= 0")))
                .andExpect(jsonPath("$.detail").value(containsString("6 problems")))
                .andExpect(jsonPath("$.detail").value(containsString("areas[0].domains[0].levels[3].points: must be >= 0")));
        assertThat(catalogue.frameworkVersions()).hasSize(before);
    }

    @Test
    void a_banding_file_sent_as_a_framework_is_refused_for_its_kind() throws Exception {
        mvc.perform(post("/api/v1/frameworks").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(resource("/formats/small-banding.json")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("kind")));
    }

    @Test
    void a_version_that_exists_is_a_conflict() throws Exception {
        mvc.perform(post("/api/v1/frameworks").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(resource("/demo/framework.json")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("version"))
                .andExpect(jsonPath("$.detail").value(containsString("already exists")));
    }

    @Test
    void a_banding_table_is_published_only_when_its_framework_versions_are() throws Exception {
        String fw = unique();
        String table = unique();
        long frameworkId = importFramework(resource("/formats/small-framework.json").replace("\"key\": \"small\"",
                "\"key\": \"" + fw + "\""), "application/json");
        String banding = resource("/formats/small-banding.json").replace("\"key\": \"small-tariff\"",
                "\"key\": \"" + table + "\"").replace("\"key\": \"small\"", "\"key\": \"" + fw + "\"")
                .replace("\"versions\": [\"1\"]", "\"versions\": [\"1\", \"9\"]");
        String answer = mvc.perform(post("/api/v1/banding-tables").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(banding))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long bandingId = JSON.readTree(answer).get("id").asLong();

        mvc.perform(post("/api/v1/banding-tables/" + bandingId + "/publish").with(httpBasic("admin", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("framework.versions[0]"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("is draft; publish it first")))
                .andExpect(jsonPath("$.errors[1].field").value("framework.versions[1]"))
                .andExpect(jsonPath("$.errors[1].message").value(containsString("has no version 9")));

        mvc.perform(post("/api/v1/frameworks/" + frameworkId + "/publish").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/banding-tables/" + bandingId + "/publish").with(httpBasic("admin", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(1));
        assertThat(catalogue.banding(table, "1")).isEmpty();
    }

    @Test
    void publishing_twice_and_retiring_a_draft_are_conflicts() throws Exception {
        String key = unique();
        long id = importFramework(resource("/formats/small-framework.json").replace("\"key\": \"small\"",
                "\"key\": \"" + key + "\""), "application/json");
        mvc.perform(post("/api/v1/frameworks/" + id + "/retire").with(httpBasic("admin", "demo")))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/frameworks/" + id + "/publish").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/frameworks/" + id + "/publish").with(httpBasic("admin", "demo")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("it is published")));
        mvc.perform(post("/api/v1/frameworks/" + id + "/retire").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RETIRED"));
        assertThat(catalogue.framework(key, "1")).as("retired versions still explain past results").isPresent();
        mvc.perform(post("/api/v1/frameworks/987654321/publish").with(httpBasic("admin", "demo")))
                .andExpect(status().isNotFound());
    }

    @Test
    void only_administrators_import_and_publish() throws Exception {
        mvc.perform(post("/api/v1/frameworks").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/frameworks").with(httpBasic("officer", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/banding-tables/1/publish").with(httpBasic("officer", "demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_published_demo_versions_are_listed_publicly() throws Exception {
        mvc.perform(get("/api/v1/frameworks"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].key").value(hasItem("demo-high-needs-matrix")))
                .andExpect(jsonPath("$[*].state").value(org.hamcrest.Matchers.not(hasItem("DRAFT"))));
        mvc.perform(get("/api/v1/banding-tables/demo-top-up-tariff/2026-27"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value("2026-27"));
    }

    @Test
    void compares_two_published_versions_as_json() throws Exception {
        mvc.perform(get("/api/v1/banding-tables/demo-top-up-tariff/diff").param("from", "2025-26").param("to", "2026-27"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("banding-table"))
                .andExpect(jsonPath("$.from").value("2025-26"))
                .andExpect(jsonPath("$.changes[*].field").value(hasItem("annualAmount")));
        mvc.perform(get("/api/v1/frameworks/demo-high-needs-matrix/diff").param("from", "2025-26.1")
                        .param("to", "2025-26.1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changes.length()").value(0));
        mvc.perform(get("/api/v1/frameworks/demo-high-needs-matrix/diff").param("from", "1999"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[1].field").value("to"));
    }
}
