package dev.newswatch.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newswatch.alerts.SubscriptionRegistry;
import dev.newswatch.core.config.ConfigException;
import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.ConfigNode;
import dev.newswatch.core.model.Subscription;
import dev.newswatch.core.serde.Json;
import java.util.List;
import java.util.Locale;

/**
 * {@code /api/v1/subscriptions}: entries in the shape of {@code subscriptions.yml}, read by
 * {@link ConfigLoader#subscription}, plus {@code disabled} and the read-only {@code disabled-reason}.
 *
 * <p>Credentials are write-only: {@code secret}/{@code secrets}, {@code feed-token}, and the {@code url} of a
 * Slack, Teams or Discord subscription (its path is the credential) are never returned, and an update of a
 * subscription of the same channel that leaves them out keeps the stored ones. An update keeps a subscription
 * disabled (unsubscribed, 410 Gone) unless its body says {@code "disabled": false}.
 */
final class SubscriptionResource extends Resource<Subscription> {

    static final String DISABLED = "disabled";
    static final String DISABLED_REASON = "disabled-reason";
    static final String DISABLED_BY_API = "disabled through the HTTP API";

    SubscriptionResource(SubscriptionRegistry registry) {
        super("subscriptions", "subscription", registry);
    }

    @Override
    Subscription parse(ObjectNode body, Subscription current) {
        body.remove(DISABLED_REASON);
        JsonNode disabled = body.remove(DISABLED);
        if (disabled != null && !disabled.isBoolean() && !disabled.isNull()) {
            throw new ConfigException(SOURCE, DISABLED, "must be true or false, got '" + disabled.asText() + "'");
        }
        if (current != null && current.channel().equals(body.path("channel").asText("").toLowerCase(Locale.ROOT))) {
            keepWriteOnly(body, current);
        }
        Subscription parsed = ConfigLoader.subscription(new ConfigNode(SOURCE, "", body));
        if (disabled != null && disabled.isBoolean()) {
            return disabled.asBoolean() ? parsed.disable(current != null && current.disabled()
                    ? current.disabledReason() : DISABLED_BY_API) : parsed;
        }
        return current != null && current.disabled() ? parsed.disable(current.disabledReason()) : parsed;
    }

    /** The stored credentials, for those the body leaves out. */
    private static void keepWriteOnly(ObjectNode body, Subscription current) {
        if (!body.has("secret") && !body.has("secrets") && !current.secrets().isEmpty()) {
            ArrayNode secrets = body.putArray("secrets");
            current.secrets().forEach(secrets::add);
        }
        if (!body.has("feed-token") && current.feedToken() != null) {
            body.put("feed-token", current.feedToken());
        }
        if (!body.has("url") && current.url() != null && Subscription.CHAT_WEBHOOKS.contains(current.channel())) {
            body.put("url", current.url());
        }
    }

    @Override
    ObjectNode write(Subscription s) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("id", s.id());
        node.put("channel", s.channel());
        if (s.url() != null && !Subscription.CHAT_WEBHOOKS.contains(s.channel())) {
            node.put("url", s.url());
        }
        text(node, "secret-env", s.secretEnv());
        text(node, "to", s.to());
        node.put("mode", s.mode());
        node.put("digest", s.digest());
        node.put("digest-hour", s.digestHour());
        node.put("digest-day", s.digestDay());
        node.put("time-zone", s.timeZone());
        if (s.minAmountUsd() != null) {
            node.put("min-amount-usd", s.minAmountUsd());
        }
        list(node, "categories", s.categories());
        list(node, "entities", s.entities());
        list(node, "stages", s.stages());
        list(node, "types", s.types());
        list(node, "languages", s.languages());
        node.put("max-per-minute", s.maxPerMinute());
        text(node, "chat-id", s.chatId());
        text(node, "bot-token-env", s.botTokenEnv());
        text(node, "api-base-url", s.apiBaseUrl());
        text(node, "query", s.query());
        node.put(DISABLED, s.disabled());
        text(node, DISABLED_REASON, s.disabledReason());
        return node;
    }

    private static void text(ObjectNode node, String key, String value) {
        if (value != null) {
            node.put(key, value);
        }
    }

    private static void list(ObjectNode node, String key, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(key);
            values.forEach(array::add);
        }
    }

    @Override
    String id(Subscription s) {
        return s.id();
    }
}
