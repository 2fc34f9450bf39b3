package dev.newswatch.alerts.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SmtpSettingsTest {

    private static final String FROM = "Newswatch <alerts@newswatch.example.test>";

    @Test
    void shouldRequireStartTlsAndTenSecondTimeoutsByDefault() {
        SmtpSettings settings = SmtpSettings.of("smtp.example.test", 587, FROM);

        assertEquals(SmtpSettings.StartTls.REQUIRED, settings.startTls());
        assertEquals(Duration.ofSeconds(10), settings.connectTimeout());
        assertEquals(Duration.ofSeconds(10), settings.readTimeout());
        assertEquals(Duration.ofSeconds(10), settings.writeTimeout());
    }

    @Test
    void shouldSetTimeoutsAndRequireStartTlsInTheSessionProperties() {
        Properties props = SmtpSettings.of("smtp.example.test", 587, FROM).sessionProperties();

        assertEquals("10000", props.getProperty("mail.smtp.connectiontimeout"));
        assertEquals("10000", props.getProperty("mail.smtp.timeout"));
        assertEquals("10000", props.getProperty("mail.smtp.writetimeout"));
        assertEquals("true", props.getProperty("mail.smtp.starttls.enable"));
        assertEquals("true", props.getProperty("mail.smtp.starttls.required"));
        assertEquals("false", props.getProperty("mail.smtp.auth"));
    }

    @Test
    void shouldUseSmtpsPropertiesWithImplicitTls() {
        Properties props = SmtpSettings.of("smtp.example.test", 465, FROM).withSsl(true)
                .withCredentials("user", "pw").sessionProperties();

        assertEquals("smtps", props.getProperty("mail.transport.protocol"));
        assertEquals("10000", props.getProperty("mail.smtps.timeout"));
        assertEquals("true", props.getProperty("mail.smtps.auth"));
        assertEquals("true", props.getProperty("mail.smtps.ssl.checkserveridentity"));
        assertNull(props.getProperty("mail.smtps.starttls.required"));
    }

    @Test
    void shouldNotRequireStartTlsWhenOptional() {
        Properties props = SmtpSettings.of("smtp.example.test", 587, FROM)
                .withStartTls(SmtpSettings.StartTls.OPTIONAL).sessionProperties();

        assertEquals("true", props.getProperty("mail.smtp.starttls.enable"));
        assertEquals("false", props.getProperty("mail.smtp.starttls.required"));
    }

    @Test
    void shouldNeverShowThePasswordInToStringOrProperties() {
        SmtpSettings settings = SmtpSettings.of("smtp.example.test", 587, FROM).withCredentials("user", "s3cr3t-pw");

        assertFalse(settings.toString().contains("s3cr3t-pw"), settings.toString());
        assertFalse(settings.sessionProperties().toString().contains("s3cr3t-pw"));
    }

    @Test
    void shouldRejectABlankHost() {
        assertThrows(IllegalArgumentException.class, () -> SmtpSettings.of(" ", 587, FROM));
    }

    @Test
    void shouldRejectAHostWithALineBreak() {
        assertThrows(IllegalArgumentException.class, () -> SmtpSettings.of("smtp.example.test\r\nX", 587, FROM));
    }

    @Test
    void shouldRejectAPortOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> SmtpSettings.of("smtp.example.test", 0, FROM));
        assertThrows(IllegalArgumentException.class, () -> SmtpSettings.of("smtp.example.test", 65536, FROM));
    }

    @Test
    void shouldRejectAnInvalidFromAddress() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SmtpSettings.of("smtp.example.test", 587, "not an address"));

        assertTrue(e.getMessage().contains("smtp.from"), e.getMessage());
    }

    @Test
    void shouldRejectAPasswordWithoutAUsername() {
        assertThrows(IllegalArgumentException.class,
                () -> SmtpSettings.of("smtp.example.test", 587, FROM).withCredentials(null, "pw"));
    }

    @Test
    void shouldRejectAUsernameWithoutAPassword() {
        assertThrows(IllegalArgumentException.class,
                () -> SmtpSettings.of("smtp.example.test", 587, FROM).withCredentials("user", null));
    }

    @Test
    void shouldRejectANonPositiveTimeout() {
        assertThrows(IllegalArgumentException.class,
                () -> SmtpSettings.of("smtp.example.test", 587, FROM).withTimeouts(Duration.ZERO));
        assertThrows(IllegalArgumentException.class,
                () -> SmtpSettings.of("smtp.example.test", 587, FROM).withTimeouts(Duration.ofSeconds(-1)));
    }
}
