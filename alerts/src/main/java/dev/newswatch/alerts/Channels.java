package dev.newswatch.alerts;

import dev.newswatch.alerts.channel.AlertView;
import dev.newswatch.alerts.channel.DeliveryResult;
import dev.newswatch.alerts.channel.MailTarget;
import dev.newswatch.alerts.channel.Mailer;
import dev.newswatch.alerts.channel.WebhookSender;
import dev.newswatch.alerts.channel.WebhookTarget;
import dev.newswatch.alerts.chat.ChatSender;
import dev.newswatch.core.model.Delivery;
import dev.newswatch.core.model.Subscription;
import java.io.PrintStream;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Sends one delivery (or one digest) through the subscription's channel: a signed webhook, an email, a readable
 * block on the console, a chat message (Slack, Teams, Discord, Telegram), or, for a feed subscription, nothing:
 * a delivered feed delivery is the feed's entry, read from the ledger by the feed endpoint. Never throws for
 * delivery problems: every outcome is a {@link DeliveryResult}. Thread-safe if the senders are.
 */
public final class Channels {

    private final WebhookSender webhooks;
    private final Mailer mailer;
    private final PrintStream console;
    private final UnsubscribeLinks unsubscribe;
    private final Function<String, String> env;
    private final ChatSender chat;

    /** Channels without chat: a chat subscription's deliveries fail permanently, saying so. */
    public Channels(WebhookSender webhooks, Mailer mailer, PrintStream console, UnsubscribeLinks unsubscribe,
                    Function<String, String> env) {
        this(webhooks, mailer, console, unsubscribe, env, null);
    }

    /**
     * @param env  reads environment variables (webhook secrets named by {@code secret-env}); injected for tests
     * @param chat posts to chat channels, or null for none
     */
    public Channels(WebhookSender webhooks, Mailer mailer, PrintStream console, UnsubscribeLinks unsubscribe,
                    Function<String, String> env, ChatSender chat) {
        this.webhooks = Objects.requireNonNull(webhooks, "webhooks");
        this.mailer = Objects.requireNonNull(mailer, "mailer");
        this.console = Objects.requireNonNull(console, "console");
        this.unsubscribe = Objects.requireNonNull(unsubscribe, "unsubscribe");
        this.env = Objects.requireNonNull(env, "env");
        this.chat = chat;
    }

    public DeliveryResult deliver(Subscription s, Delivery d) {
        AlertView view = AlertViews.of(d.alert());
        try {
            return switch (s.channel()) {
                case Subscription.WEBHOOK -> webhooks.send(webhookTarget(s), d.deliveryId(), view);
                case Subscription.EMAIL -> mailer.send(mailTarget(s), d.deliveryId(), view);
                case Subscription.FEED -> inFeed(s, 1);
                case Subscription.CONSOLE -> printToConsole(List.of(view));
                default -> toChat(s, d.deliveryId(), List.of(view));
            };
        } catch (IllegalArgumentException e) {
            return new DeliveryResult.Permanent("subscription " + s.id() + " is misconfigured: " + e.getMessage());
        }
    }

    public DeliveryResult deliverDigest(Subscription s, String digestId, List<Delivery> deliveries) {
        List<AlertView> views = deliveries.stream().map(d -> AlertViews.of(d.alert())).toList();
        try {
            return switch (s.channel()) {
                case Subscription.EMAIL -> mailer.sendDigest(mailTarget(s), digestId, views);
                case Subscription.WEBHOOK -> sendEach(s, deliveries);
                case Subscription.FEED -> inFeed(s, views.size());
                case Subscription.CONSOLE -> printToConsole(views);
                default -> toChat(s, digestId, views);
            };
        } catch (IllegalArgumentException e) {
            return new DeliveryResult.Permanent("subscription " + s.id() + " is misconfigured: " + e.getMessage());
        }
    }

    /** Webhooks have no digest format: a folded batch is sent as individual, individually signed calls. */
    private DeliveryResult sendEach(Subscription s, List<Delivery> deliveries) {
        for (Delivery d : deliveries) {
            DeliveryResult result = webhooks.send(webhookTarget(s), d.deliveryId(), AlertViews.of(d.alert()));
            if (!(result instanceof DeliveryResult.Delivered)) {
                return result;
            }
        }
        return new DeliveryResult.Delivered(deliveries.size() + " webhook calls");
    }

    private DeliveryResult toChat(Subscription s, String deliveryId, List<AlertView> views) {
        if (chat == null || !ChatSender.serves(s.channel())) {
            return new DeliveryResult.Permanent("subscription " + s.id() + ": channel " + s.channel()
                    + " is not available in this alerter");
        }
        return chat.send(s, deliveryId, views);
    }

    /** A feed has nothing to send: the delivered delivery in the ledger is what the feed endpoint serves. */
    private static DeliveryResult inFeed(Subscription s, int count) {
        return new DeliveryResult.Delivered((count == 1 ? "1 alert" : count + " alerts") + " added to the feed of "
                + s.id());
    }

    private WebhookTarget webhookTarget(Subscription s) {
        List<String> secrets = s.secrets();
        if (secrets.isEmpty() && s.secretEnv() != null) {
            String value = env.apply(s.secretEnv());
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("secret-env " + s.secretEnv() + " is not set");
            }
            secrets = Arrays.stream(value.trim().split("\\s+")).toList();
        }
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("a webhook needs a secret (secret or secret-env)");
        }
        return new WebhookTarget(URI.create(s.url()), secrets);
    }

    private MailTarget mailTarget(Subscription s) {
        return new MailTarget(s.to(), unsubscribe.httpsLink(s.id()), unsubscribe.mailto(s.id()));
    }

    private DeliveryResult printToConsole(List<AlertView> views) {
        StringBuilder block = new StringBuilder();
        for (AlertView v : views) {
            block.append(ConsoleBlock.render(v));
        }
        synchronized (console) {
            console.print(block);
            console.flush();
        }
        return new DeliveryResult.Delivered("printed");
    }
}
