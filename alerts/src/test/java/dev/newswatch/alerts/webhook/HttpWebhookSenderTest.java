package dev.newswatch.alerts.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newswatch.alerts.channel.AlertView;
import dev.newswatch.alerts.channel.DeliveryIds;
import dev.newswatch.alerts.channel.DeliveryResult;
import dev.newswatch.alerts.channel.MutableClock;
import dev.newswatch.alerts.channel.RetrySchedule;
import dev.newswatch.alerts.channel.TestAlerts;
import dev.newswatch.alerts.channel.WebhookTarget;
import dev.newswatch.alerts.webhook.LocalReceiver.Received;
import dev.newswatch.alerts.webhook.LocalReceiver.Reply;
import dev.newswatch.core.net.NetworkPolicy;
import dev.newswatch.core.serde.Json;
import dev.newswatch.testkit.LoopbackPorts;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpWebhookSenderTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ROTATED_SECRET = "whsec_c2Vjb25kLWtleS1mb3Itcm90YXRpb24tdGVzdHMh";
    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    private static final String DELIVERY_ID = DeliveryIds.forAlert("alert-amazon-openai", "sub-42");

    // Loopback only: the receivers in these tests listen on 127.0.0.1.
    private static final NetworkPolicy LOOPBACK_ALLOWED = new NetworkPolicy(List.of("127.0.0.0/8"), List.of());

    private final MutableClock clock = new MutableClock(T0);
    private final HttpClient client = HttpWebhookSender.newHttpClient(Duration.ofSeconds(2));
    private final ExecutorService background = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopBackground() {
        background.shutdownNow();
    }

    private HttpWebhookSender sender(Duration totalTimeout) {
        return new HttpWebhookSender(client, clock, LOOPBACK_ALLOWED, totalTimeout,
                HttpWebhookSender.DEFAULT_USER_AGENT);
    }

    private static WebhookTarget target(URI uri, String... secrets) {
        return new WebhookTarget(uri, secrets.length == 0 ? List.of(SECRET) : List.of(secrets));
    }

    private static void assertSignedByReference(Received request, String secret) {
        String id = request.header("webhook-id");
        String timestamp = request.header("webhook-timestamp");
        String signature = request.header("webhook-signature");
        assertTrue(StandardWebhooksReference.matches(secret, id, timestamp, request.body(), signature),
                "signature " + signature + " does not verify for id " + id + " at " + timestamp);
    }

    @Test
    void shouldRetryThroughTheScheduleUntilDeliveredWithTheSameIdAndAFreshSignatureEachTime() throws Exception {
        // Given a receiver that fails three times, the third time asking for two minutes
        try (LocalReceiver receiver = LocalReceiver.start(Reply.of(500), Reply.of(500),
                Reply.of(503, "Retry-After", "120"), Reply.of(200))) {
            HttpWebhookSender sender = sender(Duration.ofSeconds(5));
            RetrySchedule schedule = new RetrySchedule(new SplittableRandom(42));
            AlertView alert = TestAlerts.amazonOpenAi();
            List<Instant> attemptTimes = new ArrayList<>();
            List<DeliveryResult> results = new ArrayList<>();

            // When the delivery is retried as the schedule says, moving the clock instead of waiting
            int attempts = 0;
            while (true) {
                attemptTimes.add(clock.instant());
                DeliveryResult result = sender.send(target(receiver.uri()), DELIVERY_ID, alert);
                results.add(result);
                attempts++;
                if (!(result instanceof DeliveryResult.Retryable retryable)) {
                    break;
                }
                Optional<Instant> next = schedule.nextAttempt(attempts, T0, clock.instant(), retryable.retryAfter());
                assertTrue(next.isPresent(), "gave up after " + attempts + " attempts");
                clock.set(next.get());
            }

            // Then there is one logical delivery: four requests, one id, each signed for its own timestamp
            assertEquals(4, attempts);
            assertInstanceOf(DeliveryResult.Delivered.class, results.get(3));
            assertEquals(Duration.ofSeconds(120), ((DeliveryResult.Retryable) results.get(2)).retryAfter());
            assertTrue(Duration.between(attemptTimes.get(2), attemptTimes.get(3)).compareTo(Duration.ofSeconds(120)) >= 0,
                    "the attempt after Retry-After came too early: " + attemptTimes);
            List<Received> requests = receiver.requests();
            assertEquals(4, requests.size());
            for (int i = 0; i < requests.size(); i++) {
                Received request = requests.get(i);
                assertEquals("POST", request.method());
                assertEquals(DELIVERY_ID, request.header("webhook-id"));
                assertEquals(Long.toString(attemptTimes.get(i).getEpochSecond()), request.header("webhook-timestamp"));
                assertEquals(requests.get(0).body(), request.body(), "the body must not change between retries");
                assertEquals("application/json", request.header("content-type"));
                assertEquals(HttpWebhookSender.DEFAULT_USER_AGENT, request.header("user-agent"));
                assertSignedByReference(request, SECRET);
            }
        }
    }

    @Test
    void shouldPostTheAlertAsJson() throws Exception {
        try (LocalReceiver receiver = LocalReceiver.start(Reply.of(204))) {
            DeliveryResult result = sender(Duration.ofSeconds(5)).send(target(receiver.uri()), DELIVERY_ID,
                    TestAlerts.amazonOpenAi());

            assertInstanceOf(DeliveryResult.Delivered.class, result);
            JsonNode json = Json.mapper().readTree(receiver.requests().get(0).body());
            assertEquals("alert-amazon-openai", json.get("alertId").asText());
            assertEquals("Amazon", json.get("investor").asText());
            assertEquals("OpenAI", json.get("target").asText());
            assertEquals("more than $10 billion", json.get("amountText").asText());
            assertEquals("https://news.example.test/amazon-openai", json.get("sources").get(0).get("url").asText());
        }
    }

    @Test
    void shouldSignWithBothKeysWhileASecretIsRotated() throws Exception {
        try (LocalReceiver receiver = LocalReceiver.start(Reply.of(200))) {
            sender(Duration.ofSeconds(5)).send(target(receiver.uri(), ROTATED_SECRET, SECRET), DELIVERY_ID,
                    TestAlerts.amazonOpenAi());

            Received request = receiver.requests().get(0);
            String[] signatures = request.header("webhook-signature").split(" ");
            assertEquals(2, signatures.length);
            String id = request.header("webhook-id");
            String ts = request.header("webhook-timestamp");
            assertTrue(StandardWebhooksReference.matches(ROTATED_SECRET, id, ts, request.body(), signatures[0]));
            assertTrue(StandardWebhooksReference.matches(SECRET, id, ts, request.body(), signatures[1]));
            assertFalse(StandardWebhooksReference.matches(SECRET, id, ts, request.body(), signatures[0]));
        }
    }

    @Test
    void shouldReportGoneEndpointsAsPermanentAndAskToDisableTheSubscription() throws Exception {
        try (LocalReceiver receiver = LocalReceiver.start(Reply.of(410))) {
            DeliveryResult result = sender(Duration.ofSeconds(5)).send(target(receiver.uri()), DELIVERY_ID,
                    TestAlerts.amazonOpenAi());

            DeliveryResult.Permanent permanent = assertInstanceOf(DeliveryResult.Permanent.class, result);
            assertTrue(permanent.disableSubscription());
            assertTrue(permanent.reason().contains("410"), permanent.reason());
        }
    }

    @Test
    void shouldReportABadRequestAsPermanentWithoutDisabling() throws Exception {
        try (LocalReceiver receiver = LocalReceiver.start(new Reply(400, Map.of(), "missing field"))) {
            DeliveryResult result = sender(Duration.ofSeconds(5)).send(target(receiver.uri()), DELIVERY_ID,
                    TestAlerts.amazonOpenAi());

            DeliveryResult.Permanent permanent = assertInstanceOf(DeliveryResult.Permanent.class, result);
            assertFalse(permanent.disableSubscription());
            assertTrue(permanent.reason().contains("HTTP 400: missing field"), permanent.reason());
        }
    }

    @Test
    void shouldTreatTooManyRequestsAsRetryableWithAnHttpDateRetryAfter() throws Exception {
        try (LocalReceiver receiver = LocalReceiver.start(Reply.of(429, "Retry-After",
                "Thu, 26 Nov 2026 10:10:00 GMT"))) {
            DeliveryResult result = sender(Duration.ofSeconds(5)).send(target(receiver.uri()), DELIVERY_ID,
                    TestAlerts.amazonOpenAi());

            DeliveryResult.Retryable retryable = assertInstanceOf(DeliveryResult.Retryable.class, result);
            assertEquals(Duration.ofMinutes(10), retryable.retryAfter());
        }
    }

    @Test
    void shouldNotFollowARedirectAndReportItAsPermanent() throws Exception {
        try (LocalReceiver elsewhere = LocalReceiver.start(Reply.of(200));
             LocalReceiver redirecting = LocalReceiver.start(Reply.of(302, "Location", elsewhere.uri().toString()))) {
            DeliveryResult result = sender(Duration.ofSeconds(5)).send(target(redirecting.uri()), DELIVERY_ID,
                    TestAlerts.amazonOpenAi());

            DeliveryResult.Permanent permanent = assertInstanceOf(DeliveryResult.Permanent.class, result);
            assertTrue(permanent.reason().startsWith("redirects are not followed: 302 to " + elsewhere.uri()),
                    permanent.reason());
            assertEquals(1, redirecting.requests().size());
            assertEquals(List.of(), elsewhere.requests(), "the redirect target must see no request");
        }
    }

    @Test
    void shouldReportARefusedConnectionAsRetryable() throws Exception {
        int closedPort = LoopbackPorts.free();

        DeliveryResult result = sender(Duration.ofSeconds(5)).send(
                target(URI.create("http://127.0.0.1:" + closedPort + "/hook")), DELIVERY_ID, TestAlerts.amazonOpenAi());

        DeliveryResult.Retryable retryable = assertInstanceOf(DeliveryResult.Retryable.class, result);
        assertTrue(retryable.reason().contains("127.0.0.1:" + closedPort), retryable.reason());
    }

    @Test
    void shouldTimeOutAStalledEndpointWithoutDelayingAHealthyOneCalledMeanwhile() throws Exception {
        Duration timeout = Duration.ofSeconds(1);
        try (StallingServer stalled = StallingServer.silent();
             LocalReceiver healthy = LocalReceiver.start(Reply.of(200))) {
            HttpWebhookSender sender = sender(timeout);

            // Given a delivery stuck on an endpoint that accepted the request and never answers
            long stalledStart = System.nanoTime();
            Future<DeliveryResult> stalledResult = background.submit(() ->
                    sender.send(target(stalled.uri()), DELIVERY_ID, TestAlerts.amazonOpenAi()));
            assertTrue(stalled.awaitRequest(5, TimeUnit.SECONDS), "the stalled endpoint never got the request");

            // When another thread delivers to a healthy endpoint at the same time
            long healthyStart = System.nanoTime();
            DeliveryResult healthyResult = sender.send(target(healthy.uri()),
                    DeliveryIds.forAlert("alert-amazon-openai", "sub-43"), TestAlerts.amazonOpenAi());
            Duration healthyLatency = Duration.ofNanos(System.nanoTime() - healthyStart);
            boolean stalledStillPending = !stalledResult.isDone();

            // Then the healthy delivery is quick and the stalled one ends as retryable at its deadline
            assertInstanceOf(DeliveryResult.Delivered.class, healthyResult);
            assertTrue(healthyLatency.compareTo(Duration.ofMillis(500)) < 0, "healthy latency " + healthyLatency);
            assertTrue(stalledStillPending, "the stalled delivery should still be waiting while the healthy one ran");
            DeliveryResult stalledOutcome = stalledResult.get(10, TimeUnit.SECONDS);
            Duration stalledElapsed = Duration.ofNanos(System.nanoTime() - stalledStart);
            assertInstanceOf(DeliveryResult.Retryable.class, stalledOutcome);
            assertTrue(stalledElapsed.compareTo(timeout.minusMillis(50)) >= 0, "gave up early: " + stalledElapsed);
            assertTrue(stalledElapsed.compareTo(timeout.plusMillis(1500)) < 0, "gave up late: " + stalledElapsed);
        }
    }

    @Test
    void shouldEnforceTheTotalDeadlineWhenHeadersArriveButTheBodyStalls() throws Exception {
        Duration timeout = Duration.ofSeconds(1);
        try (StallingServer trickling = StallingServer.answeringOnly(
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\npartial")) {
            long start = System.nanoTime();

            DeliveryResult result = sender(timeout).send(target(trickling.uri()), DELIVERY_ID,
                    TestAlerts.amazonOpenAi());

            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            DeliveryResult.Retryable retryable = assertInstanceOf(DeliveryResult.Retryable.class, result);
            assertTrue(retryable.reason().contains("did not answer completely within 1000 ms"), retryable.reason());
            assertTrue(elapsed.compareTo(timeout.plusMillis(1500)) < 0, "took " + elapsed);
        }
    }

    @Test
    void shouldSendNothingToAnAddressTheNetworkPolicyRefuses() throws Exception {
        try (LocalReceiver receiver = LocalReceiver.start(Reply.of(200))) {
            HttpWebhookSender strict = new HttpWebhookSender(client, clock, NetworkPolicy.strict());
            URI withToken = URI.create(receiver.uri() + "?token=do-not-log-me");

            DeliveryResult result = strict.send(target(withToken), DELIVERY_ID, TestAlerts.amazonOpenAi());

            DeliveryResult.Permanent permanent = assertInstanceOf(DeliveryResult.Permanent.class, result);
            assertTrue(permanent.reason().contains("127.0.0.1"), permanent.reason());
            assertTrue(permanent.reason().contains("loopback"), permanent.reason());
            assertFalse(permanent.reason().contains("do-not-log-me"), permanent.reason());
            assertFalse(permanent.disableSubscription());
            assertEquals(List.of(), receiver.requests());
        }
    }

    @Test
    void shouldReportAnInvalidSecretAsPermanentWithoutSending() throws Exception {
        try (LocalReceiver receiver = LocalReceiver.start(Reply.of(200))) {
            DeliveryResult result = sender(Duration.ofSeconds(5)).send(target(receiver.uri(), "whsec_c2hvcnQ="),
                    DELIVERY_ID, TestAlerts.amazonOpenAi());

            DeliveryResult.Permanent permanent = assertInstanceOf(DeliveryResult.Permanent.class, result);
            assertFalse(permanent.reason().contains("c2hvcnQ"), permanent.reason());
            assertEquals(List.of(), receiver.requests());
        }
    }

    @Test
    void shouldRefuseAClientThatFollowsRedirects() {
        HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

        assertThrows(IllegalArgumentException.class,
                () -> new HttpWebhookSender(following, clock, LOOPBACK_ALLOWED));
    }
}
