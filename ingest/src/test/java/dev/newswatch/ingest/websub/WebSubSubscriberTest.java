package dev.newswatch.ingest.websub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.config.WebSubSettings;
import dev.newswatch.core.metrics.PipelineMetrics;
import dev.newswatch.core.model.FeedSpec;
import dev.newswatch.core.model.FeedStatus;
import dev.newswatch.core.net.NetworkPolicy;
import dev.newswatch.ingest.fetch.HostResolver;
import dev.newswatch.testkit.Await;
import dev.newswatch.testkit.LocalWebSubHub;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The subscriber and its callback server against a real hub on 127.0.0.1 that follows the spec (it verifies intent
 * by calling the callback with a challenge and signs what it publishes). Time moves only when the test says so.
 */
class WebSubSubscriberTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final long MAX_BODY = 4096;

    private final TestClock clock = new TestClock();
    private final List<String> pushed = new CopyOnWriteArrayList<>();
    private LocalWebSubHub hub;
    private WebSubSubscriber subscriber;
    private CallbackServer callback;
    private FeedSpec feed;
    private URI topic;

    @BeforeEach
    void start() throws Exception {
        hub = new LocalWebSubHub();
        int port = dev.newswatch.testkit.LoopbackPorts.free();
        WebSubSettings settings = new WebSubSettings(true, "127.0.0.1", port, URI.create("http://127.0.0.1:" + port + "/websub"),
                Duration.ofHours(1), Duration.ofDays(1), Duration.ofMinutes(2), Duration.ofMinutes(30));
        HubClient hubs = new HubClient(HttpClient.newHttpClient(), new NetworkPolicy(List.of("127.0.0.0/8"), List.of()),
                HostResolver.system(), Duration.ofSeconds(5), "newswatch-test");
        subscriber = new WebSubSubscriber(settings, hubs, clock);
        PushSink sink = (feedId, body, type, received) -> {
            pushed.add(feedId + ":" + new String(body, StandardCharsets.UTF_8));
            return CompletableFuture.completedFuture(PushSink.Outcome.COMMITTED);
        };
        callback = new CallbackServer("127.0.0.1", port, "/websub", subscriber, sink, MAX_BODY, clock, PipelineMetrics.NONE);
        feed = new FeedSpec("news", hub.feedUrl().toString(), "News", null, null);
        topic = URI.create("https://news.example/atom");
    }

    @AfterEach
    void stop() {
        callback.close();
        subscriber.close();
        hub.close();
    }

    @Test
    void shouldSubscribeAnswerTheVerificationAndHandOverSignedNotifications() throws Exception {
        // When the feed's poll found a hub
        subscribeAndAwaitVerification();
        // Then the feed is pushed, polled now once more, and its state says so
        assertEquals(List.of("news"), subscriber.drainChanged());
        FeedStatus.Push state = subscriber.state("news");
        assertEquals("subscribed", state.state());
        assertEquals(hub.hubUrl().toString(), state.hub());
        assertNotNull(state.leaseEnd());
        assertEquals(64, hub.subscription(topic).secret().length(), "a 256-bit random secret, hex");
        // And a signed notification reaches the sink
        assertEquals(200, hub.publish(topic, "<feed>pushed</feed>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("news:<feed>pushed</feed>"), pushed);
        assertEquals(1, callback.accepted());
    }

    @Test
    void shouldAnswerNotFoundToAVerificationOfAnotherTopicOrAnUnknownFeed() throws Exception {
        subscriber.discovered(feed, new HubLinks(hub.hubUrl(), topic));
        URI feedCallback = subscriber.callback("news");
        assertEquals(404, hub.verifyIntent(feedCallback, "subscribe", "https://evil.example/other", "c1").statusCode());
        assertEquals(404, hub.verifyIntent(subscriber.callback("other-feed"), "subscribe", topic.toString(), "c2").statusCode());
        assertEquals(404, hub.verifyIntent(feedCallback, "unsubscribe", topic.toString(), "c3").statusCode(),
                "no unsubscription is pending");
        var echoed = hub.verifyIntent(feedCallback, "subscribe", topic.toString(), "c4");
        assertEquals(200, echoed.statusCode());
        assertEquals("c4", echoed.body());
    }

    @Test
    void shouldIgnoreABadSignatureAndRefuseAnOversizeBodyUnread() throws Exception {
        subscribeAndAwaitVerification();
        byte[] body = "<feed>forged</feed>".getBytes(StandardCharsets.UTF_8);
        // A wrong secret and a missing signature: acknowledged (202) as the spec allows, but ignored and counted
        assertEquals(202, hub.publishSigned(topic, body, Signatures.sign("not-the-secret", body)));
        assertEquals(202, hub.publishSigned(topic, body, null));
        assertEquals(2, callback.rejected());
        // Larger than the cap: 413, whatever its signature
        byte[] big = new byte[(int) MAX_BODY + 1];
        assertEquals(413, hub.publish(topic, big));
        assertEquals(1, callback.oversize());
        assertTrue(pushed.isEmpty(), "nothing handed over: " + pushed);
    }

    @Test
    void shouldRenewBeforeTheLeaseEndsAndFallBackToPollingWhenTheLeaseRunsOut() throws Exception {
        hub.leaseSeconds(100);
        subscribeAndAwaitVerification();
        Instant firstLeaseEnd = subscriber.state("news").leaseEnd();
        subscriber.drainChanged();
        // When 86 % of the lease has passed, the subscription is renewed with the same secret
        String secret = hub.subscription(topic).secret();
        clock.advance(Duration.ofSeconds(86));
        subscriber.tick();
        Await.until(() -> hub.verifications() == 2, WAIT, () -> "verifications " + hub.verifications());
        assertTrue(subscriber.state("news").leaseEnd().isAfter(firstLeaseEnd), "lease moved on");
        assertEquals(secret, hub.subscription(topic).secret());
        assertTrue(subscriber.pushing("news"));
        assertEquals(List.of(), subscriber.drainChanged(), "a renewal is no change of state");
        // When the hub refuses the next renewal and the lease runs out
        hub.refuseWith(503);
        clock.advance(Duration.ofSeconds(86));
        subscriber.tick();
        Await.until(() -> hub.subscribeRequests() == 3, WAIT, () -> "subscribe requests " + hub.subscribeRequests());
        assertTrue(subscriber.pushing("news"), "still active until the lease ends");
        clock.advance(Duration.ofSeconds(15));
        subscriber.tick();
        // Then the feed falls back to polling, says why, and is to be polled now
        assertFalse(subscriber.pushing("news"));
        assertEquals("failed", subscriber.state("news").state());
        assertTrue(subscriber.state("news").error().contains("lease ended"), subscriber.state("news").error());
        assertEquals(List.of("news"), subscriber.drainChanged());
    }

    @Test
    void shouldFallBackWhenTheHubRefusesAndTryAgainAfterTheRetryInterval() throws Exception {
        hub.refuseWith(400);
        subscriber.discovered(feed, new HubLinks(hub.hubUrl(), topic));
        Await.until(() -> "failed".equals(subscriber.state("news").state()), WAIT, () -> "" + subscriber.state("news"));
        assertTrue(subscriber.state("news").error().contains("HTTP 400"), subscriber.state("news").error());
        assertEquals(List.of("news"), subscriber.drainChanged());
        // After the retry interval, a hub that works again gets a new request
        hub.refuseWith(0);
        clock.advance(Duration.ofMinutes(31));
        subscriber.tick();
        Await.until(() -> subscriber.pushing("news"), WAIT, () -> "" + subscriber.state("news"));
    }

    @Test
    void shouldFallBackWhenTheVerificationNeverComes() throws Exception {
        hub.verify(false);
        subscriber.discovered(feed, new HubLinks(hub.hubUrl(), topic));
        Await.until(() -> hub.subscribeRequests() == 1, WAIT, () -> "requests " + hub.subscribeRequests());
        clock.advance(Duration.ofMinutes(2));
        subscriber.tick();
        assertEquals("failed", subscriber.state("news").state());
        assertTrue(subscriber.state("news").error().contains("did not verify"), subscriber.state("news").error());
    }

    @Test
    void shouldUnsubscribeAFeedThatWasRemoved() throws Exception {
        subscribeAndAwaitVerification();
        subscriber.removed("news");
        Await.until(() -> hub.subscription(topic) == null, WAIT, () -> "hub still holds " + hub.subscription(topic));
        assertEquals(null, subscriber.state("news"));
        byte[] body = "<feed/>".getBytes(StandardCharsets.UTF_8);
        assertEquals(404, hub.post(subscriber.callback("news"), body, Signatures.sign("any", body)),
                "a notification for no subscription");
    }

    private void subscribeAndAwaitVerification() {
        subscriber.discovered(feed, new HubLinks(hub.hubUrl(), topic));
        Await.until(() -> subscriber.pushing("news") && hub.subscription(topic) != null, WAIT,
                () -> "state " + subscriber.state("news") + ", hub verifications " + hub.verifications());
    }

    /** A clock that moves only when told. */
    static final class TestClock extends Clock {
        private volatile Instant now = Instant.parse("2026-12-04T12:00:00Z");

        void advance(Duration step) {
            now = now.plus(step);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
