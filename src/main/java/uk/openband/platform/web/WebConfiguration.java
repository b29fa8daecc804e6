package uk.openband.platform.web;

import jakarta.servlet.DispatcherType;
import java.time.Duration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import org.webjars.WebJarVersionLocator;

/**
 * Static files, served only under their own prefixes (Spring Boot's catch-all {@code /**} mapping is off,
 * {@code spring.web.resources.add-mappings=false}): the app's stylesheets and scripts ({@code /css/**},
 * {@code /js/**}, linked with a content hash in the name), GOV.UK Frontend from its webjar
 * ({@code /webjars/**}, linked with the webjar's version), and GOV.UK Frontend's fonts and images where its
 * stylesheet asks for them ({@code /assets/**}). Links in pages are rewritten by {@link StaticResourceLinks}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String version = new WebJarVersionLocator().version("govuk-frontend");
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/" + version
                        + "/dist/govuk/assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic());
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true);
        for (String folder : new String[] {"css", "js"}) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
    }

    /** In place of Spring Boot's {@link ResourceUrlEncodingFilter} (declared as one, so Boot's backs off). */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> staticResourceLinks(ResourceUrlProvider mvcResourceUrlProvider) {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
                new StaticResourceLinks(mvcResourceUrlProvider));
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }
}
