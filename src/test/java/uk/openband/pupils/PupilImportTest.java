package uk.openband.pupils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import uk.openband.audit.AuditLog;
import uk.openband.directory.PupilImport;
import uk.openband.directory.PupilImportReport;
import uk.openband.directory.PupilQuery;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.PupilScope;
import uk.openband.directory.RejectedRow;
import uk.openband.identity.Role;
import uk.openband.testsupport.Pages;
import uk.openband.testsupport.WebTest;

@WebTest
class PupilImportTest {

    static final String HEADER = "UPN,FirstName,LastName,PreferredName,DateOfBirth,Sex,Ethnicity,PrimaryNeed,"
            + "SecondaryNeed,EhcStatus,EhcStatusDate,SettingURN\r\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    PupilImport pupilImport;

    @Autowired
    PupilRegistry pupils;

    @Autowired
    AuditLog audit;

    long count(String upn) {
        return pupils.search(PupilScope.allSettings(), new PupilQuery(upn, null), 1).total();
    }

    @Test
    void a_good_windows_1252_file_imports_every_row_exactly_as_written() {
        String a = PupilFixtures.newUpn();
        String b = PupilFixtures.newUpn();
        String csv = HEADER
                + a + ",Renée,\"D'Souza, Jr\",,2015-04-03,F,MWAS,SPLD,,NONE,,100001\r\n"
                + b + ",Tom,Brown,Tommy,03/09/2012,m,WBRI,SEMH,SLCN,PLAN_ISSUED,01/02/2024,100002\r\n";
        PupilImportReport report = pupilImport.importFile(csv.getBytes(Charset.forName("windows-1252")), Locale.UK);
        assertThat(report.rejected()).isEmpty();
        assertThat(report.imported()).isEqualTo(2);
        var renee = pupils.search(PupilScope.allSettings(), new PupilQuery(a, null), 1).pupils().get(0);
        assertThat(renee.firstName()).isEqualTo("Renée");
        assertThat(renee.lastName()).isEqualTo("D'Souza, Jr");
        assertThat(count(b)).isEqualTo(1);
        assertThat(audit.recent("PUPILS_IMPORTED", 1).get(0).detailsJson()).contains("\"count\": 2").doesNotContain("Renée");
    }

    @Test
    void a_file_with_any_bad_row_imports_nothing_and_names_every_problem() {
        String good = PupilFixtures.newUpn();
        String repeated = PupilFixtures.newUpn();
        String wrong = PupilFixtures.wrongLetter(PupilFixtures.newUpn());
        String csv = HEADER
                + good + ",Good,Row,,2015-04-03,F,WBRI,SPLD,,NONE,,100001\r\n"
                + wrong + ",Bad,Letter,,2015-04-03,F,WBRI,SPLD,,NONE,,100001\r\n"
                + repeated + ",First,Copy,,2015-04-03,F,WBRI,SPLD,,NONE,,100001\r\n"
                + repeated + ",Second,Copy,,31/02/2015,X,WBRI,SPLD,,NONE,,999999\r\n"
                + PupilFixtures.newUpn() + ",,Nameless,,2015-04-03,F,XXXX,SPLD,SPLD,REQUESTED,,100001\r\n";
        PupilImportReport report = pupilImport.importFile(csv.getBytes(StandardCharsets.UTF_8), Locale.UK);
        assertThat(report.imported()).isZero();
        assertThat(report.rejectedRows()).isEqualTo(3);
        assertThat(report.rejected()).extracting(RejectedRow::line, RejectedRow::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "UPN"),
                org.assertj.core.groups.Tuple.tuple(5, "UPN"),
                org.assertj.core.groups.Tuple.tuple(5, "DateOfBirth"),
                org.assertj.core.groups.Tuple.tuple(5, "Sex"),
                org.assertj.core.groups.Tuple.tuple(5, "SettingURN"),
                org.assertj.core.groups.Tuple.tuple(6, "FirstName"),
                org.assertj.core.groups.Tuple.tuple(6, "Ethnicity"),
                org.assertj.core.groups.Tuple.tuple(6, "SecondaryNeed"),
                org.assertj.core.groups.Tuple.tuple(6, "EhcStatusDate"));
        assertThat(report.rejected().get(0).reason()).startsWith("The UPN's check letter should be");
        assertThat(report.rejected().get(1).reason()).isEqualTo("This UPN is also on an earlier row of the file (row 4)");
        assertThat(report.rejected().get(4).reason()).isEqualTo("No setting has URN 999999");
        assertThat(count(good)).as("nothing imported").isZero();
        assertThat(count(repeated)).isZero();
    }

    @Test
    void a_file_without_a_required_column_is_refused() {
        PupilImportReport report = pupilImport.importFile("UPN,FirstName\r\nA,B\r\n".getBytes(StandardCharsets.UTF_8),
                Locale.UK);
        assertThat(report.fileProblem()).isEqualTo("The header row has no LastName column");
    }

    @Test
    void an_officer_uploads_on_the_page_and_sees_the_report_and_a_senco_may_not() throws Exception {
        String csv = HEADER + PupilFixtures.wrongLetter(PupilFixtures.newUpn()) + ",A,B,,2015-04-03,F,WBRI,SPLD,,NONE,,100001\r\n";
        MvcResult upload = mvc.perform(multipart("/pupils/import").file(new MockMultipartFile("file", "p.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).with(user(PupilFixtures.staff(Role.CASE_OFFICER))).with(csrf()))
                .andExpect(redirectedUrl("/pupils/import")).andReturn();
        Document page = Pages.parse(mvc.perform(get("/pupils/import").cookie(upload.getResponse().getCookies())
                .with(user(PupilFixtures.staff(Role.CASE_OFFICER)))).andExpect(status().isOk()).andReturn());
        assertThat(page.selectFirst(".govuk-notification-banner").text())
                .contains("No pupils were imported: 1 rows have problems");
        assertThat(page.getElementById("import-problems").text()).contains("2 UPN The UPN's check letter should be");

        Document noFile = Pages.parse(mvc.perform(multipart("/pupils/import")
                .with(user(PupilFixtures.staff(Role.ADMIN))).with(csrf())).andExpect(status().isOk()).andReturn());
        Pages.assertFieldError(noFile, "file", "Choose a CSV file to upload");

        mvc.perform(get("/pupils/import").with(user(PupilFixtures.senco(1)))).andExpect(status().isForbidden());
        mvc.perform(get("/pupils/import").with(user(PupilFixtures.staff(Role.PANEL_MEMBER)))).andExpect(status().isForbidden());
    }
}
