package uk.openband.notify.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class NotifyConfiguration {

    @Bean
    MailTemplates mailTemplates(MessageSource messages) {
        return new MailTemplates(messages);
    }

    /** With e-mail on, a mail server is required: starting without one would lose every notification silently. */
    @Bean
    MailOutbox mailOutbox(MailSettings settings, ObjectProvider<JavaMailSender> sender,
            PlatformTransactionManager transactions, ApplicationEventPublisher events) {
        JavaMailSender mail = sender.getIfAvailable();
        if (settings.enabled() && mail == null) {
            throw new IllegalStateException("openband.mail.enabled is true but no mail server is set: set "
                    + "SPRING_MAIL_HOST (and SPRING_MAIL_PORT, SPRING_MAIL_USERNAME, SPRING_MAIL_PASSWORD), "
                    + "or OPENBAND_MAIL_ENABLED=false");
        }
        return new MailOutbox(mail, settings.from(), transactions, events);
    }
}
