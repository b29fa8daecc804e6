package uk.openband.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import uk.openband.identity.internal.AccessRules;
import uk.openband.testsupport.RequestMappings;
import uk.openband.testsupport.WebTest;

@WebTest
class AccessRulesTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    /** Every request mapping in the application (pages, API, actuator, API docs) has an explicit rule. */
    @Test
    void everyRequestMappingHasAnExplicitRule() {
        List<String> unruled = new ArrayList<>();
        int checked = 0;
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, ?> entry : mapping.getHandlerMethods().entrySet()) {
                RequestMappingInfo info = entry.getKey();
                Set<String> patterns = info.getPatternValues();
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : patterns) {
                    for (String path : RequestMappings.samplePaths(pattern)) {
                        for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods) {
                            MockHttpServletRequest request = new MockHttpServletRequest(method.name(), path);
                            request.setServletPath(path);
                            checked++;
                            if (AccessRules.RULES.stream().noneMatch(r -> r.matcher().matches(request))) {
                                unruled.add(method + " " + path + " (" + entry.getValue() + ")");
                            }
                        }
                    }
                }
            }
        }
        assertThat(checked).as("mappings checked").isGreaterThan(10);
        assertThat(unruled).as("request mappings without an access rule").isEmpty();
    }

    @Test
    void aRuleListIsNotACatchAll() {
        assertThat(AccessRules.RULES).noneMatch(r -> r.pattern().equals("/**"));
    }

    @Test
    void senco_cannot_open_admin_pages() throws Exception {
        mvc.perform(get("/admin/users").with(user(senco()))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/new").with(user(senco()))).andExpect(status().isForbidden());
        mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 403)
                        .requestAttr("jakarta.servlet.error.request_uri", "/admin/users"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("You do not have access to this page")));
    }

    @Test
    void admin_can_open_admin_pages() throws Exception {
        mvc.perform(get("/admin/users").with(user(admin()))).andExpect(status().isOk());
    }

    @Test
    void anonymous_is_sent_to_sign_in_for_a_protected_page() throws Exception {
        mvc.perform(get("/admin/users"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/sign-in")));
    }

    @Test
    void api_me_without_credentials_is_401_problem_json() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").exists())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")));
    }

    @Test
    void api_me_with_wrong_password_is_401_problem_json() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("finance", "wrong-password")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void api_me_answers_who_the_caller_is() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("officer", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("officer"))
                .andExpect(jsonPath("$.roles[0]").value("CASE_OFFICER"));
    }

    @Test
    void api_is_stateless_and_sets_no_session_cookie() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("officer", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void api_docs_need_a_signed_in_user() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isFound());
        mvc.perform(get("/v3/api-docs").with(user(senco()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/me']").exists());
    }

    @Test
    void health_is_public_and_other_actuator_endpoints_need_admin() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/metrics").with(user(senco()))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").with(user(admin()))).andExpect(status().isOk());
    }

    @Test
    void an_address_nothing_serves_is_not_found_not_forbidden() throws Exception {
        mvc.perform(get("/no-such-page").with(user(senco()))).andExpect(status().isNotFound());
        mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 404)
                        .requestAttr("jakarta.servlet.error.request_uri", "/no-such-page"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Page not found")));
        mvc.perform(get("/api/v1/no-such-thing").with(httpBasic("officer", "demo"))).andExpect(status().isNotFound());
        mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 404)
                        .requestAttr("jakarta.servlet.error.request_uri", "/api/v1/no-such-thing"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.instance").value("/api/v1/no-such-thing"));
    }

    @Test
    void pages_send_a_content_security_policy_without_inline_script() throws Exception {
        mvc.perform(get("/sign-in"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("unsafe-inline"))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    static SignedInUser senco() {
        return new SignedInUser(999_001, "senco-test", "Test SENCO", Role.SENCO, 1L, null, true, true);
    }

    static SignedInUser admin() {
        return new SignedInUser(999_002, "admin-test", "Test Admin", Role.ADMIN, null, null, true, true);
    }
}
