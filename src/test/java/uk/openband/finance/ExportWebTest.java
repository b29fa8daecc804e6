package uk.openband.finance;

import uk.openband.agreements.AgreementView;
import uk.openband.agreements.PaymentLineView;

import uk.openband.agreements.AgreementFixtures;
import uk.openband.agreements.FundingAgreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.openband.directory.PupilScope;
import uk.openband.agreements.AgreementFixtures.Agreement;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.testsupport.Pages;
import uk.openband.testsupport.MutableClock;
import uk.openband.testsupport.WebTest;

/** The export pages and API: making a batch, downloads that are the issued bytes, neutralised cells, roles. */
@WebTest
class ExportWebTest {

    static final SignedInUser FINANCE = new SignedInUser(7, "finance", "Sam Patel", Role.FINANCE_OFFICER, null, null,
            true, true);
    static final SignedInUser ADMIN = new SignedInUser(1, "admin", "Morgan Hughes", Role.ADMIN, null, null, true, true);

    @Autowired MockMvc mvc;
    @Autowired AgreementFixtures fixtures;
    @Autowired ExportBatches exports;
    @Autowired CostCodes costCodes;
    @Autowired JdbcTemplate jdbc;
    @Autowired FundingAgreements funding;
    @Autowired MutableClock clock;
    final JsonMapper json = JsonMapper.builder().build();

    /** "Today" for the tests that pay their own pupils: the months of 2026 below are recent, real ones. */
    static final LocalDate TODAY = LocalDate.of(2027, 3, 20);

