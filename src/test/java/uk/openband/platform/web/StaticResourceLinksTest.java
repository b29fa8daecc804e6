package uk.openband.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.testsupport.Pages;
import uk.openband.testsupport.WebTest;

/**
 * Links to static files carry their version (a content hash for the app's own stylesheet and scripts, the
 * webjar's version for GOV.UK Frontend), and are looked up in the resource resolvers once per process; no other
 * link on a page (a case, a filter, a page number) goes through the resolvers at all.
 */
@WebTest
class StaticResourceLinksTest {

    static final SignedInUser OFFICER = new SignedInUser(9300, "officer", "Alex Reed", Role.CASE_OFFICER, null, null,
            true, true);

    @Autowired MockMvc mvc;
    @Autowired ResourceUrlProvider mvcResourceUrlProvider;

    @Test
    void static_links_carry_their_version_and_are_served() throws Exception {
        Document page = page(get("/tariffs"));
        String css = page.select("link[rel=stylesheet]").eachAttr("href").stream()
                .filter(h -> h.contains("openband")).findFirst().orElseThrow();
        assertThat(css).matches("/css/openband-[0-9a-f]{32}\\.css");
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href"))
                .anyMatch(h -> h.matches("/webjars/govuk-frontend/\\d+\\.\\d+\\.\\d+/dist/govuk/govuk-frontend\\.min\\.css"));
        assertThat(page.select("script[src]").eachAttr("src"))
                .anyMatch(s -> s.matches("/js/init-[0-9a-f]{32}\\.js"))
                .anyMatch(s -> s.matches("/js/js-enabled-[0-9a-f]{32}\\.js"));
        String body = mvc.perform(get(css)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains(".govuk");
        String webjar = page.select("link[rel=stylesheet]").eachAttr("href").stream()
                .filter(h -> h.startsWith("/webjars/")).findFirst().orElseThrow();
        mvc.perform(get(webjar)).andExpect(status().isOk());
        // The unversioned addresses still work (the scripts import one another by them).
        mvc.perform(get("/js/conditional-radios.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js")).andExpect(status().isOk());
        // Nothing else is served as a static file.
        mvc.perform(get("/application.properties")).andExpect(status().isNotFound());
    }

    @Test
    void only_static_links_reach_the_resolvers_and_each_only_once() throws Exception {
        List<String> looked = Collections.synchronizedList(new ArrayList<>());
        List<List<ResourceResolver>> chains = new ArrayList<>();
        mvcResourceUrlProvider.getHandlerMap().forEach((pattern, handler) -> {
            List<ResourceResolver> resolvers = handler.getResourceResolvers();
            resolvers.add(0, new Counting(pattern, looked));
            chains.add(resolvers);
        });
        assertThat(chains).as("static file handlers").isNotEmpty();
        try {
            for (int i = 0; i < 3; i++) {
                looked.clear();
                Document queue = page(get("/cases").with(user(OFFICER)));
                page(get("/tariffs"));
                page(get("/calculator"));
                assertThat(queue.select("a[href^=/cases]")).as("links to cases and filters").isNotEmpty();
                assertThat(looked).as("paths looked up in render %d", i + 1)
                        .allMatch(p -> StaticResourceLinks.PREFIXES.stream().anyMatch(p::startsWith));
                if (i > 0) {
                    assertThat(looked).as("lookups after the first render").isEmpty();
                }
            }
        } finally {
            chains.forEach(resolvers -> resolvers.removeIf(Counting.class::isInstance));
        }
    }

    @Test
    void a_link_outside_the_static_prefixes_is_passed_on_untouched() {
        StaticResourceLinks links = new StaticResourceLinks(mvcResourceUrlProvider);
        assertThat(links.link("", "/cases/123?x=1")).isEqualTo("/cases/123?x=1");
        assertThat(links.link("", "/css/openband.css?x=1#top")).matches("/css/openband-[0-9a-f]{32}\\.css\\?x=1#top");
        assertThat(links.link("", "/css/no-such-file.css")).isEqualTo("/css/no-such-file.css");
        assertThat(links.link("/app", "/app/js/init.js")).matches("/app/js/init-[0-9a-f]{32}\\.js");
        assertThat(links.link("/app", "/js/init.js")).isEqualTo("/js/init.js");
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        Document page = Pages.parse(mvc.perform(request).andExpect(status().isOk()).andReturn());
        for (Element e : page.select("[href], [src]")) {
            assertThat(e.attr("href") + e.attr("src")).doesNotContain("jsessionid");
        }
        return page;
    }

    /** Notes the handler's pattern and the path of each link the resolvers are asked about. */
    private record Counting(String pattern, List<String> looked) implements ResourceResolver {

        @Override
        public Resource resolveResource(HttpServletRequest request, String requestPath, List<? extends Resource> locations,
                ResourceResolverChain chain) {
            return chain.resolveResource(request, requestPath, locations);
        }

        @Override
        public String resolveUrlPath(String resourcePath, List<? extends Resource> locations, ResourceResolverChain chain) {
            looked.add(pattern.replace("**", "") + resourcePath);
            return chain.resolveUrlPath(resourcePath, locations);
        }
    }
}
