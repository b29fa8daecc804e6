package uk.openband.notify.internal;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import uk.openband.notify.NotificationKind;

/**
 * Renders a notification: the subject from {@code mail.subject.<KIND>} in messages.properties (its only argument
 * is the case reference, so no subject can carry a child's name), the body from the Thymeleaf TEXT template
 * {@code templates/mail/<template>.txt}.
 */
public class MailTemplates {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final MessageSource messages;

    public MailTemplates(MessageSource messages) {
        this.messages = messages;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
    }

    public RenderedMail render(NotificationKind kind, String reference, Map<String, Object> variables) {
        String subject = messages.getMessage("mail.subject." + kind.name(), new Object[] {reference}, Locale.UK);
        String body = engine.process(kind.template(), new Context(Locale.UK, variables));
        return new RenderedMail(subject, body);
    }
}
