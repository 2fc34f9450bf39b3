package dev.newswatch.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.alerts.channel.AlertView;
import dev.newswatch.alerts.channel.DeliveryResult;
import dev.newswatch.alerts.channel.MailTarget;
import dev.newswatch.alerts.channel.Mailer;
import dev.newswatch.alerts.channel.WebhookSender;
import dev.newswatch.alerts.channel.WebhookTarget;
import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealStage;
import dev.newswatch.core.model.DealType;
import dev.newswatch.core.model.Delivery;
import dev.newswatch.core.model.Party;
import dev.newswatch.core.model.Qualifier;
import dev.newswatch.core.model.Source;
import dev.newswatch.core.model.Subscription;
import dev.newswatch.core.model.TrackedDeal;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * One delivery through each channel, with a console captured in memory and recording fakes of the webhook
 * sender and mailer (their network behaviour has its own tests): which target each channel builds, secrets
 * from the injected environment, unsubscribe links in mail targets, and misconfiguration as a permanent result.
 */
class ChannelsTest {

    private static final Instant FIRST_SEEN = Instant.parse("2026-11-26T09:30:00Z");
    private static final byte[] UNSUBSCRIBE_KEY = "unsubscribe-test-key-0123456789ab".getBytes(StandardCharsets.UTF_8);
    private static final String SECRET_A = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String SECRET_B = "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD";

    private final ByteArrayOutputStream consoleBytes = new ByteArrayOutputStream();
    private final PrintStream console = new PrintStream(consoleBytes, true, StandardCharsets.UTF_8);
    private final List<WebhookCall> webhookCalls = new ArrayList<>();
    private final RecordingMailer mailer = new RecordingMailer();
    private final UnsubscribeLinks links = new UnsubscribeLinks(UNSUBSCRIBE_KEY, "https://alerts.example.com/",
            "unsubscribe@example.com");

    // ---- console ----

    @Test
    void shouldPrintAReadableBlockOnTheConsole() {
        // Given a console subscription
        Channels channels = channels(recordingWebhooks(new DeliveryResult.Delivered("204")), Map.of());
        Subscription terminal = console("terminal");

        // When
        DeliveryResult result = channels.deliver(terminal, delivery("deal-1-v1", Alert.NEW, "terminal"));

        // Then the block names the kind, the time, the headline, type and stage, categories, evidence, sources, id
        assertInstanceOf(DeliveryResult.Delivered.class, result);
        String printed = consoleBytes.toString(StandardCharsets.UTF_8);
        assertEquals("""

                ┌─ NEW DEAL ─ 2026-11-26 09:30 UTC
                │ Amazon to invest in OpenAI: more than $10 billion (in talks)
                │ investment, in-talks  [ai-funding, cloud]
                │ “Amazon is in talks to invest more than $10 billion in OpenAI.”
                │ Il Sole 24 Ore: https://news.example.test/it/amazon-openai
                └─ deal-1-v1
                """, printed);
        assertTrue(webhookCalls.isEmpty() && mailer.singles.isEmpty(), "a console delivery sends nothing else");
    }

