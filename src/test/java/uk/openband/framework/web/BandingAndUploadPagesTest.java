package uk.openband.framework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.openband.framework.FrameworkCatalogue;
import uk.openband.framework.VersionState;
import uk.openband.framework.VersionSummary;
import uk.openband.common.SettingCategory;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.testsupport.MutableClock;
import uk.openband.testsupport.Pages;
import uk.openband.testsupport.WebTest;

/**
 * Editing a tariff's band rows, publishing it, and uploading files. Today is {@link #TODAY}; the tariff drafts
 * are for the next financial year, and the one the test publishes it retires again, so the tariff in force on
 * any day is the demo one for every other test.
 */
@WebTest
class BandingAndUploadPagesTest {

    static final SignedInUser ADMIN = new SignedInUser(1, "admin", "Morgan Hughes", Role.ADMIN, null, null, true, true);
    static final LocalDate TODAY = LocalDate.of(2027, 1, 15);

    @Autowired
    MockMvc mvc;

    @Autowired
    FrameworkCatalogue catalogue;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
    }

    <B extends AbstractMockHttpServletRequestBuilder<B>> Document page(B request) throws Exception {
        return Pages.parse(mvc.perform(request.with(user(ADMIN))).andExpect(status().isOk()).andReturn());
    }

    VersionSummary newTariffDraft() throws Exception {
        long source = catalogue.bandingVersions().stream()
                .filter(v -> v.key().equals("demo-top-up-tariff") && v.version().equals("2026-27"))
                .findFirst().orElseThrow().id();
        String version = "t-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/banding-tables/" + source + "/new-draft").with(user(ADMIN)).with(csrf())
                        .param("version", version).param("effectiveFrom-day", "1").param("effectiveFrom-month", "4")
                        .param("effectiveFrom-year", "2027").param("effectiveTo-day", "31")
                        .param("effectiveTo-month", "3").param("effectiveTo-year", "2028"))
                .andExpect(status().isFound());
        return catalogue.bandingVersions().stream().filter(v -> v.version().equals(version)).findFirst().orElseThrow();
    }

    /** The form's current values, as a browser would send them. */
    static Map<String, String> values(Document form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Element input : form.select("form input[name]")) {
            if (!input.attr("type").equals("checkbox") || input.hasAttr("checked")) {
                values.put(input.attr("name"), input.val());
            }
        }
        return values;
    }

    MockHttpServletRequestBuilder postOf(String url, Map<String, String> values) {
        MockHttpServletRequestBuilder request = post(url).with(csrf());
        values.forEach(request::param);
        return request;
    }

    @Test
    void band_rows_are_validated_row_by_row_and_saved_whole() throws Exception {
        VersionSummary draft = newTariffDraft();
        String url = "/admin/banding-tables/" + draft.id() + "/settings/MAINSTREAM";
        Document form = page(get(url));
        assertThat(form.title()).isEqualTo("Change bands: Mainstream – OpenBand");

        Map<String, String> bad = values(form);
        bad.put("row-2-minScore", "12");
        bad.put("row-3-annualAmount", "5300.005");
        Document errors = page(postOf(url, bad));
        Pages.assertFieldError(errors, "row-2-minScore", errors.selectFirst("a[href=#row-2-minScore]").text());
        assertThat(errors.selectFirst("a[href=#row-2-minScore]").text()).startsWith("Row 3 lowest score overlaps");
        Pages.assertFieldError(errors, "row-3-annualAmount",
                "Row 4 annual amount must have at most two decimal places");
        assertThat(errors.getElementById("row-3-annualAmount").val()).isEqualTo("5300.005");

        Map<String, String> good = values(form);
        int last = Integer.parseInt(good.get("rowCount")) - 1;
        good.put("row-" + last + "-band", "7");
        good.put("row-" + last + "-minScore", "60");
        good.put("row-" + last + "-maxScore", "69");
        good.put("row-" + last + "-annualAmount", "19999.99");
        mvc.perform(postOf(url, good).with(user(ADMIN))).andExpect(status().isFound());
        var bands = catalogue.bandingInAnyState(draft.key(), draft.version()).orElseThrow()
                .bandsFor(SettingCategory.MAINSTREAM).orElseThrow().bands();
        assertThat(bands.get(bands.size() - 1).band()).isEqualTo("7");
        assertThat(bands.get(bands.size() - 1).annualAmount()).isEqualByComparingTo("19999.99");

        Map<String, String> removeTop = values(page(get(url)));
        removeTop.put("row-" + last + "-remove", "true");
        mvc.perform(postOf(url, removeTop).with(user(ADMIN))).andExpect(status().isFound());
        assertThat(catalogue.bandingInAnyState(draft.key(), draft.version()).orElseThrow()
                .bandsFor(SettingCategory.MAINSTREAM).orElseThrow().bands()).hasSize(bands.size() - 1);

        mvc.perform(post("/admin/banding-tables/" + draft.id() + "/publish").with(user(ADMIN)).with(csrf()))
                .andExpect(status().isFound());
        assertThat(catalogue.banding(draft.key(), draft.version())).isPresent();
        assertThat(catalogue.bandingVersions()).filteredOn(v -> v.id() == draft.id())
                .extracting(VersionSummary::state).containsExactly(VersionState.PUBLISHED);

        mvc.perform(post("/admin/banding-tables/" + draft.id() + "/retire").with(user(ADMIN)).with(csrf()))
                .andExpect(status().isFound());
        assertThat(catalogue.bandingVersions()).filteredOn(v -> v.id() == draft.id())
                .extracting(VersionSummary::state).containsExactly(VersionState.RETIRED);
    }

    @Test
    void a_bad_upload_lists_every_problem_and_saves_nothing() throws Exception {
        int before = catalogue.frameworkVersions().size();
        MockMultipartFile file = new MockMultipartFile("file", "bad.json", "application/json",
                resource("/formats/bad/several-errors.json"));
        Document page = page(multipart("/admin/frameworks/upload").file(file).param("kind", "framework").with(csrf()));
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a")).hasSize(6)
                .allSatisfy(a -> assertThat(a.attr("href")).isEqualTo("#file"));
        assertThat(page.select(".govuk-error-summary a").eachText())
                .contains("areas[0].weight: must be > 0", "areas[1].domains[0].extra: unknown field");
        assertThat(page.getElementById("file-error").text())
                .isEqualTo("Error: The file has 6 problems, listed at the top of the page. Nothing has been saved.");
        assertThat(page.getElementById("file").attr("aria-describedby")).contains("file-error");
        assertThat(catalogue.frameworkVersions()).hasSize(before);
    }

    @Test
    void an_upload_needs_a_kind_and_a_file() throws Exception {
        Document page = page(multipart("/admin/frameworks/upload").with(csrf()));
        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#kind", "#file");
        assertThat(page.getElementById("kind-error").text()).isEqualTo("Error: Choose what is in the file");
        Pages.assertFieldError(page, "file", "Choose a file to upload");
    }

    @Test
    void uploading_a_version_that_exists_is_refused() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "framework.json", "application/json",
                resource("/demo/framework.json"));
        Document page = page(multipart("/admin/frameworks/upload").file(file).param("kind", "framework").with(csrf()));
        Pages.assertFieldError(page, "file",
                "Version 2025-26.1 of \"demo-high-needs-matrix\" already exists; choose a new version");
    }

    @Test
    void a_good_yaml_upload_creates_a_draft() throws Exception {
        String key = "t-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] yaml = new String(resource("/formats/small-framework.yaml"), StandardCharsets.UTF_8)
                .replace("key: small", "key: " + key).getBytes(StandardCharsets.UTF_8);
        var result = mvc.perform(multipart("/admin/frameworks/upload")
                        .file(new MockMultipartFile("file", "matrix.yaml", "application/yaml", yaml))
                        .param("kind", "framework").with(user(ADMIN)).with(csrf()))
                .andExpect(status().isFound()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/admin/frameworks/");
        assertThat(result.getFlashMap().get("banner")).isEqualTo("Draft version 1 of Small matrix has been created");
        Document draft = page(get(location));
        assertThat(draft.getElementById("publish")).isNotNull();
        assertThat(draft.getElementById("change-CL")).isNotNull();
    }

    static byte[] resource(String path) throws Exception {
        try (InputStream in = BandingAndUploadPagesTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }
}
