package uk.openband;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.assessment.Purpose;
import uk.openband.casework.CaseFixtures;
import uk.openband.directory.PupilImport;
import uk.openband.directory.PupilImportReport;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.PupilScope;
import uk.openband.directory.SettingDirectory;
import uk.openband.testsupport.WebTest;

/** List sizes are capped with a message, and nothing is saved. */
@WebTest
class CapsTest {

    @Autowired MockMvc mvc;
    @Autowired AssessmentManagement assessments;
    @Autowired PupilRegistry pupils;
    @Autowired SettingDirectory settings;
    @Autowired PupilImport pupilImport;
    @Autowired JdbcTemplate jdbc;

    @Test
    void more_than_200_domains_in_one_save_are_refused_with_a_short_answer() throws Exception {
        long setting = CaseFixtures.schoolId(settings);
        var a = assessments.start(PupilScope.setting(setting), CaseFixtures.newPupil(pupils, setting),
                Purpose.NEW_REQUEST, "senco");
        String levels = IntStream.range(0, 5_000).mapToObj(i -> "\"X" + i + "\": {\"level\": 1}")
                .collect(Collectors.joining(","));
        MvcResult result = mvc.perform(put("/api/v1/assessments/" + a.id() + "/levels").with(httpBasic("senco", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + a.version() + ", \"levels\": {" + levels + "}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Send 200 domains or fewer at a time"))
                .andReturn();
        assertThat(result.getResponse().getContentAsByteArray().length).isLessThan(2_000);
        assertThat(jdbc.queryForObject("select count(*) from assessment_answer where assessment_id = ?", Integer.class,
                a.id())).isZero();
    }

    @Test
    void a_pupil_file_of_more_than_5000_rows_is_refused_whole() {
        String header = String.join(",", PupilImport.COLUMNS.keySet());
        String row = ",".repeat(PupilImport.COLUMNS.size() - 1);
        String csv = header + "\n" + (row + "\n").repeat(PupilImport.MAX_ROWS + 1);
        PupilImportReport report = pupilImport.importFile(csv.getBytes(StandardCharsets.UTF_8), Locale.UK);
        assertThat(report.imported()).isZero();
        assertThat(report.fileProblem()).isEqualTo("The file has more than 5,000 pupils. Split it into smaller files");
    }
}
