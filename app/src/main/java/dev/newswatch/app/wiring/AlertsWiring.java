package dev.newswatch.app.wiring;

import dev.newswatch.alerts.AlertService;
import dev.newswatch.core.rule.KeywordForms;
import dev.newswatch.alerts.Channels;
import dev.newswatch.alerts.FailureInjector;
import dev.newswatch.alerts.SubscriptionRegistry;
import dev.newswatch.alerts.UnsubscribeLinks;
import dev.newswatch.alerts.UnsubscribeServer;
import dev.newswatch.alerts.channel.RetrySchedule;
import dev.newswatch.alerts.chat.ChatSender;
import dev.newswatch.alerts.mail.SmtpMailer;
import dev.newswatch.alerts.mail.SmtpSettings;
import dev.newswatch.alerts.webhook.HttpWebhookSender;
import dev.newswatch.core.config.AlertsSettings;
import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.metrics.PipelineMetrics;
import dev.newswatch.core.model.Subscription;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the alerts stage's objects from configuration. */
public final class AlertsWiring {

    private static final Logger LOG = LoggerFactory.getLogger(AlertsWiring.class);

    private AlertsWiring() {
    }

    public static List<Subscription> subscriptions(AlertsSettings s) {
        return ConfigLoader.subscriptions(ConfigLoader.read(s.subscriptionsFile(), false));
    }

    public static SmtpSettings smtp(AlertsSettings.Smtp s) {
        return new SmtpSettings(s.host(), s.port(), s.from(), s.username(), s.password(),
                SmtpSettings.StartTls.valueOf(s.startTls().toUpperCase(Locale.ROOT)), s.ssl(), s.connectTimeout(),
                s.readTimeout(), s.writeTimeout());
    }

    /**
     * The signer of unsubscribe links, keyed by the configured secret; without one, by a random key made now, and a
     * warning says that links in sent mail will break on restart (unless the endpoint is off and no link is sent).
     */
    public static UnsubscribeLinks unsubscribeLinks(AlertsSettings s) {
        byte[] key;
        if (s.unsubscribeSecret() != null) {
            key = s.unsubscribeSecret().getBytes(StandardCharsets.UTF_8);
        } else {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
            if (s.httpPort() >= 0 || s.publicBaseUrl() != null) {
                LOG.warn("The unsubscribe secret is not persistent (alerts.unsubscribe-secret-env is not set, or names an"
                        + " unset variable), so unsubscribe links are signed with a random key made at start: the links in"
                        + " mail already sent stop working when Newswatch restarts. Set alerts.unsubscribe-secret-env to a"
                        + " variable holding a long random key.");
            }
        }
        return new UnsubscribeLinks(key, s.publicBaseUrl(), s.smtp().from());
    }

    /** Seeds subscriptions, starts the unsubscribe endpoint and the alerter; returns what to close, last first. */
    public static List<AutoCloseable> start(NewswatchConfig config, KafkaClients clients, String instanceId, Clock clock,
                                            PrintStream console) {
        return start(config, clients, instanceId, clock, console, PipelineMetrics.NONE);
    }

    /** As {@link #start(NewswatchConfig, KafkaClients, String, Clock, PrintStream)}, counting deliveries on {@code metrics}. */
    public static List<AutoCloseable> start(NewswatchConfig config, KafkaClients clients, String instanceId, Clock clock,
                                            PrintStream console, PipelineMetrics metrics) {
        AlertsSettings s = config.alerts();
        SubscriptionRegistry registry = new SubscriptionRegistry(config.topics(), clients);
        registry.seed(subscriptions(s));
        UnsubscribeLinks links = unsubscribeLinks(s);
        List<AutoCloseable> started = new ArrayList<>();
        if (s.httpPort() >= 0) {
            try {
                started.add(new UnsubscribeServer(s.httpPort(), links, registry::disable));
            } catch (IOException e) {
                throw new IllegalStateException("cannot listen on 127.0.0.1:" + s.httpPort() + " for unsubscribe requests ("
                        + e.getMessage() + "); set alerts.http-port to another port, or -1 to turn it off", e);
            }
        }
        HttpWebhookSender http = new HttpWebhookSender(HttpWebhookSender.newHttpClient(s.webhookTimeout()), clock,
                IngestWiring.networkPolicy(config), s.webhookTimeout(), HttpWebhookSender.DEFAULT_USER_AGENT);
        Channels channels = new Channels(http, new SmtpMailer(smtp(s.smtp()), clock), console, links, System::getenv,
                new ChatSender(http, System::getenv));
        RetrySchedule schedule = new RetrySchedule(new SplittableRandom(), RetrySchedule.DEFAULT_BASE,
                RetrySchedule.DEFAULT_FACTOR, RetrySchedule.DEFAULT_CAP, s.retryHorizon());
        started.add(new AlertService(config.topics(), clients, channels, schedule, s.defaultMinAmountUsd(), clock, instanceId)
                .metrics(metrics).failures(failureInjector())
                .keywordForms(KeywordForms.load(config.enrich().taxonomyFile())).start());
        return started;
    }

    /**
     * The failure injector a crash test put on the class path (a {@link ServiceLoader} provider of its test
     * sources), else {@link FailureInjector#NONE}: the shipped jar has none.
     */
    static FailureInjector failureInjector() {
        return ServiceLoader.load(FailureInjector.class).findFirst().orElse(FailureInjector.NONE);
    }
}
