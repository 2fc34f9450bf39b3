package dev.newswatch.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.newswatch.alerts.DeliveryRules;
import dev.newswatch.alerts.channel.DeliveryIds;
import dev.newswatch.app.wiring.Pipeline;
import dev.newswatch.app.wiring.Stage;
import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Delivery;
import dev.newswatch.core.topic.Topics;
import dev.newswatch.testkit.Await;
import dev.newswatch.testkit.KafkaClusterExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivery faults of the alerts stage that need no broker fault, on the real embedded broker: an SMTP server (a
 * raw socket on 127.0.0.1) that loses its reply after the final dot, and a burst of 1,000 alerts for one capped
 * subscription, mailed through GreenMail. The oracle is what the receiving server got, compared with what went in.
 */
@Tag("integration")
class AlertsFaultsIT {

    private static final Logger LOG = LoggerFactory.getLogger(AlertsFaultsIT.class);

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.createCopy("127.0.0.1").dynamicPort());

    @RegisterExtension
    static final KafkaClusterExtension KAFKA = EmbeddedKafka.singleBroker();

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int BURST = 1000;
    private static final int CAP = 20;
    private static final Pattern BURST_TARGET = Pattern.compile("Burst Target (\\d{4})");

    @Test
    void shouldResendAMailWhoseReplyWasLostOnceWithTheSameMessageIdAndCountItAmbiguous(@TempDir Path dir)
            throws Exception {
        // Given an email subscription on an SMTP server that reads the first mail whole and then closes the
        // connection without a reply, the alerts stage with its ops endpoint, and a clock the test can move on
        try (LossySmtpServer smtp = new LossySmtpServer(1)) {
            NewswatchConfig config = load(dir, "lossy.", smtp.port(),
                    "  - {id: reader, channel: email, to: reader@reader.example.test}\n");
            Topics topics = config.topics();
            AlertsTestClock clock = new AlertsTestClock();
            Alert alert = AlertsFixtures.alert("lossy-1", "Nvidia", "Mistral AI", new BigDecimal("2000000000"));
            String deliveryId = DeliveryIds.forAlert(alert.alertId(), "reader");
            try (Pipeline pipeline = Pipeline.start(config, EnumSet.of(Stage.ALERTS), false, "lossy", clock)) {
                AlertsFixtures.awaitLeaders(KAFKA.bootstrapServers(), topics);

                // When one alert arrives, and once the lost reply is recorded the clock passes the first retry delay
                // (at most 30 s, with jitter: the retry may also have come by itself already)
                AlertsFixtures.produce(KAFKA.bootstrapServers(), topics, List.of(alert));
                Delivery attempted = Await.value("the delivery marked ambiguous", () -> ledger(topics).get(deliveryId),
                        d -> d != null && d.attempts() >= 1, Duration.ofSeconds(60));
                if (Delivery.FAILED.equals(attempted.state())) {
                    assertTrue(attempted.lastError().startsWith(DeliveryRules.AMBIGUOUS), attempted.lastError());
                    clock.advance(Duration.ofSeconds(31));
                }

                // Then the retry is accepted: delivered on the second attempt
                Delivery delivered = Await.value("the delivery delivered", () -> ledger(topics).get(deliveryId),
                        d -> d != null && Delivery.DELIVERED.equals(d.state()), Duration.ofSeconds(60));
                assertEquals(2, delivered.attempts(), delivered.toString());
                // And the ambiguous attempt is counted once
                assertEquals("1.0", metric(pipeline, "newswatch_deliveries_ambiguous_total"));
            }
            // And the server read the mail twice, both copies with the same Message-ID; it answered the second
            List<LossySmtpServer.Received> received = smtp.received();
            assertEquals(List.of(false, true), received.stream().map(LossySmtpServer.Received::answered).toList());
            String messageId = "<" + deliveryId + "@newswatch>";
            assertEquals(List.of(messageId, messageId),
                    received.stream().map(LossySmtpServer.Received::messageId).toList());
        }
    }

    @Test
    void shouldHoldTheRateCapAndMailEachOfABurstOf1000DealsOnceAcrossSingleMailsAndDigests(@TempDir Path dir)
            throws Exception {
        // Given an email subscription capped at 20 mails a minute, mail through GreenMail, and a test clock
        NewswatchConfig config = load(dir, "burst.", MAIL.getSmtp().getPort(),
                "  - {id: burst, channel: email, to: analyst@desk.example.test, max-per-minute: " + CAP + "}\n");
        Topics topics = config.topics();
        AlertsTestClock clock = new AlertsTestClock();
        List<Alert> alerts = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            alerts.add(AlertsFixtures.alert(String.format("burst-%04d", i), "Sequoia",
                    String.format("Burst Target %04d", i), new BigDecimal("1500000000")));
        }
        long start = System.nanoTime();
        try (Pipeline pipeline = Pipeline.start(config, EnumSet.of(Stage.ALERTS), false, "burst", clock)) {
            AlertsFixtures.awaitLeaders(KAFKA.bootstrapServers(), topics);
            // When 1,000 deals arrive at once
            AlertsFixtures.produce(KAFKA.bootstrapServers(), topics, alerts);
            // And, each time nothing is left to send before the next digest, the clock moves on a minute (the
            // folded alerts go out at the start of the next minute)
            int minutes = 0;
            while (true) {
                Map<String, Delivery> ledger = Await.value("a quiet ledger: every delivery delivered or waiting for "
                        + "its digest", () -> ledger(topics), AlertsFaultsIT::quiet, Duration.ofSeconds(120));
                if (ledger.values().stream().allMatch(d -> Delivery.DELIVERED.equals(d.state()))) {
                    break;
                }
                assertTrue(++minutes <= 5, "still not delivered after 5 digest minutes: " + states(ledger));
                clock.advance(Duration.ofSeconds(60));
                Await.until("the digest sent", () -> ledger(topics).values().stream()
                        .noneMatch(d -> Delivery.DIGEST.equals(d.state()) && !d.nextAttempt().isAfter(clock.instant())),
                        Duration.ofSeconds(120), () -> states(ledger(topics)).toString());
            }
        }
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();

        // Then every deal is in exactly one mail, single or digest
        MimeMessage[] mails = MAIL.getReceivedMessages();
        Map<String, Integer> mailsPerDeal = new HashMap<>();
        List<Instant> singles = new ArrayList<>();
        int digests = 0;
        Set<String> messageIds = new HashSet<>();
        for (MimeMessage m : mails) {
            messageIds.add(m.getMessageID());
            Set<String> deals = new TreeSet<>();
            Matcher found = BURST_TARGET.matcher(textPart(m));
            while (found.find()) {
                deals.add(found.group(1));
            }
            deals.forEach(d -> mailsPerDeal.merge(d, 1, Integer::sum));
            if (m.getSubject().startsWith("New deal: ")) {
                assertEquals(1, deals.size(), "a single mail names " + deals);
                singles.add(m.getSentDate().toInstant());
            } else {
                assertEquals(deals.size() + " new deals", m.getSubject());
                digests++;
            }
        }
        assertEquals(BURST, mailsPerDeal.size(), "deals mailed");
        mailsPerDeal.forEach((deal, count) -> assertEquals(1, count, "mails naming Burst Target " + deal));
        assertEquals(mails.length, messageIds.size(), "Message-IDs are distinct");
        // And no 59 seconds (the Date header has whole seconds) saw more single mails than the cap
        for (Instant from : singles) {
            long inWindow = singles.stream().filter(t -> !t.isBefore(from) && t.isBefore(from.plusSeconds(59))).count();
            assertTrue(inWindow <= CAP, inWindow + " single mails within a minute of " + from + ": " + singles);
        }
        assertTrue(singles.size() >= CAP && digests >= 1, singles.size() + " single mails, " + digests + " digests");
        LOG.info("Burst of {} deals, cap {}/min: {} single mails and {} digests, every deal once; {} ms.", BURST, CAP,
                singles.size(), digests, millis);
    }

    /** Nothing is pending, failed or being sent: every delivery is delivered or waits for its digest. */
    private static boolean quiet(Map<String, Delivery> ledger) {
        return ledger.size() == BURST && ledger.values().stream()
                .allMatch(d -> Delivery.DELIVERED.equals(d.state()) || Delivery.DIGEST.equals(d.state()));
    }

    private static Map<String, Long> states(Map<String, Delivery> ledger) {
        Map<String, Long> count = new TreeMap<>();
        ledger.values().forEach(d -> count.merge(d.state(), 1L, Long::sum));
        return count;
    }

    private static Map<String, Delivery> ledger(Topics topics) {
        return AlertsFixtures.ledger(KAFKA.bootstrapServers(), topics);
    }

    /** The value of one sample on {@code /metrics}, as printed. */
    private static String metric(Pipeline pipeline, String name) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + pipeline.opsPort() + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        for (String line : response.body().split("\n")) {
            if (line.startsWith(name + " ")) {
                return line.substring(name.length() + 1).trim();
            }
        }
        throw new AssertionError(name + " is not on /metrics");
    }

    /** The alerts stage alone, mail through 127.0.0.1:{@code smtpPort}, its ops endpoint on a free port. */
    private static NewswatchConfig load(Path dir, String prefix, int smtpPort, String subscriptions) throws Exception {
        Path config = AlertsFixtures.config(dir.resolve("config"), prefix,
                List.of("http:", "  port: 0", "  dashboard: false"),
                AlertsFixtures.withLocalSmtp(smtpPort, "  http-port: -1"), "subscriptions:\n" + subscriptions);
        NewswatchConfig loaded = ConfigLoader.load(config);
        return loaded.withKafka(loaded.kafka().withBootstrapServers(KAFKA.bootstrapServers()));
    }

    private static String textPart(MimeMessage m) throws Exception {
        MimeMultipart multipart = (MimeMultipart) m.getContent();
        BodyPart text = multipart.getBodyPart(0);
        assertTrue(text.isMimeType("text/plain"), text.getContentType());
        return (String) text.getContent();
    }
}
