package dev.newswatch.alerts.chat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newswatch.alerts.channel.AlertView;
import dev.newswatch.alerts.channel.NotificationRenderer;
import dev.newswatch.core.serde.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Discord webhook message: one embed per alert, with the title (linked to the first source), the evidence as
 * the description, the facts as inline fields, the sources as masked links and the alert id in the footer;
 * {@code allowed_mentions} is empty, so nothing in a feed can ping anyone.
 *
 * <p>Discord's documented limits are kept: at most 10 embeds a message, and 6,000 characters over all of a
 * message's embeds (a digest is split where either would be passed); title 256, description 4,096, at most 25
 * fields, field name 256 and value 1,024, footer 2,048; {@code content} 2,000. Feed text is backslash-escaped
 * for Discord's Markdown. Stateless and thread-safe.
 */
public final class DiscordFormat implements ChatFormat {

    public static final int MAX_EMBEDS = 10;
    public static final int MAX_TOTAL = 6_000;
    public static final int MAX_TITLE = 256;
    public static final int MAX_DESCRIPTION = 4_096;
    public static final int MAX_FIELDS = 25;
    public static final int MAX_FIELD_NAME = 256;
    public static final int MAX_FIELD_VALUE = 1_024;
    public static final int MAX_FOOTER = 2_048;
    public static final int MAX_CONTENT = 2_000;
    private static final int NEW_COLOUR = 0x2E7D32;
    private static final int UPDATE_COLOUR = 0xEF6C00;

    @Override
    public List<String> messages(List<AlertView> alerts) {
        if (alerts.isEmpty()) {
            throw new IllegalArgumentException("a chat message needs at least one alert");
        }
        List<String> out = new ArrayList<>();
        ObjectNode message = null;
        int total = 0;
        for (AlertView alert : alerts) {
            ObjectNode embed = embed(alert);
            int size = characters(embed);
            if (message == null || message.withArray("embeds").size() == MAX_EMBEDS || total + size > MAX_TOTAL) {
                if (message != null) {
                    out.add(message.toString());
                }
                message = Json.mapper().createObjectNode();
                message.putObject("allowed_mentions").putArray("parse");
                message.putArray("embeds");
                total = 0;
            }
            message.withArray("embeds").add(embed);
            total += size;
        }
        out.add(message.toString());
        return out;
    }

    private static ObjectNode embed(AlertView alert) {
        ObjectNode embed = Json.mapper().createObjectNode();
        embed.put("title", ChatText.cut(ChatText.markdown(ChatText.title(alert, MAX_TITLE)), MAX_TITLE));
        alert.sources().stream().map(ChatText::link).flatMap(Optional::stream).findFirst()
                .ifPresent(url -> embed.put("url", url));
        String evidence = ChatText.evidence(alert);
        if (!evidence.isEmpty()) {
            // The quote is capped at 1,000 characters so that ten sources still fit in 6,000.
            embed.put("description", ChatText.cut("> " + ChatText.markdown(evidence), 1_500));
        }
        embed.put("color", AlertView.KIND_UPDATE.equals(alert.kind()) ? UPDATE_COLOUR : NEW_COLOUR);
        ArrayNode fields = embed.putArray("fields");
        for (NotificationRenderer.Fact fact : ChatText.facts(alert)) {
            if (!"First seen".equals(fact.label())) {
                fields.addObject().put("name", fact.label())
                        .put("value", ChatText.cut(ChatText.markdown(fact.value()), MAX_FIELD_VALUE))
                        .put("inline", true);
            }
        }
        StringBuilder sources = new StringBuilder();
        for (AlertView.Source source : alert.sources()) {
            String label = ChatText.markdown(ChatText.sourceLabel(source));
            Optional<String> link = ChatText.link(source);
            String line = (sources.length() == 0 ? "" : "\n") + "\u2022 "
                    + link.map(url -> "[" + label + "](" + ChatText.markdownUrl(url) + ")").orElse(label);
            if (sources.length() + line.length() > MAX_FIELD_VALUE) {
                break;
            }
            sources.append(line);
        }
        if (sources.length() > 0 && fields.size() < MAX_FIELDS) {
            fields.addObject().put("name", "Sources").put("value", sources.toString()).put("inline", false);
        }
        embed.putObject("footer").put("text", ChatText.cut(ChatText.footer(alert), MAX_FOOTER));
        embed.put("timestamp", alert.firstSeen().toString());
        return embed;
    }

    /** The characters Discord counts against the 6,000 of a message: title, description, fields, footer. */
    static int characters(ObjectNode embed) {
        int n = embed.path("title").asText("").length() + embed.path("description").asText("").length()
                + embed.path("footer").path("text").asText("").length();
        for (var field : embed.path("fields")) {
            n += field.path("name").asText("").length() + field.path("value").asText("").length();
        }
        return n;
    }
}
