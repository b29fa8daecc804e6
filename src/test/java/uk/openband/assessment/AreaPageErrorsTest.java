package uk.openband.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.openband.testsupport.SencoDrafts;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.SettingDirectory;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.testsupport.Pages;
import uk.openband.testsupport.WebTest;

/**
 * The area page comes back with the error summary, the inline error and everything typed kept, whatever is
 * wrong (evidence too long or with control characters, a level that is not a number or out of range), and
 * saves nothing.
 */
@WebTest
class AreaPageErrorsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PupilRegistry pupils;

    @Autowired
    SettingDirectory settings;

    @Autowired
    JdbcTemplate jdbc;

    SignedInUser senco;
    long assessmentId;

    @BeforeEach
    void assessment() throws Exception {
        long brookfield = settings.findByUrn("100001").orElseThrow().id();
        senco = new SignedInUser(9001, "senco", "Sam Patel", Role.SENCO, brookfield, null, true, true);
        assessmentId = SencoDrafts.start(mvc, senco, SencoDrafts.newPupil(pupils, brookfield, "779"));
    }

    private MockHttpServletRequestBuilder save(String... pairs) {
        long version = jdbc.queryForObject("select version from assessment where id = ?", Long.class, assessmentId);
        MockHttpServletRequestBuilder request = post("/assessments/" + assessmentId + "/areas/CL").with(user(senco))
                .with(csrf()).param("version", Long.toString(version));
        for (int i = 0; i < pairs.length; i += 2) {
            request.param(pairs[i], pairs[i + 1]);
        }
        return request;
    }

    private int answers() {
        return jdbc.queryForObject("select count(*) from assessment_answer where assessment_id = ?", Integer.class,
                assessmentId);
    }

    @Test
    void evidence_over_4000_characters_comes_back_with_the_error_and_the_text() throws Exception {
        String evidence = "Reads slowly. ".repeat(300);
        Document page = Pages.parse(mvc.perform(save("CL1", "3", "CL1-evidence", evidence, "CL2", "2"))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#CL1-evidence");
        assertThat(page.getElementById("CL1-evidence-error").text()).contains("4000");
        assertThat(page.getElementById("CL1-evidence").text()).isEqualTo(evidence.strip());
        assertThat(page.getElementById("CL1-3").hasAttr("checked")).isTrue();
        assertThat(answers()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "99999999999", "-1", "99"})
    void a_level_that_is_not_one_of_the_choices_comes_back_with_the_error_and_the_evidence(String level)
            throws Exception {
        Document page = Pages.parse(mvc.perform(save("CL1", level, "CL1-evidence", "Typed with care", "CL2", "2"))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#CL1");
        assertThat(page.getElementById("CL1-error").text()).isNotBlank();
        assertThat(page.getElementById("CL1-evidence").text()).isEqualTo("Typed with care");
        assertThat(answers()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\u001b[31m"})
    void evidence_with_control_characters_is_refused_with_a_message(String bad) throws Exception {
        Document page = Pages.parse(mvc.perform(save("CL1", "3", "CL1-evidence", "Before" + bad + "after"))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#CL1-evidence");
        assertThat(page.getElementById("CL1-evidence-error").text()).contains("control characters");
        assertThat(answers()).isZero();
    }

    @Test
    void the_evidence_box_has_a_maxlength_and_a_character_count() throws Exception {
        Document page = Pages.parse(mvc.perform(get("/assessments/" + assessmentId + "/areas/CL").with(user(senco)))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.getElementById("CL1-evidence").attr("maxlength")).isEqualTo("4000");
        assertThat(page.getElementById("CL1-evidence-group").attr("data-maxlength")).isEqualTo("4000");
    }
}
