package uk.openband.agreements.internal.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import uk.openband.agreements.FundingFixtures;
import uk.openband.common.SettingCategory;
import uk.openband.directory.SettingDirectory;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.testsupport.MutableClock;
import uk.openband.testsupport.Pages;
import uk.openband.testsupport.WebTest;

/** The awards import page (check, preview, confirm) and API, and who may use them. */
@WebTest
class AwardImportWebTest {

    static final SignedInUser FINANCE = new SignedInUser(9501, "finance", "Lee Turner", Role.FINANCE_OFFICER, null,
            null, true, true);
    static final SignedInUser ADMIN = new SignedInUser(9502, "admin", "Ada Admin", Role.ADMIN, null, null, true, true);
    static final SignedInUser OFFICER = new SignedInUser(9503, "officer", "Alex Reed", Role.CASE_OFFICER, null, null,
            true, true);
    static final LocalDate START = LocalDate.of(2026, 9, 1);
    static final LocalDate END = LocalDate.of(2027, 8, 31);

    @Autowired MockMvc mvc;
    @Autowired FundingFixtures fixtures;
    @Autowired SettingDirectory settings;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    String urn;

    @BeforeEach
    void setting() {
        clock.setToday(LocalDate.of(2026, 12, 3));
        urn = settings.find(fixtures.newSetting(SettingCategory.MAINSTREAM, "Web Import School")).orElseThrow().urn();
    }

    MockMultipartFile file(AwardFiles f) {
        return new MockMultipartFile("file", "awards.csv", "text/csv", f.bytes());
    }

