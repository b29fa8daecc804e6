package uk.openband.notify.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code openband.mail.*}: whether notifications are e-mailed (the SMTP server itself is {@code spring.mail.*}),
 * the sender address and the address of OpenBand that e-mails point people to.
 */
@ConfigurationProperties("openband.mail")
public record MailSettings(@DefaultValue("false") boolean enabled, @DefaultValue("openband@localhost") String from,
        @DefaultValue("http://localhost:8080") String serviceUrl) {

    public MailSettings {
        if (from == null || !from.contains("@")) {
            throw new IllegalArgumentException("openband.mail.from must be an e-mail address, not \"" + from + "\"");
        }
        if (serviceUrl == null || !serviceUrl.matches("https?://\\S+")) {
            throw new IllegalArgumentException("openband.mail.service-url must be an http or https address, not \""
                    + serviceUrl + "\"");
        }
    }
}
