package dev.newswatch.alerts.chat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newswatch.alerts.channel.AlertView;
import dev.newswatch.alerts.channel.NotificationRenderer;
import dev.newswatch.core.serde.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Microsoft Teams Workflows webhook message: {@code {"type": "message", "attachments": [{"contentType":
 * "application/vnd.microsoft.card.adaptive", "content": <AdaptiveCard 1.4>}]}}. Per alert the card holds a
 * {@code Container} with the title, a {@code FactSet} with the facts, the evidence, the sources as Markdown
 * links and the alert id.
 *
 * <p>Teams caps a message at about 28 KB: a card is kept under {@value #MAX_BYTES} bytes of JSON and at most
 * {@value #MAX_ALERTS} alerts (a digest is split). Feed text is backslash-escaped for the Markdown that
 * {@code TextBlock}s and facts read, and "{{" (a date function in Adaptive Cards) is broken. Stateless and
 * thread-safe.
 */
public final class TeamsFormat implements ChatFormat {

    /** The Adaptive Card version sent; Teams renders up to 1.5. */
    public static final String CARD_VERSION = "1.4";
    /** The content type of an Adaptive Card attachment. */
    public static final String CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
    /** Largest message body sent, in UTF-8 bytes, below Teams' 28 KB. */
    public static final int MAX_BYTES = 24_000;
    /** Most alerts in one card. */
    public static final int MAX_ALERTS = 10;
    /** Most sources listed per alert, so one alert always fits a card. */
    static final int MAX_SOURCES = 20;

    @Override
    public List<String> messages(List<AlertView> alerts) {
        if (alerts.isEmpty()) {
            throw new IllegalArgumentException("a chat message needs at least one alert");
        }
        List<String> out = new ArrayList<>();
        List<ObjectNode> containers = new ArrayList<>();
        for (AlertView alert : alerts) {
            ObjectNode container = container(alert);
            containers.add(container);
            if (containers.size() > MAX_ALERTS || bytes(message(containers)) > MAX_BYTES) {
                containers.remove(containers.size() - 1);
                if (!containers.isEmpty()) {
                    out.add(message(containers));
                }
                containers.clear();
                containers.add(container);
            }
        }
        out.add(message(containers));
        return out;
    }

    private static int bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String message(List<ObjectNode> containers) {
        ObjectNode message = Json.mapper().createObjectNode();
        message.put("type", "message");
        ObjectNode attachment = message.putArray("attachments").addObject();
        attachment.put("contentType", CARD_CONTENT_TYPE);
        attachment.putNull("contentUrl");
        ObjectNode card = attachment.putObject("content");
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("type", "AdaptiveCard");
        card.put("version", CARD_VERSION);
        card.putObject("msteams").put("width", "Full");
        ArrayNode body = card.putArray("body");
        containers.forEach(body::add);
        return message.toString();
    }

    private static ObjectNode container(AlertView alert) {
        ObjectNode container = Json.mapper().createObjectNode();
        container.put("type", "Container");
        container.put("separator", true);
        ArrayNode items = container.putArray("items");
        items.addObject().put("type", "TextBlock").put("text", ChatText.markdown(ChatText.title(alert, 300)))
                .put("weight", "Bolder").put("size", "Medium").put("wrap", true);
        ArrayNode facts = items.addObject().put("type", "FactSet").putArray("facts");
        for (NotificationRenderer.Fact fact : ChatText.facts(alert)) {
            facts.addObject().put("title", fact.label()).put("value", ChatText.markdown(fact.value()));
        }
        String evidence = ChatText.evidence(alert);
        if (!evidence.isEmpty()) {
            items.addObject().put("type", "TextBlock").put("text", "\u201c" + ChatText.markdown(evidence) + "\u201d")
                    .put("isSubtle", true).put("wrap", true);
        }
        List<String> lines = new ArrayList<>();
        for (AlertView.Source source : alert.sources().subList(0, Math.min(MAX_SOURCES, alert.sources().size()))) {
            String label = ChatText.markdown(ChatText.sourceLabel(source));
            Optional<String> link = ChatText.link(source);
            lines.add("- " + link.map(url -> "[" + label + "](" + ChatText.markdownUrl(url) + ")").orElse(label));
        }
        if (!lines.isEmpty()) {
            items.addObject().put("type", "TextBlock").put("text", String.join("\r", lines)).put("wrap", true);
        }
        items.addObject().put("type", "TextBlock").put("text", ChatText.markdown(ChatText.footer(alert)))
                .put("size", "Small").put("isSubtle", true).put("wrap", true);
        return container;
    }
}
