package dev.newswatch.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.newswatch.alerts.channel.DeliveryIds;
import dev.newswatch.app.wiring.Pipeline;
import dev.newswatch.app.wiring.Stage;
import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.kafka.TopicAdmin;
import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Delivery;
import dev.newswatch.core.model.Subscription;
import dev.newswatch.core.model.TrackedDeal;
import dev.newswatch.core.topic.Topics;
import dev.newswatch.testkit.Await;
import dev.newswatch.testkit.CliRun;
import dev.newswatch.testkit.KafkaClusterExtension;
import dev.newswatch.testkit.LoopbackPorts;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alerts stage end to end on a real embedded broker, a real SMTP server (GreenMail) and real HTTP receivers
 * on 127.0.0.1: signed webhooks from the demo feeds, email with one-click unsubscribe, 410 Gone and dead
 * letters, per-subscription isolation, and the rate cap folding alerts into a digest.
 */
@Tag("integration")
class AlertsIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.createCopy("127.0.0.1").dynamicPort());

    private static final Pattern SIGNED_ID = Pattern.compile("dlv_[0-9a-f]{32}");
    @RegisterExtension
    static final KafkaClusterExtension KAFKA = EmbeddedKafka.singleBroker();

    @Test
    void shouldDeliverOneValidlySignedWebhookForAmazonOpenAi(@TempDir Path dir) throws Exception {
        // Given the shipped demo feeds and a webhook subscription for deals of $1 billion or more
        BigDecimal min = new BigDecimal("1000000000");
        String secret = AlertsFixtures.newSecret();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            Path config = AlertsFixtures.demoConfig(dir, "signed.", List.of("  http-port: -1", "  webhook-timeout: 2s"),
                    "subscriptions:\n"
                    + "  - id: hook\n"
                    + "    channel: webhook\n"
                    + "    url: \"" + receiver.url() + "\"\n"
                    + "    secret: \"" + secret + "\"\n"
                    + "    min-amount-usd: " + min.toPlainString() + "\n");
            NewswatchConfig loaded = load(config);
            // When ingest, enrich and alerts run until the deal has its three reports, every ingested article is
            // enriched, every delivery in the ledger is settled as delivered and the receiver is quiet. (Waiting for
            // quiet alone is not enough: on a loaded machine enrich can pause longer than the quiet window and raise
            // more alerts after it.)
            try (Pipeline pipeline = Pipeline.start(loaded, EnumSet.allOf(Stage.class), false, "signed", Clock.systemUTC())) {
                Await.until(() -> amazonOpenAiSources(loaded) >= 3
                                && receiver.requests().stream().anyMatch(AlertsIT::namesAmazonOpenAi)
                                && allEnriched(loaded.topics())
                                && delivered(loaded.topics(), "hook") == receiver.requests().size()
                                && AlertsFixtures.ledger(KAFKA.bootstrapServers(), loaded.topics()).size()
                                        == receiver.requests().size()
                                && receiver.quietNanos() > Duration.ofSeconds(4).toNanos(),
                        Duration.ofSeconds(150), () -> "Amazon → OpenAI reports: " + amazonOpenAiSources(loaded)
                                + ", all enriched: " + allEnriched(loaded.topics())
                                + ", ledger: " + AlertsFixtures.ledger(KAFKA.bootstrapServers(), loaded.topics()).size()
                                + " deliveries, " + delivered(loaded.topics(), "hook") + " delivered"
                                + ", webhook calls: " + bodies(receiver));
            }
            // Then exactly one call names Amazon → OpenAI, more than $10 billion
            List<WebhookReceiver.Request> requests = receiver.requests();
            List<WebhookReceiver.Request> amazonOpenAi = requests.stream().filter(AlertsIT::namesAmazonOpenAi).toList();
            assertEquals(1, amazonOpenAi.size(), "Amazon → OpenAI webhook calls: " + bodies(receiver));
            JsonNode body = amazonOpenAi.get(0).json();
            assertEquals("more than $10 billion", body.path("amountText").asText(), body.toString());
            assertEquals(0, new BigDecimal("10000000000").compareTo(body.path("amountUsd").decimalValue()), body.toString());
            assertEquals("in-talks", body.path("stage").asText(), body.toString());
            // And every call is validly signed, each alert has one stable webhook-id, none is below the threshold
            Map<String, Set<String>> idsByAlert = new HashMap<>();
            for (WebhookReceiver.Request r : requests) {
                assertTrue(signedBy(r, secret), "signature of " + r.headers() + " " + r.body());
                assertTrue(SIGNED_ID.matcher(r.header("webhook-id")).matches(), r.header("webhook-id"));
                idsByAlert.computeIfAbsent(r.alertId(), k -> new HashSet<>()).add(r.header("webhook-id"));
                assertTrue(r.json().path("amountUsd").decimalValue().compareTo(min) >= 0,
                        "a call below min-amount-usd: " + r.body());
            }
            idsByAlert.forEach((alert, ids) -> assertEquals(1, ids.size(), "webhook-ids of alert " + alert + ": " + ids));
            idsByAlert.forEach((alert, ids) -> assertEquals(DeliveryIds.forAlert(alert, "hook"), ids.iterator().next()));
            assertEquals(idsByAlert.size(), requests.size(), "one call per alert: " + bodies(receiver));
            // And alerts status counts them as delivered
            CliRun status = AlertsFixtures.newswatch("alerts", "status", "--config", config.toString(),
                    "--bootstrap-servers", KAFKA.bootstrapServers());
            assertEquals(0, status.exit(), status.err());
            assertEquals(List.of(idsByAlert.size(), 0, 0, 0), statusCounts(status.out(), "hook"), status.out());
        }
    }

    @Test
    void shouldEmailWithGreenMailAndHonourOneClickUnsubscribe(@TempDir Path dir) throws Exception {
        // Given an instant email subscription, mail through GreenMail, the unsubscribe endpoint on a known port
        int unsubscribePort = LoopbackPorts.free();
        Path config = AlertsFixtures.config(dir.resolve("config"), "mail.", List.of(),
                AlertsFixtures.withLocalSmtp(MAIL.getSmtp().getPort(),
                        "  http-port: " + unsubscribePort,
                        "  public-base-url: https://alerts.example.test"),
                "subscriptions:\n"
                + "  - id: reader\n"
                + "    channel: email\n"
                + "    to: reader@reader.example.test\n"
                + "    mode: instant\n");
        NewswatchConfig loaded = load(config);
        Topics topics = loaded.topics();
        try (Pipeline pipeline = Pipeline.start(loaded, EnumSet.of(Stage.ALERTS), false, "mail", Clock.systemUTC())) {
            AlertsFixtures.awaitLeaders(KAFKA.bootstrapServers(), topics);
            // When two alerts arrive
            List<Alert> alerts = List.of(
                    AlertsFixtures.alert("mail-1", "Nvidia", "Mistral AI", new BigDecimal("2000000000")),
                    AlertsFixtures.alert("mail-2", "Microsoft", "Anthropic", new BigDecimal("5000000000")));
            AlertsFixtures.produce(KAFKA.bootstrapServers(), topics, alerts);
            Await.until(() -> delivered(topics, "reader") == 2, Duration.ofSeconds(60),
                    () -> "ledger: " + AlertsFixtures.ledger(KAFKA.bootstrapServers(), topics).values());
            // Then one mail per alert, each with its stable Message-ID and RFC 8058 unsubscribe headers
            List<MimeMessage> mails = mailsTo("reader@reader.example.test");
            assertEquals(2, mails.size(), "mails to the reader");
            Set<String> messageIds = new HashSet<>();
            String httpsLink = null;
            for (MimeMessage m : mails) {
                String messageId = m.getMessageID();
                assertTrue(messageId.matches("<dlv_[0-9a-f]{32}@newswatch>"), messageId);
                messageIds.add(messageId);
                String listUnsubscribe = MimeUtility.unfold(m.getHeader("List-Unsubscribe", null));
                Matcher links = Pattern.compile("<(https://alerts\\.example\\.test/unsubscribe\\?s=reader&t=[^>]+)>, "
                        + "<(mailto:alerts@newswatch\\.example\\.test\\?[^>]+)>").matcher(listUnsubscribe);
                assertTrue(links.matches(), listUnsubscribe);
                httpsLink = links.group(1);
                assertEquals("List-Unsubscribe=One-Click", m.getHeader("List-Unsubscribe-Post", null));
            }
            Set<String> expectedIds = new HashSet<>();
            alerts.forEach(a -> expectedIds.add("<" + DeliveryIds.forAlert(a.alertId(), "reader") + "@newswatch>"));
            assertEquals(expectedIds, messageIds);
            // When the reader (or a mail scanner) follows the link with GET: a confirmation page, nothing changes
            URI local = URI.create(httpsLink.replace("https://alerts.example.test", "http://127.0.0.1:" + unsubscribePort));
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(local).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode(), page.body());
            assertTrue(page.body().contains("<form method=\"post\""), page.body());
            assertTrue(subscriptionState(config, "reader").contains("active"), subscriptionState(config, "reader"));
            // When the mail client posts the one-click unsubscribe
            HttpResponse<String> done = http.send(HttpRequest.newBuilder(local)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                    HttpResponse.BodyHandlers.ofString());
            // Then the subscription is disabled
            assertEquals(200, done.statusCode(), done.body());
            String listed = subscriptionState(config, "reader");
            assertTrue(listed.contains("disabled"), listed);
            // And a later alert sends it nothing. A canary subscription added after the unsubscribe (in the same
            // single-partition topic) proves the alerter had seen the unsubscribe when it handled that alert.
            CliRun added = AlertsFixtures.newswatch("subscriptions", "add", "canary", "--channel", "email",
                    "--to", "canary@canary.example.test", "--config", config.toString(),
                    "--bootstrap-servers", KAFKA.bootstrapServers());
            assertEquals(0, added.exit(), added.err());
            String probe = AlertsFixtures.alertSeenBy(KAFKA.bootstrapServers(), topics, "canary", alerts.size());
            Await.until(() -> mailsTo("canary@canary.example.test").size() == 1, Duration.ofSeconds(30),
                    () -> "mails to the canary: " + mailsTo("canary@canary.example.test").size());
            assertFalse(AlertsFixtures.ledger(KAFKA.bootstrapServers(), topics)
                    .containsKey(DeliveryIds.forAlert(probe, "reader")), "a delivery to the unsubscribed reader");
            assertEquals(2, mailsTo("reader@reader.example.test").size(), "mails to the reader after unsubscribing");
        }
    }

    @Test
    void shouldDisableASubscriptionOn410AndDeadLetterOtherwiseFailing(@TempDir Path dir) throws Exception {
        // Given an endpoint that answers 410 Gone and one that answers 500, secrets in environment variables,
        // and an alerter process with a two-second retry horizon
        String goneSecret = AlertsFixtures.newSecret();
        String brokenSecret = AlertsFixtures.newSecret();
        try (WebhookReceiver gone = new WebhookReceiver(); WebhookReceiver broken = new WebhookReceiver()) {
            gone.answer(410);
            broken.answer(500);
            Path config = AlertsFixtures.config(dir.resolve("config"), "gone.", List.of(), List.of(
                            "  http-port: -1", "  webhook-timeout: 2s", "  retry-horizon: 2s"),
                    "subscriptions:\n"
                    + "  - {id: gone, channel: webhook, url: \"" + gone.url() + "\", secret-env: GONE_SECRET}\n"
                    + "  - {id: broken, channel: webhook, url: \"" + broken.url() + "\", secret-env: BROKEN_SECRET}\n");
            NewswatchConfig loaded = load(config);
            Topics topics = loaded.topics();
            TopicAdmin.ensureTopics(new KafkaClients(KAFKA.bootstrapServers(), Map.of()).admin("it"), topics, (short) 1);
            AlertsFixtures.awaitLeaders(KAFKA.bootstrapServers(), topics);
            Process alerter = AlertsProcess.start(config, KAFKA.bootstrapServers(), null,
                    Map.of("GONE_SECRET", goneSecret, "BROKEN_SECRET", brokenSecret), dir.resolve("alerts.log"));
            try {
                // When an alert arrives
                Alert alert = AlertsFixtures.alert("gone-1", "SoftBank", "OpenAI", new BigDecimal("40000000000"));
                AlertsFixtures.produce(KAFKA.bootstrapServers(), topics, List.of(alert));
                String goneId = DeliveryIds.forAlert(alert.alertId(), "gone");
                String brokenId = DeliveryIds.forAlert(alert.alertId(), "broken");
                Await.until(() -> dead(topics, goneId) && dead(topics, brokenId), Duration.ofSeconds(90),
                        () -> "ledger: " + AlertsFixtures.ledger(KAFKA.bootstrapServers(), topics).values());
                // Then the 410 disabled its subscription; the 500 did not, but both deliveries are dead letters
                Map<String, Subscription> subscriptions = subscriptions(topics);
                assertTrue(subscriptions.get("gone").disabled(), subscriptions.toString());
                assertTrue(subscriptions.get("gone").disabledReason().contains("410"), subscriptions.get("gone").disabledReason());
                assertFalse(subscriptions.get("broken").disabled(), subscriptions.toString());
                assertEquals(1, gone.requests().size(), "calls to the gone endpoint");
                assertTrue(broken.requests().size() >= 1, "calls to the broken endpoint");
                Set<String> dlq = new HashSet<>();
                TopicReader.readAll(KAFKA.bootstrapServers(), topics.alertsDlq).forEach(r -> dlq.add(r.key()));
                assertEquals(Set.of(goneId, brokenId), dlq, "keys of the alerts dead-letter topic");
                CliRun list = cli("alerts", "dlq", config);
                assertTrue(list.out().contains(goneId) && list.out().contains(brokenId), list.out());
                assertTrue(list.out().contains("2 dead deliveries"), list.out());
                // When the endpoint is back, the subscription is added again and the dead delivery re-queued
                gone.answer(200);
                CliRun added = AlertsFixtures.newswatch("subscriptions", "add", "gone", "--channel", "webhook",
                        "--url", gone.url(), "--secret-env", "GONE_SECRET", "--config", config.toString(),
                        "--bootstrap-servers", KAFKA.bootstrapServers());
                assertEquals(0, added.exit(), added.err());
                CliRun retry = cli("alerts", "retry", config, goneId);
                assertEquals(0, retry.exit(), retry.err());
                // Then it is delivered, with the same webhook-id and a valid signature
                Await.until(() -> Delivery.DELIVERED.equals(state(topics, goneId)), Duration.ofSeconds(30),
                        () -> "state of " + goneId + ": " + state(topics, goneId));
                List<WebhookReceiver.Request> calls = gone.requests();
                assertEquals(List.of(410, 200), calls.stream().map(WebhookReceiver.Request::answered).toList());
                for (WebhookReceiver.Request r : calls) {
                    assertEquals(goneId, r.header("webhook-id"));
                    assertTrue(signedBy(r, goneSecret), "signature of " + r.headers());
                }
                assertTrue(cli("alerts", "dlq", config).out().contains("1 dead deliveries"));
            } finally {
                alerter.destroy();
                alerter.waitFor();
            }
        }
    }

    @Test
    void shouldNotDelayAHealthyEndpointBehindADeadOne(@TempDir Path dir) throws Exception {
        // Given two webhook subscriptions: one endpoint accepts connections and never answers, one answers 200
        String secret = AlertsFixtures.newSecret();
        try (WebhookBlackHole dead = new WebhookBlackHole(); WebhookReceiver healthy = new WebhookReceiver()) {
            Path config = AlertsFixtures.config(dir.resolve("config"), "isolate.", List.of(), List.of(
                            "  http-port: -1", "  webhook-timeout: 2s", "  retry-horizon: 10m"),
                    "subscriptions:\n"
                    + "  - {id: dead, channel: webhook, url: \"" + dead.url() + "\", secret: \"" + secret + "\"}\n"
                    + "  - {id: healthy, channel: webhook, url: \"" + healthy.url() + "\", secret: \"" + secret + "\"}\n");
            NewswatchConfig loaded = load(config);
            Topics topics = loaded.topics();
            try (Pipeline pipeline = Pipeline.start(loaded, EnumSet.of(Stage.ALERTS), false, "isolate", Clock.systemUTC())) {
                AlertsFixtures.awaitLeaders(KAFKA.bootstrapServers(), topics);
                // When one alert arrives, and four more once the dead endpoint holds a call
                Map<String, Long> sentAt = new LinkedHashMap<>(AlertsFixtures.produce(KAFKA.bootstrapServers(), topics,
                        List.of(AlertsFixtures.alert("iso-0", "Google", "Anthropic", new BigDecimal("2000000000")))));
                Await.until(() -> healthy.requests().size() == 1 && dead.connections() >= 1, Duration.ofSeconds(60),
                        () -> "healthy calls " + healthy.requests().size() + ", dead connections " + dead.connections());
                List<Alert> more = new ArrayList<>();
                for (int i = 1; i <= 4; i++) {
                    more.add(AlertsFixtures.alert("iso-" + i, "Google", "Startup " + i, new BigDecimal("3000000000")));
                }
                sentAt.putAll(AlertsFixtures.produce(KAFKA.bootstrapServers(), topics, more));
                Await.until(() -> healthy.requests().size() == 5, Duration.ofSeconds(30),
                        () -> "healthy calls " + healthy.requests().size());
                // Then the healthy endpoint got each alert within seconds of its production
                Map<String, Long> latency = new LinkedHashMap<>();
                for (WebhookReceiver.Request r : healthy.requests()) {
                    latency.put(r.alertId(), r.receivedAtMillis() - sentAt.get(r.alertId()));
                }
                System.out.println("healthy endpoint: milliseconds from alert produced to webhook received " + latency);
                assertEquals(sentAt.keySet(), latency.keySet());
                latency.forEach((id, ms) -> assertTrue(ms < 5000, "alert " + id + " took " + ms + " ms: " + latency));
                // And the dead endpoint's deliveries are still open, not delivered
                for (String id : sentAt.keySet()) {
                    String state = state(topics, DeliveryIds.forAlert(id, "dead"));
                    assertTrue(Delivery.PENDING.equals(state) || Delivery.FAILED.equals(state), id + " to dead: " + state);
                }
            }
        }
    }

    @Test
    void shouldFoldAlertsBeyondTheRateCapIntoADigest(@TempDir Path dir) throws Exception {
        // Given an email subscription capped at two mails a minute, and a clock 15 s before a whole minute
        Path config = AlertsFixtures.config(dir.resolve("config"), "capped.", List.of(),
                AlertsFixtures.withLocalSmtp(MAIL.getSmtp().getPort(), "  http-port: -1"),
                "subscriptions:\n"
                + "  - {id: capped, channel: email, to: analyst@desk.example.test, max-per-minute: 2}\n");
        NewswatchConfig loaded = load(config);
        Topics topics = loaded.topics();
        AlertsTestClock clock = new AlertsTestClock();
        List<String> targets = List.of("Aurora Robotics", "Basalt Compute", "Cobalt Vision", "Dune Genomics",
                "Ember Fusion");
        try (Pipeline pipeline = Pipeline.start(loaded, EnumSet.of(Stage.ALERTS), false, "capped", clock)) {
            AlertsFixtures.awaitLeaders(KAFKA.bootstrapServers(), topics);
            // When five alerts arrive at once
            List<Alert> alerts = new ArrayList<>();
            for (int i = 0; i < targets.size(); i++) {
                alerts.add(AlertsFixtures.alert("cap-" + i, "Sequoia", targets.get(i), new BigDecimal("1500000000")));
            }
            clock.moveToSecondsBeforeMinute(15);
            AlertsFixtures.produce(KAFKA.bootstrapServers(), topics, alerts);
            Await.until(() -> delivered(topics, "capped") == 5 && MAIL.getReceivedMessages().length >= 3,
                    Duration.ofSeconds(80), () -> "mails " + MAIL.getReceivedMessages().length + ", ledger: "
                            + AlertsFixtures.ledger(KAFKA.bootstrapServers(), topics).values());
        }
        // Then two instant mails, then one digest with the other three, and every alert exactly once
        MimeMessage[] mails = MAIL.getReceivedMessages();
        assertEquals(3, mails.length, "mails");
        List<String> subjects = new ArrayList<>();
        Map<String, Integer> mailsPerTarget = new HashMap<>();
        List<Set<String>> targetsPerMail = new ArrayList<>();
        for (MimeMessage m : mails) {
            subjects.add(m.getSubject());
            String text = textPart(m);
            Set<String> inMail = new HashSet<>();
            targets.stream().filter(text::contains).forEach(inMail::add);
            inMail.forEach(t -> mailsPerTarget.merge(t, 1, Integer::sum));
            targetsPerMail.add(inMail);
        }
        assertTrue(subjects.get(0).startsWith("New deal: ") && subjects.get(1).startsWith("New deal: "), subjects.toString());
        assertEquals("3 new deals", subjects.get(2), subjects.toString());
        assertEquals(List.of(1, 1, 3), targetsPerMail.stream().map(Set::size).toList(), targetsPerMail.toString());
        targets.forEach(t -> assertEquals(1, mailsPerTarget.getOrDefault(t, 0), "mails naming " + t + ": " + targetsPerMail));
        assertTrue(mails[2].getMessageID().matches("<dig_[0-9a-f]{32}@newswatch>"), mails[2].getMessageID());
    }

    private static NewswatchConfig load(Path config) {
        NewswatchConfig loaded = ConfigLoader.load(config);
        return loaded.withKafka(loaded.kafka().withBootstrapServers(KAFKA.bootstrapServers()));
    }

    private static CliRun cli(String command, String sub, Path config, String... more) {
        List<String> args = new ArrayList<>(List.of(command, sub));
        args.addAll(List.of(more));
        args.addAll(List.of("--config", config.toString(), "--bootstrap-servers", KAFKA.bootstrapServers()));
        return AlertsFixtures.newswatch(args.toArray(String[]::new));
    }

    /** Independent Standard Webhooks check: HMAC-SHA256 of "id.timestamp.body", base64, among the v1 signatures. */
    private static boolean signedBy(WebhookReceiver.Request r, String secret) throws Exception {
        String id = r.header("webhook-id");
        String timestamp = r.header("webhook-timestamp");
        String signatures = r.header("webhook-signature");
        assertNotNull(id, "webhook-id");
        assertNotNull(timestamp, "webhook-timestamp");
        assertNotNull(signatures, "webhook-signature");
        long skew = Math.abs(r.receivedAtMillis() / 1000 - Long.parseLong(timestamp));
        assertTrue(skew <= 300, "webhook-timestamp is " + skew + " s off");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal((id + "." + timestamp + "." + r.body()).getBytes(StandardCharsets.UTF_8)));
        return List.of(signatures.split(" ")).contains(expected);
    }

    private static boolean namesAmazonOpenAi(WebhookReceiver.Request r) {
        JsonNode body = r.json();
        return "Amazon".equals(body.path("investor").asText()) && "OpenAI".equals(body.path("target").asText());
    }

    private static List<String> bodies(WebhookReceiver receiver) {
        return receiver.requests().stream().map(WebhookReceiver.Request::body).toList();
    }

    private static int amazonOpenAiSources(NewswatchConfig config) {
        int most = 0;
        for (var r : TopicReader.readAll(KAFKA.bootstrapServers(), config.topics().deals)) {
            TrackedDeal deal = r.value();
            var d = deal.deal();
            if (d.investor() != null && "amazon".equals(d.investor().id()) && d.target() != null
                    && "openai".equals(d.target().id()) && d.stage().wireName().equals("in-talks")) {
                most = Math.max(most, deal.sources().size());
            }
        }
        return most;
    }

    /** Whether the enriched topic holds as many committed records as the articles topic (and some). */
    private static boolean allEnriched(Topics topics) {
        int articles = TopicReader.readAll(KAFKA.bootstrapServers(), topics.articles).size();
        return articles > 0 && TopicReader.readAll(KAFKA.bootstrapServers(), topics.enriched).size() >= articles;
    }

    /** DELIVERED, PENDING, FAILED, DEAD of one subscription's row in {@code alerts status}. */
    private static List<Integer> statusCounts(String status, String subscription) {
        for (String line : status.split("\n")) {
            String[] cells = line.trim().split("\\s+");
            if (cells.length >= 5 && cells[0].equals(subscription)) {
                return List.of(Integer.parseInt(cells[1]), Integer.parseInt(cells[2]), Integer.parseInt(cells[3]),
                        Integer.parseInt(cells[4]));
            }
        }
        return List.of();
    }

    private static long delivered(Topics topics, String subscription) {
        return AlertsFixtures.ledger(KAFKA.bootstrapServers(), topics).values().stream()
                .filter(d -> d.subscriptionId().equals(subscription) && Delivery.DELIVERED.equals(d.state())).count();
    }

    private static String state(Topics topics, String deliveryId) {
        Delivery d = AlertsFixtures.ledger(KAFKA.bootstrapServers(), topics).get(deliveryId);
        return d == null ? null : d.state();
    }

    private static boolean dead(Topics topics, String deliveryId) {
        return Delivery.DEAD.equals(state(topics, deliveryId));
    }

    private static Map<String, Subscription> subscriptions(Topics topics) {
        Map<String, Subscription> out = new HashMap<>();
        TopicReader.readAll(KAFKA.bootstrapServers(), topics.subscriptions).forEach(r -> out.put(r.key(), r.value()));
        return out;
    }

    /** The line(s) {@code subscriptions list} prints for one subscription. */
    private static String subscriptionState(Path config, String id) {
        CliRun list = cli("subscriptions", "list", config);
        assertEquals(0, list.exit(), list.err());
        StringBuilder out = new StringBuilder();
        String[] lines = list.out().split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(id + " ")) {
                out.append(lines[i]);
                if (i + 1 < lines.length && lines[i + 1].trim().startsWith("disabled:")) {
                    out.append('\n').append(lines[i + 1]);
                }
            }
        }
        return out.toString();
    }

    private static List<MimeMessage> mailsTo(String address) {
        List<MimeMessage> out = new ArrayList<>();
        try {
            for (MimeMessage m : MAIL.getReceivedMessages()) {
                for (Address a : m.getAllRecipients()) {
                    if (a.toString().equals(address)) {
                        out.add(m);
                    }
                }
            }
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException("unreadable mail in GreenMail", e);
        }
        return out;
    }

    private static String textPart(MimeMessage m) throws Exception {
        MimeMultipart multipart = (MimeMultipart) m.getContent();
        BodyPart text = multipart.getBodyPart(0);
        assertTrue(text.isMimeType("text/plain"), text.getContentType());
        return (String) text.getContent();
    }
}
