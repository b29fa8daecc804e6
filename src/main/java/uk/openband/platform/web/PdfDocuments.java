package uk.openband.platform.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders a page's content (its {@code content} fragment, the same one the HTML print view shows)
 * into a PDF: Thymeleaf writes the HTML through a wrapper template (which links the print
 * stylesheet, relative to {@code static/}, and includes {@code contentTemplate :: content}),
 * jsoup turns it into a DOM, openhtmltopdf lays it out. Panel papers and decision notices use it.
 */
@Component
public class PdfDocuments {

    private final ITemplateEngine templates;
    private final ApplicationContext context;
    private final ConversionService conversions;

    public PdfDocuments(ITemplateEngine templates, ApplicationContext context, ConversionService mvcConversionService) {
        this.templates = templates;
        this.context = context;
        this.conversions = mvcConversionService;
    }

    /** A panel paper: the wrapper {@code panels/pdf}. */
    public byte[] render(String contentTemplate, String title, Map<String, Object> model, HttpServletRequest request,
            HttpServletResponse response, Locale locale) {
        return render("panels/pdf", contentTemplate, title, model, request, response, locale);
    }

    public byte[] render(String wrapperTemplate, String contentTemplate, String title, Map<String, Object> model,
            HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("contentTemplate", contentTemplate);
        variables.put("pdfTitle", title);
        variables.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, conversions));
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response);
        String html = templates.process(wrapperTemplate, new WebContext(exchange, locale, variables));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)),
                    new ClassPathResource("static/").getURL().toExternalForm());
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
