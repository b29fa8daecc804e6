package uk.openband.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The largest request body OpenBand reads, set once ({@code openband.limits.*}) and checked before anything
 * else (sessions, security, parsing) runs: {@code max-body-size} (1 MB) for every form and API request, and a
 * larger size only on the upload addresses listed in {@code uploads}. A body declared larger (Content-Length)
 * is answered 413 at once, before it is read; a body sent in chunks is counted as it is read and stops at the
 * limit (413 as well). Multipart bodies go only to the upload addresses (415 elsewhere). Tomcat's own
 * form, swallow and multipart limits in application.properties back this up.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestLimits.Settings.class)
class RequestLimits {

    /** {@code openband.limits}: the default body size and the upload addresses with theirs. */
    @ConfigurationProperties("openband.limits")
    record Settings(DataSize maxBodySize, Map<String, DataSize> uploads) {

        Settings {
            maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(1) : maxBodySize;
            uploads = uploads == null ? Map.of() : new LinkedHashMap<>(uploads);
        }

        /** The largest body {@code path} accepts. */
        long limitFor(String path) {
            DataSize upload = uploads.get(path);
            return upload == null ? maxBodySize.toBytes() : upload.toBytes();
        }

        boolean isUpload(String path) {
            return uploads.containsKey(path);
        }
    }

    /** Thrown when reading goes past the limit; what reads the body answers 413 (see {@link #isTooLarge}). */
    static final class BodyTooLarge extends IOException {

        BodyTooLarge(long limit) {
            super("The request body is larger than " + limit + " bytes");
        }
    }

    /** True when {@code e}, or what caused it, is a body read past its limit. */
    static boolean isTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLarge) {
                return true;
            }
        }
        return false;
    }

    @Bean
    FilterRegistrationBean<Filter> requestBodyLimit(Settings settings) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter(settings));
        // Before the session, security and everything else: a request too large costs nothing more.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        private final Settings settings;

        Filter(Settings settings) {
            this.settings = settings;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            long limit = settings.limitFor(path);
            String contentType = request.getContentType();
            if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
                    && !settings.isUpload(path)) {
                response.sendError(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
                return;
            }
            if (request.getContentLengthLong() > limit) {
                response.setHeader("Connection", "close");
                response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
                return;
            }
            CountedRequest counted = new CountedRequest(request, limit);
            try {
                chain.doFilter(counted, response);
            } catch (ServletException | IOException | RuntimeException e) {
                if (isTooLarge(e) && !response.isCommitted()) {
                    response.resetBuffer();
                    response.setHeader("Connection", "close");
                    response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
                    return;
                }
                throw e;
            }
        }
    }

    /** The request with its body counted as it is read; past the limit, reading throws {@link BodyTooLarge}. */
    static final class CountedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;
        private BufferedReader reader;

        CountedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountedStream(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
                reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
            }
            return reader;
        }
    }

    static final class CountedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long count;

        CountedStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        private void add(long n) throws BodyTooLarge {
            if (n > 0) {
                count += n;
                if (count > limit) {
                    throw new BodyTooLarge(limit);
                }
            }
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            add(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            add(n);
            return n;
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
