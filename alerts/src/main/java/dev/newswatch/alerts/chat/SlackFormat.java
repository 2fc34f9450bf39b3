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
 * A Slack incoming-webhook message: Block Kit {@code blocks} and a plain {@code text} fallback (what
 * notifications and old clients show). Per alert: a {@code header} block with the title, a {@code section} with
 * the facts as fields, a quote of the evidence, the sources as links, and a {@code context} line with the alert id.
 *
 * <p>Slack's documented limits are kept: at most 50 blocks a message (a digest is split, 9 alerts a
 * message), header text 150 characters, section text 3,000, at most 10 fields of 2,000 each, at most 10
 * context elements. Feed text is escaped for mrkdwn ({@code &}, {@code <}, {@code >}), so it can neither link
 * nor mention anyone; the header is {@code plain_text}. Stateless and thread-safe.
 */
public final class SlackFormat implements ChatFormat {

    /** Most blocks in one message. */
    public static final int MAX_BLOCKS = 50;
    /** Longest header text. */
    public static final int MAX_HEADER = 150;
    /** Longest text of a section (and of a field, whose limit, 2,000, is lower still). */
    public static final int MAX_SECTION = 3_000;
    /** Longest field text. */
    public static final int MAX_FIELD = 2_000;
    /** Most fields in a section. */
    public static final int MAX_FIELDS = 10;
    /** Longest fallback text we send (Slack truncates beyond 40,000; notifications show far less). */
    public static final int MAX_TEXT = 3_000;
    /** Blocks per alert: header, facts, evidence, sources, context. */
    static final int BLOCKS_PER_ALERT = 5;
    static final int ALERTS_PER_MESSAGE = MAX_BLOCKS / BLOCKS_PER_ALERT - 1;

    @Override
    public List<String> messages(List<AlertView> alerts) {
        List<String> out = new ArrayList<>();
        for (List<AlertView> chunk : ChatFormat.chunks(alerts, ALERTS_PER_MESSAGE)) {
            ObjectNode message = Json.mapper().createObjectNode();
            message.put("text", fallback(chunk));
            ArrayNode blocks = message.putArray("blocks");
            chunk.forEach(alert -> addBlocks(blocks, alert));
            out.add(message.toString());
        }
        return out;
    }

    private static String fallback(List<AlertView> chunk) {
        if (chunk.size() == 1) {
            return ChatText.slack(ChatText.title(chunk.get(0), MAX_TEXT / 2));
        }
        StringBuilder text = new StringBuilder(chunk.size() + " deals:");
        for (AlertView alert : chunk) {
            text.append("\n\u2022 ").append(ChatText.slack(ChatText.title(alert, 200)));
        }
        return ChatText.cut(text.toString(), MAX_TEXT);
    }

    private static void addBlocks(ArrayNode blocks, AlertView alert) {
        ObjectNode header = blocks.addObject().put("type", "header");
        header.putObject("text").put("type", "plain_text").put("text", ChatText.title(alert, MAX_HEADER));

        ObjectNode facts = blocks.addObject().put("type", "section");
        ArrayNode fields = facts.putArray("fields");
        for (NotificationRenderer.Fact fact : ChatText.facts(alert)) {
            if (fields.size() < MAX_FIELDS) {
                fields.addObject().put("type", "mrkdwn")
                        .put("text", ChatText.cut("*" + fact.label() + "*\n" + ChatText.slack(fact.value()), MAX_FIELD));
            }
        }

        String evidence = ChatText.evidence(alert);
        section(blocks, evidence.isEmpty() ? "_No quoted sentence._" : "> " + ChatText.slack(evidence));

        StringBuilder sources = new StringBuilder("*Sources*");
        for (AlertView.Source source : alert.sources()) {
            String label = ChatText.slack(ChatText.sourceLabel(source));
            Optional<String> link = ChatText.link(source);
            String line = "\n\u2022 " + link.map(url -> "<" + url + "|" + label + ">").orElse(label);
            if (sources.length() + line.length() > MAX_SECTION) {
                break;
            }
            sources.append(line);
        }
        if (alert.sources().isEmpty()) {
            sources.append("\n_none_");
        }
        section(blocks, sources.toString());

        ObjectNode context = blocks.addObject().put("type", "context");
        context.putArray("elements").addObject().put("type", "mrkdwn").put("text", ChatText.slack(ChatText.footer(alert)));
    }

    private static void section(ArrayNode blocks, String mrkdwn) {
        blocks.addObject().put("type", "section").putObject("text").put("type", "mrkdwn")
                .put("text", ChatText.cut(mrkdwn, MAX_SECTION));
    }
}
