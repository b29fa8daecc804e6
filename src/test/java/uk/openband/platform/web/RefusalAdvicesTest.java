package uk.openband.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.openband.platform.Conflict;
import uk.openband.platform.NotFound;
import uk.openband.platform.Refused;

/** The page advice and the API advice answer NotFound, Refused and Conflict, with messages from the MessageSource. */
class RefusalAdvicesTest {

    private final StaticMessageSource messages = messages();
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Pages(), new Api())
            .setControllerAdvice(new ApiProblems(messages), new RefusalPages(messages)).build();

    private static StaticMessageSource messages() {
        StaticMessageSource m = new StaticMessageSource();
        m.addMessage("test.notFound.thing", Locale.UK, "There is no thing {0}");
        m.addMessage("test.refused.name", Locale.UK, "Enter a name of {0} characters or fewer");
        m.addMessage("test.refused.colour", Locale.UK, "Choose a colour");
        m.addMessage("test.refused.state", Locale.UK, "You cannot paint a thing that is {0}");
        m.addMessage("test.conflict", Locale.UK, "Someone else changed thing {0}");
        m.addMessage("test.refused.forbidden", Locale.UK, "You cannot open thing {0} now");
        m.addMessage("test.refused.summary", Locale.UK, "{0} problems");
        return m;
    }

    @Controller
    static class Pages {
        @GetMapping("/things/{id}")
        String thing(@PathVariable long id) {
            throw new NotFound("test.notFound.thing", id);
        }

        @GetMapping("/things/refused")
        String refused() {
            throw new Refused(List.of(new Refused.Problem("name", "test.refused.name", 1000),
                    new Refused.Problem("colour", "test.refused.colour")));
        }

        @GetMapping("/things/state")
        String state() {
            throw Refused.state("state", "test.refused.state", "dry");
        }

        @GetMapping("/things/conflict")
        String conflict() {
            throw new Conflict("test.conflict", 7);
        }
    }

    @RestController
    static class Api {
        @GetMapping("/api/v1/things/{id}")
        String thing(@PathVariable long id) {
            throw new NotFound("test.notFound.thing", id);
        }

        @GetMapping("/api/v1/things/refused")
        String refused() {
            return new Pages().refused();
        }

        @GetMapping("/api/v1/things/state")
        String state() {
            return new Pages().state();
        }

        @GetMapping("/api/v1/things/conflict")
        String conflict() {
            throw new Conflict("test.conflict", 7);
        }

        @GetMapping("/api/v1/things/forbidden")
        String forbidden() {
            throw Refused.forbidden("thing", "test.refused.forbidden", 8);
        }

        @GetMapping("/api/v1/things/summarised")
        String summarised() {
            throw new Refused(List.of(new Refused.Problem("name", "test.refused.name", 1000),
                    new Refused.Problem("colour", "test.refused.colour"))).withDetail("test.refused.summary", 2);
        }
    }

    @Test
    void pageNotFoundIsTheOrdinary404() throws Exception {
        mvc.perform(get("/things/12345").locale(Locale.UK)).andExpect(status().isNotFound());
    }

    @Test
    void pageRefusalShowsAnErrorSummaryOfTheMessages() throws Exception {
        var result = mvc.perform(get("/things/refused").locale(Locale.UK))
                .andExpect(status().isBadRequest()).andExpect(view().name("error/4xx"))
                .andReturn();
        ErrorSummary summary = (ErrorSummary) result.getModelAndView().getModel().get("errorSummary");
        assertThat(summary.entries()).extracting(ErrorSummary.Entry::message)
                .containsExactly("Enter a name of 1000 characters or fewer", "Choose a colour");
        mvc.perform(get("/things/state").locale(Locale.UK)).andExpect(status().isConflict());
    }

    @Test
    void pageConflictSaysSomeoneElseChangedIt() throws Exception {
        mvc.perform(get("/things/conflict").locale(Locale.UK)).andExpect(status().isConflict())
                .andExpect(model().attribute("errorSummary", ErrorSummary.of("main-content", "Someone else changed thing 7")));
    }

    @Test
    void apiAnswersProblemJson() throws Exception {
        mvc.perform(get("/api/v1/things/12345").locale(Locale.UK)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Not Found"))
                .andExpect(jsonPath("$.detail").value("There is no thing 12345"));
        mvc.perform(get("/api/v1/things/refused").locale(Locale.UK)).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("Enter a name of 1000 characters or fewer"))
                .andExpect(jsonPath("$.errors[1].field").value("colour"))
                .andExpect(jsonPath("$.errors[1].message").value("Choose a colour"));
        mvc.perform(get("/api/v1/things/state").locale(Locale.UK)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("state"))
                .andExpect(jsonPath("$.detail").value("You cannot paint a thing that is dry"));
        mvc.perform(get("/api/v1/things/conflict").locale(Locale.UK)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Conflict"))
                .andExpect(jsonPath("$.detail").value("Someone else changed thing 7"));
        mvc.perform(get("/api/v1/things/forbidden").locale(Locale.UK)).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("thing"))
                .andExpect(jsonPath("$.detail").value("You cannot open thing 8 now"));
        mvc.perform(get("/api/v1/things/summarised").locale(Locale.UK)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("2 problems"))
                .andExpect(jsonPath("$.errors.length()").value(2));
    }

    @Test
    void aFormGetsEachProblemOnItsFieldOrAsAGlobalError() {
        record Form(String name, String colour) {
        }
        var result = new BeanPropertyBindingResult(new Form("x", "y"), "form");
        Refusals.reject(result, List.of("name"), new Refused(List.of(new Refused.Problem("name", "test.refused.name", 5),
                new Refused.Problem("colour", "test.refused.colour"))));
        assertThat(messages.getMessage(result.getFieldError("name"), Locale.UK))
                .isEqualTo("Enter a name of 5 characters or fewer");
        assertThat(messages.getMessage(result.getGlobalError(), Locale.UK)).isEqualTo("Choose a colour");
    }
}
