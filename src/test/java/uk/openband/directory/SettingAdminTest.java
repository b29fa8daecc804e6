package uk.openband.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import uk.openband.audit.AuditLog;
import uk.openband.common.SettingCategory;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.testsupport.Pages;
import uk.openband.testsupport.WebTest;

@WebTest
class SettingAdminTest {

    static final SignedInUser ADMIN = new SignedInUser(1, "admin", "Morgan Hughes", Role.ADMIN, null, null, true, true);

    @Autowired
    MockMvc mvc;

    @Autowired
    SettingDirectory settings;

    @Autowired
    GiasImport gias;

    @Autowired
    CategoryMapping mapping;

    @Autowired
    AuditLog audit;

    static byte[] giasFile() throws Exception {
        try (InputStream in = SettingAdminTest.class.getResourceAsStream("/gias/edubasealldata-demoshire.csv")) {
            return in.readAllBytes();
        }
    }

    @Test
    void the_gias_file_is_imported_filtered_mapped_and_reimporting_changes_nothing() throws Exception {
        GiasReport first = gias.importFile(giasFile());
        GiasReport again = gias.importFile(giasFile());
        // The first import in this database adds; either way the second one finds them all unchanged.
        assertThat(first.added() + first.updated() + first.unchanged()).isEqualTo(5);
        assertThat(again.added()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(5);
        assertThat(again.otherLa()).isEqualTo(1);
        assertThat(again.repeated()).extracting(RejectedRow::line).containsExactly(5);
        assertThat(again.rejected()).extracting(RejectedRow::line).containsExactly(7, 8);
        assertThat(again.rejected().get(0).reason()).contains("Other independent school").contains("category mapping");
        assertThat(again.rejected().get(1).reason()).isEqualTo("URN must be 6 digits, not \"91000X\"");

        SettingSummary stMarys = settings.findByUrn("910001").orElseThrow();
        assertThat(stMarys.name()).isEqualTo("St Mary’s Café Primary School");
        assertThat(stMarys.laestab()).isEqualTo("9992101");
        assertThat(stMarys.category()).isEqualTo(SettingCategory.MAINSTREAM);
        assertThat(settings.findByUrn("910002").orElseThrow().category()).isEqualTo(SettingCategory.SPECIAL);
        SettingSummary pru = settings.findByUrn("910003").orElseThrow();
        assertThat(pru.category()).isEqualTo(SettingCategory.ALTERNATIVE_PROVISION);
        assertThat(pru.open()).isFalse();
        assertThat(settings.findByUrn("910005").orElseThrow().category()).isEqualTo(SettingCategory.EARLY_YEARS);
        assertThat(settings.findByUrn("910005").orElseThrow().open()).isTrue();
        assertThat(settings.findByUrn("910006").orElseThrow().name())
                .isEqualTo("Demotown College, Sixth Form and Further Education");
        assertThat(settings.findByUrn("910006").orElseThrow().category()).isEqualTo(SettingCategory.POST_16);
        assertThat(settings.findByUrn("920001")).as("another LA's school").isEmpty();
        assertThat(settings.findByUrn("910004")).as("no category for its type").isEmpty();
    }

    @Test
    void a_file_without_the_gias_columns_is_refused_whole() {
        GiasReport report = gias.importFile("URN,Name\n123456,School\n".getBytes());
        assertThat(report.fileProblem()).contains("LA (code)").contains("EstablishmentNumber");
        assertThat(settings.findByUrn("123456")).isEmpty();
    }

    @Test
    void the_mapping_has_sensible_defaults_and_the_admin_changes_it() throws Exception {
        assertThat(mapping.categoryOf("Community special school")).contains(SettingCategory.SPECIAL);
        assertThat(mapping.categoryOf("academy converter")).as("case ignored").contains(SettingCategory.MAINSTREAM);
        assertThat(mapping.categoryOf("Pupil referral unit")).contains(SettingCategory.ALTERNATIVE_PROVISION);
        assertThat(mapping.categoryOf("Local authority nursery school")).contains(SettingCategory.EARLY_YEARS);
        assertThat(mapping.categoryOf("Sixth form centres")).contains(SettingCategory.POST_16);
        assertThat(mapping.categoryOf("Welsh establishment")).isEmpty();

        Document errors = Pages.parse(mvc.perform(post("/admin/settings/categories").with(user(ADMIN)).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        Pages.assertFieldError(errors, "type", "Enter the type of establishment, up to 120 characters");
        Pages.assertFieldError(errors, "category", "Choose a setting category");

        String type = "Service children's education " + System.nanoTime();
        mvc.perform(post("/admin/settings/categories").param("type", type).param("category", "SPECIAL")
                .with(user(ADMIN)).with(csrf())).andExpect(redirectedUrl("/admin/settings/categories"));
        assertThat(mapping.categoryOf(type)).contains(SettingCategory.SPECIAL);
        Document page = Pages.parse(mvc.perform(get("/admin/settings/categories").with(user(ADMIN))).andReturn());
        assertThat(page.getElementById("mapping").text()).contains(type);
    }

    @Test
    void admin_uploads_gias_and_sees_the_report() throws Exception {
        MvcResult upload = mvc.perform(multipart("/admin/settings/import")
                        .file(new MockMultipartFile("file", "gias.csv", "text/csv", giasFile())).with(user(ADMIN)).with(csrf()))
                .andExpect(redirectedUrl("/admin/settings/import")).andReturn();
        Document report = Pages.parse(mvc.perform(get("/admin/settings/import").with(user(ADMIN))
                .cookie(upload.getResponse().getCookies())).andExpect(status().isOk()).andReturn());
        assertThat(report.getElementById("gias-report").text()).contains("Unchanged").contains("Rejected rows 2");
        assertThat(report.getElementById("gias-rejected").text()).contains("URN must be 6 digits")
                .contains("repeats line 2");

        Document noFile = Pages.parse(mvc.perform(multipart("/admin/settings/import").with(user(ADMIN)).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        Pages.assertFieldError(noFile, "file", "Choose the GIAS CSV file to upload");
    }

    @Test
    void admin_searches_views_and_links_a_resourced_provision_to_its_host() throws Exception {
        Document list = Pages.parse(mvc.perform(get("/admin/settings").param("q", "hillside").with(user(ADMIN)))
                .andExpect(status().isOk()).andReturn());
        assertThat(list.select("#settings tbody tr")).hasSizeGreaterThanOrEqualTo(2);
        long base = settings.findByUrn("100004").orElseThrow().id();
        long host = settings.findByUrn("100002").orElseThrow().id();

        Document missingHost = Pages.parse(mvc.perform(post("/admin/settings/" + base + "/edit")
                .param("category", "RESOURCED_PROVISION").with(user(ADMIN)).with(csrf())).andExpect(status().isOk()).andReturn());
        Pages.assertFieldError(missingHost, "hostSettingId", "Choose the host school of this resourced provision or unit");

        mvc.perform(post("/admin/settings/" + base + "/edit").param("category", "RESOURCED_PROVISION")
                .param("hostSettingId", Long.toString(host)).with(user(ADMIN)).with(csrf()))
                .andExpect(redirectedUrl("/admin/settings/" + base));
        Document page = Pages.parse(mvc.perform(get("/admin/settings/" + base).with(user(ADMIN))).andReturn());
        assertThat(page.getElementById("setting-details").text()).contains("Host school Hillside Academy")
                .contains("Resourced provision or unit");
        assertThat(settings.details(base).orElseThrow().hostSettingId()).isEqualTo(host);
        assertThat(audit.eventsAbout("SETTING", Long.toString(base))).extracting(e -> e.action()).contains("SETTING_CLASSIFIED");

        mvc.perform(get("/admin/settings").with(user(new SignedInUser(2, "officer", "Alex", Role.CASE_OFFICER, null,
                null, true, true)))).andExpect(status().isForbidden());
    }
}
