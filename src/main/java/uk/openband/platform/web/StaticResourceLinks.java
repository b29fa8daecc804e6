package uk.openband.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Puts the version into the links a page makes to static files ({@code /css/openband.css} becomes
 * {@code /css/openband-<content hash>.css}, {@code /webjars/govuk-frontend/dist/…} gets the webjar's version),
 * replacing Spring's {@link ResourceUrlEncodingFilter}, which sends every link of every page (a case, a pupil,
 * a query string) through the resource resolvers, where a link that is not a file is looked for in the jars
 * again on each render. Here only links under the static prefixes are looked up, each once per process; any
 * other link is passed on untouched. (Extends Spring's filter so Spring Boot does not register its own.)
 */
class StaticResourceLinks extends ResourceUrlEncodingFilter {

    /** The prefixes static files are served under (see {@link WebConfiguration}). */
    public static final List<String> PREFIXES = List.of("/css/", "/js/", "/webjars/", "/assets/");

    /** Enough for every static link the templates make; a bound, so the map cannot grow without end. */
    private static final int MAX_LINKS = 1_000;

    private final ResourceUrlProvider resources;
    private final ConcurrentMap<String, String> links = new ConcurrentHashMap<>();

    StaticResourceLinks(ResourceUrlProvider resources) {
        this.resources = resources;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse httpResponse) {
            chain.doFilter(request, new Links(http.getContextPath(), httpResponse));
        } else {
            chain.doFilter(request, response);
        }
    }

    /** The link with its version, or the link itself when it is not under a static prefix or not a file. */
    String link(String contextPath, String url) {
        if (!isStatic(contextPath, url)) {
            return url;
        }
        String known = links.get(url);
        if (known != null) {
            return known;
        }
        if (resources.getHandlerMap().isEmpty()) {
            return url; // not ready yet (before the context has started): look again next time
        }
        int end = url.length();
        for (char c : new char[] {'?', '#'}) {
            int at = url.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String versioned = resources.getForLookupPath(url.substring(contextPath.length(), end));
        String result = versioned == null ? url : contextPath + versioned + url.substring(end);
        if (links.size() < MAX_LINKS) {
            links.putIfAbsent(url, result);
        }
        return result;
    }

    static boolean isStatic(String contextPath, String url) {
        if (!url.startsWith(contextPath)) {
            return false;
        }
        for (String prefix : PREFIXES) {
            if (url.startsWith(prefix, contextPath.length())) {
                return true;
            }
        }
        return false;
    }

    private final class Links extends HttpServletResponseWrapper {

        private final String contextPath;

        Links(String contextPath, HttpServletResponse response) {
            super(response);
            this.contextPath = contextPath;
        }

        @Override
        public String encodeURL(String url) {
            return super.encodeURL(link(contextPath, url));
        }
    }
}
