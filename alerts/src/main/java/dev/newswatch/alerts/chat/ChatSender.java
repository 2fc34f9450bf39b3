package dev.newswatch.alerts.chat;

import dev.newswatch.alerts.channel.AlertView;
import dev.newswatch.alerts.channel.DeliveryResult;
import dev.newswatch.alerts.webhook.HttpWebhookSender;
import dev.newswatch.core.model.Subscription;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Posts alerts to a chat subscription: Slack, Teams and Discord to their incoming-webhook {@code url}, Telegram
 * to {@code <api-base-url>/bot<token>/sendMessage} with the bot token read from the variable the subscription
 * names. The posts go through {@link HttpWebhookSender#postJson} (network policy, deadline, classification:
 * 429 and 5xx retryable with Retry-After or the body's {@code retry_after}, 410 disables, other 4xx permanent).
 *
 * <p>Results and logs name the platform and host only: chat webhook URLs and the Telegram path hold
 * credentials. A digest that needs several messages stops at the first that fails, and is retried whole: the
 * messages before it are then sent again. Thread-safe.
 */
public final class ChatSender {

    private final HttpWebhookSender http;
    private final Function<String, String> env;

    /**
     * @param http posts the messages
     * @param env  reads environment variables (the Telegram bot token); injected for tests
     */
    public ChatSender(HttpWebhookSender http, Function<String, String> env) {
        this.http = Objects.requireNonNull(http, "http");
        this.env = Objects.requireNonNull(env, "env");
    }

    /** The format of a chat channel, or null when {@code s} is not a chat subscription. */
    public static ChatFormat format(Subscription s) {
        return switch (s.channel()) {
            case Subscription.SLACK -> new SlackFormat();
            case Subscription.TEAMS -> new TeamsFormat();
            case Subscription.DISCORD -> new DiscordFormat();
            case Subscription.TELEGRAM -> new TelegramFormat(s.chatId());
            default -> null;
        };
    }

    /** True for the channels this sender serves. */
    public static boolean serves(String channel) {
        return Subscription.CHAT_WEBHOOKS.contains(channel) || Subscription.TELEGRAM.equals(channel);
    }

    /**
     * Sends {@code alerts} (one, or a digest) to the chat of {@code s}.
     *
     * @param deliveryId the delivery's or digest's id, for the logs
     * @return delivered when every message was accepted, else the first failure; never throws for delivery problems
     */
    public DeliveryResult send(Subscription s, String deliveryId, List<AlertView> alerts) {
        ChatFormat format = format(s);
        if (format == null) {
            return new DeliveryResult.Permanent("subscription " + s.id() + " is not a chat subscription");
        }
        URI url;
        String endpoint;
        try {
            if (Subscription.TELEGRAM.equals(s.channel())) {
                String token = env.apply(s.botTokenEnv());
                if (token == null || token.isBlank()) {
                    return new DeliveryResult.Permanent("subscription " + s.id() + " is misconfigured: bot-token-env "
                            + s.botTokenEnv() + " is not set");
                }
                String base = s.apiBaseUrl().endsWith("/") ? s.apiBaseUrl() : s.apiBaseUrl() + "/";
                url = URI.create(base + "bot" + token.strip() + "/sendMessage");
                endpoint = "telegram " + base + "bot<token>/sendMessage";
            } else {
                url = URI.create(s.url().strip());
                endpoint = s.channel() + " " + url.getScheme() + "://" + url.getHost()
                        + (url.getPort() < 0 ? "" : ":" + url.getPort());
            }
        } catch (IllegalArgumentException e) {
            return new DeliveryResult.Permanent("subscription " + s.id() + " has an invalid URL");
        }
        if (url.getHost() == null || !List.of("http", "https").contains(String.valueOf(url.getScheme()))) {
            return new DeliveryResult.Permanent("subscription " + s.id() + " needs an absolute http or https URL");
        }
        List<String> messages = format.messages(alerts);
        for (String body : messages) {
            DeliveryResult result = http.postJson(url, endpoint, deliveryId, body);
            if (!(result instanceof DeliveryResult.Delivered)) {
                return result;
            }
        }
        return new DeliveryResult.Delivered(messages.size() == 1 ? "1 message to " + endpoint
                : messages.size() + " messages to " + endpoint);
    }
}
