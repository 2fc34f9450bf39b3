package dev.newswatch.app.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.newswatch.core.config.AlertsSettings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The warning at start when unsubscribe links are signed with a key that does not survive a restart. */
class UnsubscribeSecretWarningTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(AlertsWiring.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void capture() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void release() {
        logger.detachAppender(logged);
    }

    @Test
    void shouldWarnThatSentLinksBreakOnRestartWhenTheSecretIsNotPersistent() {
        // Given the endpoint on, a public URL and no secret
        AlertsSettings settings = settings(8088, "https://alerts.example.com", null);

        // When
        AlertsWiring.unsubscribeLinks(settings);

        // Then one warning names the key to set and what breaks
        List<ILoggingEvent> warnings = warnings();
        assertEquals(1, warnings.size(), warnings.toString());
        String message = warnings.get(0).getFormattedMessage();
        assertTrue(message.contains("alerts.unsubscribe-secret-env") && message.contains("restarts"), message);
    }

    @Test
    void shouldNotWarnWithAPersistentSecretOrWhenNoLinkIsEverServed() {
        // A persistent secret: links keep working, and two processes sign alike
        var first = AlertsWiring.unsubscribeLinks(settings(8088, "https://alerts.example.com", "a-long-random-key"));
        var second = AlertsWiring.unsubscribeLinks(settings(8088, "https://alerts.example.com", "a-long-random-key"));
        assertEquals(first.token("analyst"), second.token("analyst"));
        // The endpoint off and no public URL: no link is ever sent or served
        AlertsWiring.unsubscribeLinks(settings(-1, null, null));

        assertEquals(List.of(), warnings());
    }

    private List<ILoggingEvent> warnings() {
        return logged.list.stream().filter(e -> e.getLevel() == Level.WARN).toList();
    }

    private static AlertsSettings settings(int port, String publicBaseUrl, String secret) {
        AlertsSettings d = AlertsSettings.defaults(Path.of("config"));
        return new AlertsSettings(d.subscriptionsFile(), d.defaultMinAmountUsd(), d.webhookTimeout(), d.retryHorizon(),
                d.smtp(), port, publicBaseUrl, secret);
    }
}