    @Test
    void a_finance_officer_checks_previews_and_confirms_and_a_second_upload_changes_nothing() throws Exception {
        AwardFiles f = new AwardFiles().award(1, AwardFiles.newUpn(), urn, "EHCP", "3", "5459.00", START, END)
                .award(2, AwardFiles.newUpn(), urn, "EHCP", "LEGACY", "4000", START, END);
        MvcResult checked = mvc.perform(multipart("/admin/imports/awards").file(file(f))
                .param("paymentsFrom-day", "1").param("paymentsFrom-month", "1").param("paymentsFrom-year", "2027")
                .with(user(FINANCE)).with(csrf())).andExpect(status().isOk()).andReturn();
        Document preview = Pages.parse(checked);
        assertThat(preview.title()).isEqualTo("Check the awards before you import them – OpenBand");
        assertThat(preview.getElementById("summary").text()).contains("Awards to import 2").contains("£9,459.00");
        assertThat(preview.getElementById("by-setting").text()).contains("Web Import School (" + urn + ") 2");
        assertThat(preview.getElementById("by-band").text()).contains("LEGACY 1");
        assertThat(preview.getElementById("by-route").text()).contains("EHCP top-up (EHCP) 2");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM funding_agreement WHERE old_reference = ?", Long.class,
                f.reference(1))).isZero();

        mvc.perform(post("/admin/imports/awards/confirm").param("sha256", AwardImport.sha256(f.bytes()))
                .cookie(checked.getResponse().getCookies()).with(user(FINANCE)).with(csrf()))
                .andExpect(redirectedUrl("/admin/imports/awards"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM funding_agreement WHERE old_reference IN (?, ?)",
                Long.class, f.reference(1), f.reference(2))).isEqualTo(2);

        Document again = Pages.parse(mvc.perform(multipart("/admin/imports/awards").file(file(f))
                .param("paymentsFrom-day", "1").param("paymentsFrom-month", "1").param("paymentsFrom-year", "2027")
                .with(user(ADMIN)).with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(again.text()).contains("Importing it again changes nothing");
        assertThat(again.getElementById("confirm")).isNull();
    }

    @Test
    void a_bad_file_is_shown_with_every_problem_and_an_error_summary() throws Exception {
        AwardFiles f = new AwardFiles().award(1, AwardFiles.newUpn(), urn, "EHCP", "9", "5459.00", START, END)
                .award(2, "nonsense", urn, "EHCP", "3", "5459.00", START, END);
        Document page = Pages.parse(mvc.perform(multipart("/admin/imports/awards").file(file(f))
                .param("paymentsFrom-day", "1").param("paymentsFrom-month", "1").param("paymentsFrom-year", "2027")
                .with(user(ADMIN)).with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(page.title()).startsWith("Error: Import existing awards");
        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#file");
        assertThat(page.getElementById("import-problems").select("tbody tr")).extracting(e -> e.select("td").get(0)
                .text() + " " + e.select("td").get(1).text()).containsExactly("2 Band", "3 UPN");

        Document noFile = Pages.parse(mvc.perform(multipart("/admin/imports/awards").param("paymentsFrom-day", "40")
                .param("paymentsFrom-month", "1").param("paymentsFrom-year", "2027").with(user(ADMIN)).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(noFile.select(".govuk-error-summary a")).extracting(e -> e.attr("href"))
                .containsExactly("#file", "#paymentsFrom-day");
    }

    @Test
    void the_api_previews_refuses_with_lines_and_columns_imports_and_then_changes_nothing() throws Exception {
        AwardFiles good = new AwardFiles().award(1, AwardFiles.newUpn(), urn, "EHCP", "3", "5459.00", START, END);
        mvc.perform(post("/api/v1/imports/awards").param("dryRun", "true").param("paymentsFrom", "2027-01-01")
                .contentType("text/csv").content(good.bytes()).with(user(FINANCE)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rows").value(1))
                .andExpect(jsonPath("$.totalAnnualCost").value(5459.00))
                .andExpect(jsonPath("$.byBand['3'].awards").value(1))
                .andExpect(jsonPath("$.byRoute['EHCP top-up (EHCP)'].awards").value(1));

        AwardFiles bad = new AwardFiles().award(1, AwardFiles.newUpn(), urn, "", "3", "5459.00", START, END);
        mvc.perform(post("/api/v1/imports/awards").param("dryRun", "true").contentType("text/csv")
                .content(bad.bytes()).with(user(FINANCE)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("Route"));

        MvcResult created = mvc.perform(post("/api/v1/imports/awards").param("paymentsFrom", "2027-01-01")
                .contentType("text/csv").content(good.bytes()).with(user(ADMIN)).with(csrf()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.imported").value(1)).andReturn();
        assertThat(created.getResponse().getContentAsString()).contains("\"reference\":\"AI-");
        mvc.perform(post("/api/v1/imports/awards").param("paymentsFrom", "2027-01-01")
                .contentType("text/csv").content(good.bytes()).with(user(ADMIN)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.changedNothing").value(true));
    }

    @Test
    void an_xlsx_file_is_read_like_a_csv_file() throws Exception {
        AwardFiles f = new AwardFiles().award(1, AwardFiles.newUpn(), urn, "EHCP", "3", "5459.00", START, END);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet("Awards");
            String[] lines = f.text().split("\r\n");
            for (int r = 0; r < lines.length; r++) {
                XSSFRow row = sheet.createRow(r);
                String[] cells = lines[r].split(",", -1);
                for (int c = 0; c < cells.length; c++) {
                    if (r > 0 && c == 5) {
                        row.createCell(c).setCellValue(5459.0);
                    } else {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            book.write(out);
        }
        mvc.perform(post("/api/v1/imports/awards").param("dryRun", "true")
                .contentType(AwardImportApiController.XLSX).content(out.toByteArray()).with(user(ADMIN)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.toImport").value(1));
    }

    @Test
    void only_admins_and_finance_officers_import_awards() throws Exception {
        mvc.perform(get("/admin/imports/awards").with(user(FINANCE))).andExpect(status().isOk());
        mvc.perform(get("/admin/imports/awards").with(user(OFFICER))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/imports/awards").param("dryRun", "true").contentType("text/csv")
                .content(new byte[] {1}).with(user(OFFICER)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/imports/awards/confirm").param("sha256", "x").with(user(OFFICER)).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
