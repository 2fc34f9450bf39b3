package dev.newswatch.alerts.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.alerts.channel.AlertView;
import dev.newswatch.alerts.channel.DeliveryResult;
import dev.newswatch.alerts.channel.MutableClock;
import dev.newswatch.alerts.channel.TestAlerts;
import dev.newswatch.alerts.webhook.HttpWebhookSender;
import dev.newswatch.core.model.Subscription;
import dev.newswatch.core.net.NetworkPolicy;
import dev.newswatch.testkit.ChatReceiver;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link ChatSender} against local stand-ins of the four services, which check every payload they get. */
class ChatSenderTest {

    private static final String TOKEN = "123456:AAH-test_token-never-logged";
    private static final NetworkPolicy LOOPBACK_ALLOWED = new NetworkPolicy(List.of("127.0.0.0/8"), List.of());

    private ChatReceiver receiver;
    private ChatSender sender;

    @BeforeEach
    void start() throws Exception {
        receiver = new ChatReceiver(TOKEN);
        HttpWebhookSender http = new HttpWebhookSender(HttpWebhookSender.newHttpClient(Duration.ofSeconds(2)),
                new MutableClock(Instant.parse("2026-11-26T10:00:00Z")), LOOPBACK_ALLOWED, Duration.ofSeconds(5),
                HttpWebhookSender.DEFAULT_USER_AGENT);
        sender = new ChatSender(http, name -> "TEST_BOT_TOKEN".equals(name) ? TOKEN : null);
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void shouldDeliverOneValidMessageToEachPlatform() {
        for (String platform : List.of("slack", "teams", "discord", "telegram")) {
            DeliveryResult result = sender.send(subscription(platform), "dlv_test", List.of(TestAlerts.amazonOpenAi()));
            assertInstanceOf(DeliveryResult.Delivered.class, result, platform + ": " + result);
            List<ChatReceiver.Request> got = receiver.requests(platform);
            assertEquals(1, got.size(), platform + " requests");
            assertEquals(List.of(), got.get(0).violations(), platform + ": " + got.get(0).body());
        }
        assertTrue(receiver.requests("telegram").get(0).body().contains("\"chat_id\":\"-1001234567890\""));
    }

    @Test
    void shouldSendADigestAsFewValidMessages() {
        List<AlertView> alerts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            alerts.add(TestAlerts.withHeadline("digest-" + i, "Deal " + i));
        }
        DeliveryResult result = sender.send(subscription("slack"), "dlv_test", alerts);
        assertEquals(new DeliveryResult.Delivered("2 messages to slack http://127.0.0.1:" + port()), result);
        receiver.requests("slack").forEach(r -> assertEquals(List.of(), r.violations(), r.body()));
    }

    @Test
    void shouldRetryA429AfterTheDelayInItsHeaderOrBody() {
        // Given each service answering 429 once, the way it says when to come back
        receiver.answer("slack", new ChatReceiver.Answer(429, Map.of("Retry-After", "7"), "rate_limited"));
        receiver.answer("discord", new ChatReceiver.Answer(429, Map.of("Content-Type", "application/json"),
                "{\"message\":\"You are being rate limited.\",\"retry_after\":2.5,\"global\":false}"));
        receiver.answer("telegram", new ChatReceiver.Answer(429, Map.of("Content-Type", "application/json"),
                "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 11\","
                        + "\"parameters\":{\"retry_after\":11}}"));
        // When one alert is sent to each
        DeliveryResult slack = sender.send(subscription("slack"), "dlv_test", List.of(TestAlerts.amazonOpenAi()));
        DeliveryResult discord = sender.send(subscription("discord"), "dlv_test", List.of(TestAlerts.amazonOpenAi()));
        DeliveryResult telegram = sender.send(subscription("telegram"), "dlv_test", List.of(TestAlerts.amazonOpenAi()));
        // Then each is retryable after the delay asked for
        assertEquals(Duration.ofSeconds(7), assertInstanceOf(DeliveryResult.Retryable.class, slack).retryAfter());
        assertEquals(Duration.ofMillis(2500), assertInstanceOf(DeliveryResult.Retryable.class, discord).retryAfter());
        assertEquals(Duration.ofSeconds(11), assertInstanceOf(DeliveryResult.Retryable.class, telegram).retryAfter());
        // And the next attempt goes through
        assertInstanceOf(DeliveryResult.Delivered.class,
                sender.send(subscription("telegram"), "dlv_test", List.of(TestAlerts.amazonOpenAi())));
    }

    @Test
    void shouldNameNeitherTheBotTokenNorTheWebhookPathInAFailure() {
        receiver.answer("telegram", new ChatReceiver.Answer(500, Map.of(), "internal"));
        receiver.answer("slack", new ChatReceiver.Answer(404, Map.of(), "no_service"));
        DeliveryResult telegram = sender.send(subscription("telegram"), "dlv_test", List.of(TestAlerts.amazonOpenAi()));
        DeliveryResult slack = sender.send(subscription("slack"), "dlv_test", List.of(TestAlerts.amazonOpenAi()));
        String telegramReason = assertInstanceOf(DeliveryResult.Retryable.class, telegram).reason();
        String slackReason = assertInstanceOf(DeliveryResult.Permanent.class, slack).reason();
        assertFalse(telegramReason.contains(TOKEN), telegramReason);
        assertTrue(telegramReason.contains("bot<token>"), telegramReason);
        assertFalse(slackReason.contains("/slack"), slackReason);
    }

    @Test
    void shouldFailPermanentlyWithoutTheBotTokenAndDisableOnGone() {
        Subscription noToken = new Subscription("tg", "telegram", null, null, null, null, null, null, null, null, null,
                null, null, null, 0, false, null, "42", "UNSET_VARIABLE", receiver.telegramBase(), null, null, null, null);
        DeliveryResult missing = sender.send(noToken, "dlv_test", List.of(TestAlerts.amazonOpenAi()));
        assertTrue(assertInstanceOf(DeliveryResult.Permanent.class, missing).reason().contains("UNSET_VARIABLE"));
        receiver.answer("discord", new ChatReceiver.Answer(410, Map.of(), "gone"));
        DeliveryResult gone = sender.send(subscription("discord"), "dlv_test", List.of(TestAlerts.amazonOpenAi()));
        assertTrue(assertInstanceOf(DeliveryResult.Permanent.class, gone).disableSubscription(), gone.toString());
        assertTrue(receiver.requests("telegram").isEmpty(), "nothing sent without a token");
    }

    private int port() {
        return java.net.URI.create(receiver.url("slack")).getPort();
    }

    private Subscription subscription(String platform) {
        if (platform.equals("telegram")) {
            return new Subscription("tg", "telegram", null, null, null, null, null, null, null, null, null, null, null,
                    null, 0, false, null, "-1001234567890", "TEST_BOT_TOKEN", receiver.telegramBase(), null, null, null, null);
        }
        return new Subscription(platform + "-sub", platform, receiver.url(platform), null, null, null, null, null, null,
                null, null, null, null, null, 0, false, null, null, null, null, null, null, null, null);
    }
}