    @Test
    void shouldSayNewCompanyOnTheConsoleForAPartyTheEntityTableDoesNotKnow() {
        // Given a deal between two companies that are in no entity file
        Channels channels = channels(recordingWebhooks(new DeliveryResult.Delivered("204")), Map.of());
        BigDecimal amount = new BigDecimal("300000000");
        Deal deal = new Deal(Party.provisional("Halvora Capital"), Party.provisional("Zentrix Robotics"), amount, null,
                "USD", amount, Qualifier.EXACT, DealType.INVESTMENT, DealStage.ANNOUNCED,
                "Zentrix Robotics has raised $300 million in a Series C round led by Halvora Capital.", 0, 84);

        // When
        channels.deliver(console("terminal"), delivery("deal-2-v1", deal, "terminal"));

        // Then the headline line says which companies are new
        String printed = consoleBytes.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("\n│ Halvora Capital (new company) to invest in Zentrix Robotics (new company):"
                + " $300 million (announced)\n"), printed);
    }

    @Test
    void shouldPrintAnUpdateAndEveryAlertOfAConsoleDigest() {
        Channels channels = channels(recordingWebhooks(new DeliveryResult.Delivered("204")), Map.of());

        DeliveryResult result = channels.deliverDigest(console("terminal"), "digest-1",
                List.of(delivery("deal-1-v1", Alert.NEW, "terminal"), delivery("deal-1-v2", Alert.UPDATE, "terminal")));

        assertInstanceOf(DeliveryResult.Delivered.class, result);
        String printed = consoleBytes.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("┌─ NEW DEAL ─") && printed.contains("└─ deal-1-v1\n"), printed);
        assertTrue(printed.contains("┌─ DEAL UPDATE ─") && printed.contains("└─ deal-1-v2\n"), printed);
        assertTrue(printed.indexOf("deal-1-v1") < printed.indexOf("deal-1-v2"), "in the order given: " + printed);
    }

    // ---- webhooks ----

    @Test
    void shouldSendAWebhookWithItsUrlSecretsAndTheStableDeliveryId() {
        // Given a webhook subscription with two secrets (rotation)
        Channels channels = channels(recordingWebhooks(new DeliveryResult.Delivered("HTTP 204")), Map.of());
        Subscription hook = webhook("analyst-webhook", List.of(SECRET_A, SECRET_B), null);
        Delivery d = delivery("deal-1-v1", Alert.NEW, hook.id());

        // When
        DeliveryResult result = channels.deliver(hook, d);

        // Then
        assertEquals(new DeliveryResult.Delivered("HTTP 204"), result);
        assertEquals(1, webhookCalls.size());
        WebhookCall call = webhookCalls.get(0);
        assertEquals(URI.create("https://receiver.example.com/hooks/deals"), call.target().url());
        assertEquals(List.of(SECRET_A, SECRET_B), call.target().secrets());
        assertEquals(d.deliveryId(), call.deliveryId(), "the delivery id is the webhook-id");
        assertEquals("deal-1-v1", call.view().alertId());
        assertEquals("more than $10 billion", call.view().amountText());
    }

    @Test
    void shouldReadWebhookSecretsFromTheInjectedEnvironment() {
        // Given secrets in an environment variable, space-separated, with stray blanks
        List<String> asked = new ArrayList<>();
        Function<String, String> env = name -> {
            asked.add(name);
            return "ANALYST_WEBHOOK_SECRET".equals(name) ? "  " + SECRET_A + "   " + SECRET_B + "\n" : null;
        };
        Channels channels = new Channels(recordingWebhooks(new DeliveryResult.Delivered("HTTP 200")), mailer, console,
                links, env);
        Subscription hook = webhook("analyst-webhook", List.of(), "ANALYST_WEBHOOK_SECRET");

        // When
        DeliveryResult result = channels.deliver(hook, delivery("deal-1-v1", Alert.NEW, hook.id()));

        // Then
        assertInstanceOf(DeliveryResult.Delivered.class, result);
        assertEquals(List.of("ANALYST_WEBHOOK_SECRET"), asked);
        assertEquals(List.of(SECRET_A, SECRET_B), webhookCalls.get(0).target().secrets());
    }

    @Test
    void shouldFailPermanentlyWithoutSendingWhenTheSecretVariableIsNotSet() {
        // Given a subscription naming a variable the environment does not have, and one where it is blank
        Channels unset = channels(recordingWebhooks(new DeliveryResult.Delivered("HTTP 200")), Map.of());
        Channels blank = channels(recordingWebhooks(new DeliveryResult.Delivered("HTTP 200")),
                Map.of("ANALYST_WEBHOOK_SECRET", "  "));
        Subscription hook = webhook("analyst-webhook", List.of(), "ANALYST_WEBHOOK_SECRET");

        // When
        DeliveryResult first = unset.deliver(hook, delivery("deal-1-v1", Alert.NEW, hook.id()));
        DeliveryResult second = blank.deliver(hook, delivery("deal-1-v1", Alert.NEW, hook.id()));

        // Then nothing is sent and the reason names the subscription and the variable
        for (DeliveryResult result : List.of(first, second)) {
            DeliveryResult.Permanent permanent = assertInstanceOf(DeliveryResult.Permanent.class, result);
            assertEquals("subscription analyst-webhook is misconfigured: secret-env ANALYST_WEBHOOK_SECRET is not set",
                    permanent.reason());
        }
        assertTrue(webhookCalls.isEmpty());
    }

    @Test
    void shouldFailPermanentlyWhenAWebhookHasNoSecretAtAll() {
        Channels channels = channels(recordingWebhooks(new DeliveryResult.Delivered("HTTP 200")), Map.of());
        Subscription hook = webhook("unsigned", List.of(), null);

        DeliveryResult result = channels.deliver(hook, delivery("deal-1-v1", Alert.NEW, hook.id()));

        DeliveryResult.Permanent permanent = assertInstanceOf(DeliveryResult.Permanent.class, result);
        assertTrue(permanent.reason().startsWith("subscription unsigned is misconfigured: "), permanent.reason());
        assertTrue(webhookCalls.isEmpty());
    }

    @Test
    void shouldPassTheSendersOutcomeThrough() {
        // Given a receiver answering 503 with Retry-After
        DeliveryResult.Retryable busy = new DeliveryResult.Retryable("HTTP 503 from receiver.example.com",
                Duration.ofSeconds(120));
        Channels channels = channels(recordingWebhooks(busy), Map.of());
        Subscription hook = webhook("analyst-webhook", List.of(SECRET_A), null);

        assertEquals(busy, channels.deliver(hook, delivery("deal-1-v1", Alert.NEW, hook.id())));
    }

    @Test
    void shouldSendAFoldedWebhookBatchAsSeparateSignedCallsAndStopAtTheFirstFailure() {
        // Given a receiver that takes the first call and fails the second
        List<DeliveryResult> answers = new ArrayList<>(List.of(new DeliveryResult.Delivered("HTTP 200"),
                new DeliveryResult.Retryable("HTTP 502"), new DeliveryResult.Delivered("HTTP 200")));
        Channels channels = channels((target, id, view) -> {
            webhookCalls.add(new WebhookCall(target, id, view));
            return answers.remove(0);
        }, Map.of());
        Subscription hook = webhook("analyst-webhook", List.of(SECRET_A), null);
        List<Delivery> batch = List.of(delivery("deal-1-v1", Alert.NEW, hook.id()),
                delivery("deal-2-v1", Alert.NEW, hook.id()), delivery("deal-3-v1", Alert.NEW, hook.id()));

        // When
        DeliveryResult result = channels.deliverDigest(hook, "digest-x", batch);

        // Then each call carried its own delivery id, and the third was not tried
        assertEquals(new DeliveryResult.Retryable("HTTP 502"), result);
        assertEquals(List.of(batch.get(0).deliveryId(), batch.get(1).deliveryId()),
                webhookCalls.stream().map(WebhookCall::deliveryId).toList());
    }

    @Test
    void shouldReportHowManyWebhookCallsAFoldedBatchMade() {
        Channels channels = channels(recordingWebhooks(new DeliveryResult.Delivered("HTTP 200")), Map.of());
        Subscription hook = webhook("analyst-webhook", List.of(SECRET_A), null);

        DeliveryResult result = channels.deliverDigest(hook, "digest-x",
                List.of(delivery("deal-1-v1", Alert.NEW, hook.id()), delivery("deal-2-v1", Alert.NEW, hook.id())));

        assertEquals(new DeliveryResult.Delivered("2 webhook calls"), result);
        assertEquals(2, webhookCalls.size());
    }

    // ---- email ----

    @Test
    void shouldMailWithTheSignedHttpsAndMailtoUnsubscribeLinks() {
        // Given an email subscription and a public base URL (with a trailing slash, which is dropped)
        Channels channels = channels(recordingWebhooks(new DeliveryResult.Delivered("204")), Map.of());
        Subscription email = email("analyst-email", "instant");
        Delivery d = delivery("deal-1-v1", Alert.NEW, email.id());

        // When
        DeliveryResult result = channels.deliver(email, d);

        // Then the mailer got the recipient, the one-click https link and the mailto link
        assertEquals(new DeliveryResult.Delivered("250 OK"), result);
        assertEquals(1, mailer.singles.size());
        MailTarget target = mailer.singles.get(0).target();
        assertEquals("analyst@example.com", target.to());
        assertEquals(URI.create("https://alerts.example.com/unsubscribe?s=analyst-email&t=" + links.token("analyst-email")),
                target.unsubscribeHttps());
        assertEquals("mailto:unsubscribe@example.com?subject=unsubscribe%20analyst-email", target.unsubscribeMailto());
        assertEquals(d.deliveryId(), mailer.singles.get(0).id(), "the delivery id fixes the Message-ID");
    }

    @Test
    void shouldMailWithOnlyTheMailtoLinkWhenNoPublicBaseUrlIsConfigured() {
        UnsubscribeLinks mailtoOnly = new UnsubscribeLinks(UNSUBSCRIBE_KEY, null, "unsubscribe@example.com");
        Channels channels = new Channels(recordingWebhooks(new DeliveryResult.Delivered("204")), mailer, console,
                mailtoOnly, name -> null);
        Subscription email = email("analyst-email", "instant");

        channels.deliver(email, delivery("deal-1-v1", Alert.NEW, email.id()));

        assertNull(mailer.singles.get(0).target().unsubscribeHttps());
        assertEquals("mailto:unsubscribe@example.com?subject=unsubscribe%20analyst-email",
                mailer.singles.get(0).target().unsubscribeMailto());
    }

    @Test
    void shouldMailADigestAsOneMessageWithEveryAlertInOrder() {
        Channels channels = channels(recordingWebhooks(new DeliveryResult.Delivered("204")), Map.of());
        Subscription email = email("analyst-digest", "digest");

        DeliveryResult result = channels.deliverDigest(email, "digest-42",
                List.of(delivery("deal-1-v1", Alert.NEW, email.id()), delivery("deal-2-v1", Alert.NEW, email.id())));

        assertEquals(new DeliveryResult.Delivered("250 OK digest"), result);
        assertTrue(mailer.singles.isEmpty());
        assertEquals(1, mailer.digests.size());
        DigestCall digest = mailer.digests.get(0);
        assertEquals("digest-42", digest.id());
        assertEquals(List.of("deal-1-v1", "deal-2-v1"), digest.views().stream().map(AlertView::alertId).toList());
        assertEquals(URI.create("https://alerts.example.com/unsubscribe?s=analyst-digest&t=" + links.token("analyst-digest")),
                digest.target().unsubscribeHttps());
    }

    @Test
    void shouldAddAFeedDeliveryToTheFeedWithoutSendingAnything() {
        Channels channels = channels(recordingWebhooks(new DeliveryResult.Delivered("unused")), Map.of());
        Subscription feed = new Subscription("desk-feed", Subscription.FEED, null, null, null, null, null, null, null,
                null, null, null, null, null, 0, false, null, null, null, null, "token-0123456789abcdef", null, null, null);

        DeliveryResult single = channels.deliver(feed, delivery("deal-1-v1", Alert.NEW, "desk-feed"));
        DeliveryResult digest = channels.deliverDigest(feed, "digest-1", List.of(delivery("deal-1-v1", Alert.NEW,
                "desk-feed"), delivery("deal-2-v1", Alert.NEW, "desk-feed")));

        assertEquals(new DeliveryResult.Delivered("1 alert added to the feed of desk-feed"), single);
        assertEquals(new DeliveryResult.Delivered("2 alerts added to the feed of desk-feed"), digest);
        assertTrue(webhookCalls.isEmpty() && mailer.singles.isEmpty() && mailer.digests.isEmpty());
    }

    @Test
    void shouldFailAChatDeliveryPermanentlyWhenTheAlerterHasNoChatSender() {
        Channels channels = channels(recordingWebhooks(new DeliveryResult.Delivered("unused")), Map.of());
        Subscription slack = new Subscription("team-slack", Subscription.SLACK, "https://hooks.example.test/x", null,
                null, null, null, null, null, null, null, null, null, null, 0, false, null);

        DeliveryResult result = channels.deliver(slack, delivery("deal-1-v1", Alert.NEW, "team-slack"));

        assertEquals(new DeliveryResult.Permanent("subscription team-slack: channel slack is not available in this alerter"),
                result);
    }

    // ---- fixtures ----

    private Channels channels(WebhookSender webhooks, Map<String, String> env) {
        return new Channels(webhooks, mailer, console, links, env::get);
    }

    private WebhookSender recordingWebhooks(DeliveryResult answer) {
        return (target, deliveryId, view) -> {
            webhookCalls.add(new WebhookCall(target, deliveryId, view));
            return answer;
        };
    }

    private static Subscription console(String id) {
        return new Subscription(id, Subscription.CONSOLE, null, null, null, null, null, null, null, null, null, null, null,
                null, 0, false, null);
    }

    private static Subscription webhook(String id, List<String> secrets, String secretEnv) {
        return new Subscription(id, Subscription.WEBHOOK, "https://receiver.example.com/hooks/deals", secrets, secretEnv,
                null, null, null, null, null, null, null, null, null, 0, false, null);
    }

    private static Subscription email(String id, String mode) {
        return new Subscription(id, Subscription.EMAIL, null, null, null, "analyst@example.com", mode, "hourly", null,
                null, null, null, null, null, 0, false, null);
    }

    private static Delivery delivery(String alertId, String kind, String subscriptionId) {
        BigDecimal amount = new BigDecimal("10000000000");
        Deal deal = new Deal(Party.of("amazon", "Amazon"), Party.of("openai", "OpenAI"), amount, null, "USD", amount,
                Qualifier.MORE_THAN, DealType.INVESTMENT, DealStage.IN_TALKS,
                "Amazon is in talks\n  to invest more than $10 billion in OpenAI.", 0, 60);
        return delivery(alertId, kind, deal, subscriptionId);
    }

    private static Delivery delivery(String alertId, Deal deal, String subscriptionId) {
        return delivery(alertId, Alert.NEW, deal, subscriptionId);
    }

    private static Delivery delivery(String alertId, String kind, Deal deal, String subscriptionId) {
        Source source = new Source("article-1", "Il Sole 24 Ore", "Amazon in trattative con OpenAI",
                "https://news.example.test/it/amazon-openai", "it", FIRST_SEEN.minusSeconds(600));
        TrackedDeal tracked = new TrackedDeal("deal-1", deal, List.of("ai-funding", "cloud"), List.of(source), FIRST_SEEN,
                FIRST_SEEN, 1, "new");
        Alert alert = new Alert(alertId, kind, tracked, FIRST_SEEN);
        return new Delivery("dlv-" + alertId + "-" + subscriptionId, subscriptionId, alert, Delivery.PENDING, 0, null,
                FIRST_SEEN, null, FIRST_SEEN, 0);
    }

    private record WebhookCall(WebhookTarget target, String deliveryId, AlertView view) {
    }

    private record MailCall(MailTarget target, String id, AlertView view) {
    }

    private record DigestCall(MailTarget target, String id, List<AlertView> views) {
    }

    /** Records what it was asked to send and accepts everything. */
    private static final class RecordingMailer implements Mailer {
        final List<MailCall> singles = new ArrayList<>();
        final List<DigestCall> digests = new ArrayList<>();

        @Override
        public DeliveryResult send(MailTarget target, String deliveryId, AlertView alert) {
            singles.add(new MailCall(target, deliveryId, alert));
            return new DeliveryResult.Delivered("250 OK");
        }

        @Override
        public DeliveryResult sendDigest(MailTarget target, String digestId, List<AlertView> alerts) {
            digests.add(new DigestCall(target, digestId, alerts));
            return new DeliveryResult.Delivered("250 OK digest");
        }
    }
}