    @BeforeEach
    void codes() {
        fixtures.costCodes();
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** A pupil whose names would run as formulas in a spreadsheet, with lines in the given month. */
    Agreement hostile(LocalDate month) {
        Agreement a = fixtures.agreement("-Band 9", "1200.00", month, month.plusMonths(1).minusDays(1),
                month.minusMonths(1));
        fixtures.line(a, 1, month, month.withDayOfMonth(month.lengthOfMonth()), "REGULAR", "100.00");
        jdbc.update("UPDATE pupil SET first_name = ?, last_name = ? WHERE id = ?", "=HYPERLINK(\"http://x.test\",\"y\")",
                "@Smith", a.pupilId());
        return a;
    }

    @Test
    void a_finance_officer_makes_a_batch_on_the_page_and_downloads_neutralised_files_that_match_their_checksums()
            throws Exception {
        clock.setToday(TODAY);
        Agreement a = hostile(LocalDate.of(2026, 1, 1));
        MvcResult made = mvc.perform(post("/finance/exports").with(user(FINANCE)).with(csrf())
                .param("period", "2026-01").param("kind", "FULL").param("confirmRepeat", "true"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/finance/exports/*"))
                .andReturn();
        long id = Long.parseLong(made.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
        ExportBatch batch = exports.await(id, Duration.ofMinutes(2)).orElseThrow();
        assertThat(batch.isIssued()).as(batch.failure()).isTrue();

        Document page = Pages.parse(mvc.perform(get("/finance/exports/" + id).with(user(FINANCE)))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.getElementById("summary").text()).contains(batch.csvSha256()).contains(batch.xlsxSha256())
                .contains("January 2026 (2026-01)");
        assertThat(page.getElementById("progress")).isNull();

        byte[] csv = mvc.perform(get("/finance/exports/" + id + ".csv").with(user(FINANCE)))
                .andExpect(status().isOk()).andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string("X-Checksum-SHA256", batch.csvSha256()))
                .andReturn().getResponse().getContentAsByteArray();
        byte[] again = mvc.perform(get("/finance/exports/" + id + ".csv").with(user(ADMIN))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(sha256(csv)).isEqualTo(batch.csvSha256()).isEqualTo(sha256(again));
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://x.test\"\",\"\"y\"\") @Smith\"").contains(",'-Band 9,")
                .doesNotContain(",=HYPERLINK").doesNotContain(",-Band");

        byte[] xlsx = mvc.perform(get("/finance/exports/" + id + ".xlsx").with(user(FINANCE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(sha256(xlsx)).isEqualTo(batch.xlsxSha256());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("Payments");
            Row row = null;
            for (Row r : sheet) {
                if (a.reference().equals(r.getCell(12) == null ? null : r.getCell(12).getStringCellValue())) {
                    row = r;
                }
            }
            assertThat(row).isNotNull();
            assertThat(row.getCell(1).getStringCellValue()).startsWith("'=HYPERLINK");
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("'-Band 9");
            assertThat(row.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(row.getCell(7))).isTrue();
            assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(100.00);
            Row totals = sheet.getRow(sheet.getLastRowNum());
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(totals.getCell(9).getNumericCellValue())
                    .isEqualTo(batch.controlTotal().doubleValue());
        }

        Document list = Pages.parse(mvc.perform(get("/finance/exports").with(user(ADMIN))).andExpect(status().isOk())
                .andReturn());
        assertThat(list.getElementById("batches").text()).contains(batch.reference()).contains(batch.csvSha256());
        assertThat(list.getElementById("csv-" + id)).isNotNull();
        assertThat(list.getElementById("make-batch")).as("admins only read").isNull();
    }

    @Test
    void the_pupil_funding_page_says_which_batch_paid_each_line_and_when() throws Exception {
        AgreementView agreement = fixtures.decidedAgreement();
        List<PaymentLineView> lines = funding.schedule(PupilScope.allSettings(), agreement.id());
        PaymentLineView first = lines.get(0);
        LocalDate due = uk.openband.agreements.schedule.PaymentPeriod.dueDay(first.periodFrom(), agreement.decisionDate());
        String month = java.time.YearMonth.from(due).toString();
        ExportBatch batch = exports.await(exports.start(month, ExportKind.FULL, true, "finance").id(),
                Duration.ofMinutes(2)).orElseThrow();
        assertThat(batch.isIssued()).as(batch.failure()).isTrue();

        Document page = Pages.parse(mvc.perform(get("/pupils/" + agreement.pupilId() + "/funding")
                .with(user(new SignedInUser(2, "officer", "Alex Reed", Role.CASE_OFFICER, null, null, true, true))))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.getElementById("exported-" + first.id()).text()).startsWith(batch.reference() + " on ");
        PaymentLineView last = lines.get(lines.size() - 1);
        if (!uk.openband.agreements.schedule.PaymentPeriod.dueDay(last.periodFrom(), agreement.decisionDate())
                .isBefore(batch.periodFrom().plusMonths(1))) {
            assertThat(page.getElementById("exported-" + last.id()).text()).isEqualTo("Not yet");
        }
    }

    @Test
    void the_form_names_what_is_wrong_and_a_repeat_needs_confirming() throws Exception {
        Document page = Pages.parse(mvc.perform(post("/finance/exports").with(user(FINANCE)).with(csrf())
                .param("period", "").param("kind", "FULL")).andExpect(status().isOk()).andReturn());
        Pages.assertFieldError(page, "period", "Enter the period");

        page = Pages.parse(mvc.perform(post("/finance/exports").with(user(FINANCE)).with(csrf())
                .param("period", "May 2026").param("kind", "FULL")).andExpect(status().isOk()).andReturn());
        Pages.assertFieldError(page, "period",
                "Enter the period as a month (2026-05), a term (2026-AUTUMN) or a financial year (FY2026)");

        page = Pages.parse(mvc.perform(post("/finance/exports").with(user(FINANCE)).with(csrf())
                .param("period", "2026-06")).andExpect(status().isOk()).andReturn());
        Pages.assertFieldError(page, "kind", "Choose what to include");

        clock.setToday(TODAY);
        hostile(LocalDate.of(2026, 2, 1));
        ExportBatch first = exports.await(exports.start("2026-02", ExportKind.FULL, true, "finance").id(),
                Duration.ofMinutes(2)).orElseThrow();
        // other tests may have paid February 2026 too: every issued batch holding lines due in it is named
        List<String> issuedBefore = jdbc.queryForList("SELECT reference FROM funding_export_batch b WHERE "
                + "b.status = 'ISSUED' AND EXISTS (SELECT 1 FROM funding_export_line e WHERE e.batch_id = b.id "
                + "AND e.due_day BETWEEN DATE '2026-02-01' AND DATE '2026-02-28') ORDER BY b.id", String.class);
        assertThat(issuedBefore).last().isEqualTo(first.reference());
        page = Pages.parse(mvc.perform(post("/finance/exports").with(user(FINANCE)).with(csrf())
                .param("period", "2026-02").param("kind", "FULL")).andExpect(status().isOk()).andReturn());
        Pages.assertFieldError(page, "confirmRepeat", "Lines due in February 2026 were already issued in "
                + String.join(", ", issuedBefore)
                + ". Confirm that you want to pay them again, or make a changes batch instead");
    }

    @Test
    void a_period_nobody_can_be_paid_in_is_refused_on_the_page_and_by_the_api_and_nothing_is_issued()
            throws Exception {
        clock.setToday(TODAY);
        long batches = jdbc.queryForObject("SELECT count(*) FROM funding_export_batch", Long.class);
        Document page = Pages.parse(mvc.perform(post("/finance/exports").with(user(FINANCE)).with(csrf())
                .param("period", "0000-01").param("kind", "FULL")).andExpect(status().isOk()).andReturn());
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.getElementById("period-error").text()).contains("Enter a period between ")
                .contains(" and March 2028: January 0 is outside the term calendar and the financial years with "
                        + "payments, or too far ahead");
        for (String period : List.of("0000-01", "FY1999", "FY2028", "2028-04")) {
            mvc.perform(post("/api/v1/exports").with(httpBasic("finance", "demo"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"period\":\"" + period + "\",\"kind\":\"FULL\",\"confirmRepeat\":true}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("period"))
                    .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.endsWith(
                            "is outside the term calendar and the financial years with payments, or too far ahead")));
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM funding_export_batch", Long.class)).isEqualTo(batches);
    }

    @Test
    void cost_codes_are_checked_on_the_page_and_saved() throws Exception {
        var request = post("/finance/cost-codes").with(user(FINANCE)).with(csrf());
        for (var c : uk.openband.common.SettingCategory.values()) {
            request.param("costCentre-" + c.name(), c.name().equals("SPECIAL") ? "=cmd" : "HN" + c.ordinal())
                    .param("accountCode-" + c.name(), c.name().equals("POST_16") ? "" : "41" + c.ordinal());
        }
        Document page = Pages.parse(mvc.perform(request).andExpect(status().isOk()).andReturn());
        Pages.assertFieldError(page, "costCentre-SPECIAL", "The cost centre for special school must be 1 to 20 "
                + "letters, digits, full stops, slashes, underscores or hyphens, starting with a letter or digit");
        Pages.assertFieldError(page, "accountCode-POST_16", "Enter the account code for post-16");
        assertThat(costCodes.costCodes()).allSatisfy(c -> assertThat(c.costCentre()).startsWith("HN"));

        var saved = post("/finance/cost-codes").with(user(FINANCE)).with(csrf());
        for (var c : uk.openband.common.SettingCategory.values()) {
            saved.param("costCentre-" + c.name(), c == uk.openband.common.SettingCategory.SPECIAL ? "SP/01"
                    : "HN" + c.ordinal()).param("accountCode-" + c.name(), "41" + c.ordinal());
        }
        mvc.perform(saved).andExpect(status().is3xxRedirection());
        assertThat(costCodes.costCodes()).anySatisfy(c -> assertThat(c.costCentre()).isEqualTo("SP/01"));
        mvc.perform(post("/finance/cost-codes").with(user(ADMIN)).with(csrf())).andExpect(status().isForbidden());
        Document read = Pages.parse(mvc.perform(get("/finance/cost-codes").with(user(ADMIN))).andExpect(status().isOk())
                .andReturn());
        assertThat(read.getElementById("codes").text()).contains("Special school SP/01");
        assertThat(read.getElementById("save-codes")).isNull();
    }

    @Test
    void the_api_makes_a_batch_and_serves_its_files_to_finance_only() throws Exception {
        clock.setToday(TODAY);
        hostile(LocalDate.of(2026, 3, 1));
        MvcResult created = mvc.perform(post("/api/v1/exports").with(httpBasic("finance", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"period\":\"2026-03\",\"kind\":\"FULL\","
                        + "\"confirmRepeat\":true}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("ISSUED"))
                .andExpect(jsonPath("$.period.code").value("2026-03")).andReturn();
        JsonNode body = json.readTree(created.getResponse().getContentAsString());
        long id = body.get("id").asLong();
        assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/exports/" + id);
        assertThat(body.get("controlTotal").asText()).matches("-?\\d+\\.\\d{2}");
        byte[] csv = mvc.perform(get("/api/v1/exports/" + id + ".csv").with(httpBasic("finance", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(sha256(csv)).isEqualTo(body.get("csvSha256").asText());
        byte[] xlsx = mvc.perform(get("/api/v1/exports/" + id + ".xlsx").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(sha256(xlsx)).isEqualTo(body.get("xlsxSha256").asText());
        mvc.perform(get("/api/v1/exports/" + id).with(httpBasic("admin", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.reference").value(body.get("reference").asText()));

        mvc.perform(get("/v3/api-docs").with(user(FINANCE))).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/exports'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/exports'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/exports/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/exports/{id}.csv'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/exports/{id}.xlsx'].get").exists());
        mvc.perform(get("/api/v1/exports/999999999.csv").with(httpBasic("finance", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/exports/999999999").with(httpBasic("finance", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        for (String other : new String[] {"senco", "officer", "manager", "panel"}) {
            mvc.perform(get("/api/v1/exports/" + id + ".csv").with(httpBasic(other, "demo")))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(get("/finance/exports/" + id + ".csv").with(user(other).roles(
                    "senco".equals(other) ? "SENCO" : "CASE_OFFICER"))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/exports").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"period\":\"2026-03\",\"kind\":\"FULL\"}")).andExpect(status().isForbidden());

        mvc.perform(post("/api/v1/exports").with(httpBasic("finance", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"period\":\"2026-13\",\"kind\":\"FULL\"}")).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("period"));
        mvc.perform(post("/api/v1/exports").with(httpBasic("finance", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"period\":\"2026-03\",\"kind\":\"SOME\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(post("/api/v1/exports").with(httpBasic("finance", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"period\":\"2026-03\",\"kind\":\"FULL\"}")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("confirmRepeat"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(body.get("reference")
                        .asText())));
    }
}
