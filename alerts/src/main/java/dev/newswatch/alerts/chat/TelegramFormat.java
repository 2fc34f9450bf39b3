package dev.newswatch.alerts.chat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newswatch.alerts.channel.AlertView;
import dev.newswatch.alerts.channel.HtmlEscaper;
import dev.newswatch.alerts.channel.NotificationRenderer;
import dev.newswatch.core.serde.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Telegram Bot API {@code sendMessage} body for one chat: {@code parse_mode: HTML}, the title in bold, the facts,
 * the evidence in a {@code blockquote}, the sources as links, the alert id; link previews off.
 *
 * <p>Telegram's documented limit is kept: a message text is at most 4,096 characters (the limit counts the text
 * after the markup is parsed; the markup itself is kept under it too, which is stricter); a digest is split
 * between alerts where a message would pass it. Feed text is HTML-escaped ({@code &}, {@code <}, {@code >},
 * {@code "}), so it can carry no tags. Stateless and thread-safe.
 */
public final class TelegramFormat implements ChatFormat {

    /** Longest message text. */
    public static final int MAX_TEXT = 4_096;

    private final String chatId;

    /** @param chatId the chat to send to: a numeric id or {@code @channelname} */
    public TelegramFormat(String chatId) {
        this.chatId = Objects.requireNonNull(chatId, "chatId");
    }

    @Override
    public List<String> messages(List<AlertView> alerts) {
        if (alerts.isEmpty()) {
            throw new IllegalArgumentException("a chat message needs at least one alert");
        }
        List<String> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (AlertView alert : alerts) {
            String part = ChatText.cut(html(alert), MAX_TEXT);
            if (text.length() > 0 && text.length() + 2 + part.length() > MAX_TEXT) {
                out.add(body(text.toString()));
                text.setLength(0);
            }
            text.append(text.length() > 0 ? "\n\n" : "").append(part);
        }
        out.add(body(text.toString()));
        return out;
    }

    private String body(String text) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("chat_id", chatId);
        body.put("text", text);
        body.put("parse_mode", "HTML");
        body.putObject("link_preview_options").put("is_disabled", true);
        return body.toString();
    }

    /** The alert in Telegram's HTML; kept under the limit by cutting sources, never inside a tag. */
    static String html(AlertView alert) {
        StringBuilder out = new StringBuilder();
        out.append("<b>").append(HtmlEscaper.escape(ChatText.title(alert, 300))).append("</b>\n");
        for (NotificationRenderer.Fact fact : ChatText.facts(alert)) {
            out.append(HtmlEscaper.escape(fact.label())).append(": ").append(HtmlEscaper.escape(fact.value())).append('\n');
        }
        String evidence = ChatText.evidence(alert);
        if (!evidence.isEmpty()) {
            out.append("<blockquote>").append(HtmlEscaper.escape(evidence)).append("</blockquote>\n");
        }
        String footer = "<i>" + HtmlEscaper.escape(ChatText.footer(alert)) + "</i>";
        for (AlertView.Source source : alert.sources()) {
            String label = HtmlEscaper.escape(ChatText.sourceLabel(source));
            Optional<String> link = ChatText.link(source);
            String line = "\u2022 " + link.map(url -> "<a href=\"" + HtmlEscaper.escape(url) + "\">" + label + "</a>")
                    .orElse(label) + "\n";
            if (out.length() + line.length() + footer.length() > MAX_TEXT) {
                break;
            }
            out.append(line);
        }
        return out.append(footer).toString();
    }
}
