package uk.openband.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;

/** How the mail settings start up: off needs nothing, on needs a mail server, bad values are named. */
class NotifyConfigurationTest {

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(NotifyConfiguration.class)
            .withBean("messageSource", StaticMessageSource.class)
            .withBean(PlatformTransactionManager.class, () -> mock(PlatformTransactionManager.class));

    @Test
    void mail_off_starts_without_a_mail_server() {
        runner.withPropertyValues("openband.mail.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(MailOutbox.class));
    }

    @Test
    void mail_on_without_a_mail_server_refuses_to_start_saying_what_to_set() {
        runner.withPropertyValues("openband.mail.enabled=true").run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause().hasMessageContaining("openband.mail.enabled is true but no mail server is set")
                .hasMessageContaining("SPRING_MAIL_HOST"));
    }

    @Test
    void mail_on_with_a_mail_server_starts() {
        runner.withPropertyValues("openband.mail.enabled=true")
                .withBean(JavaMailSender.class, JavaMailSenderImpl::new)
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(MailOutbox.class));
    }

    @Test
    void a_sender_address_that_is_not_an_address_is_named() {
        runner.withPropertyValues("openband.mail.from=OpenBand").run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause().hasMessage("openband.mail.from must be an e-mail address, not \"OpenBand\""));
    }
}
