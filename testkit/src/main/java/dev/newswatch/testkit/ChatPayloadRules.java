package dev.newswatch.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documented shape and limits of the chat messages Newswatch posts, checked the way the platforms check them,
 * so local receivers can refuse what the real service would refuse. {@link #violations} lists every rule a body
 * breaks (empty: valid).
 *
 * <ul>
 *   <li>Slack (Block Kit, incoming webhooks): a {@code text} fallback; at most 50 blocks; header {@code plain_text}
 *       up to 150 characters; section text up to 3,000; up to 10 fields of up to 2,000; context 1 to 10
 *       elements; mrkdwn without a raw {@code <} except an http(s) link and no bare {@code &}.</li>
 *   <li>Teams (Workflows webhook): {@code type: message}, one attachment of content type
 *       {@code application/vnd.microsoft.card.adaptive} holding an {@code AdaptiveCard} with a version and a
 *       non-empty body of known elements; the message under 28 KB.</li>
 *   <li>Discord (execute webhook): content up to 2,000; up to 10 embeds; title 256, description 4,096, up to 25
 *       fields with name 1-256 and value 1-1,024, footer 2,048, all embeds together 6,000; empty
 *       {@code allowed_mentions.parse}.</li>
 *   <li>Telegram (sendMessage, HTML): a {@code chat_id}; text of 1 to 4,096 characters after parsing; only the
 *       supported tags, balanced; only the named entities lt, gt, amp, quot, or numeric ones.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class ChatPayloadRules {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z-]+)([^>]*)>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Set<String> TELEGRAM_TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
            "a", "code", "pre", "blockquote", "span", "tg-spoiler", "tg-emoji");
    private static final Set<String> CARD_ELEMENTS = Set.of("Container", "TextBlock", "FactSet", "ColumnSet",
            "Column", "Image", "RichTextBlock", "ActionSet");

    private ChatPayloadRules() {
    }

    /**
     * Every rule of {@code platform} ({@code slack}, {@code teams}, {@code discord}, {@code telegram}) that
     * {@code body} breaks.
     */
    public static List<String> violations(String platform, String body) {
        List<String> out = new ArrayList<>();
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            return List.of("not a JSON object");
        }
        switch (platform) {
            case "slack" -> slack(root, out);
            case "teams" -> teams(root, body, out);
            case "discord" -> discord(root, out);
            case "telegram" -> telegram(root, out);
            default -> out.add("unknown platform " + platform);
        }
        return out;
    }

    private static void slack(JsonNode root, List<String> out) {
        String text = root.path("text").asText("");
        if (text.isBlank()) {
            out.add("slack: no text fallback");
        }
        max(out, "slack text", text, 40_000);
        mrkdwn(out, "slack text", text);
        JsonNode blocks = root.path("blocks");
        if (!blocks.isArray() || blocks.size() == 0 || blocks.size() > 50) {
            out.add("slack: blocks must be 1 to 50, got " + blocks.size());
        }
        for (JsonNode block : blocks) {
            String type = block.path("type").asText();
            switch (type) {
                case "header" -> {
                    if (!"plain_text".equals(block.path("text").path("type").asText())) {
                        out.add("slack: header text must be plain_text");
                    }
                    nonEmptyMax(out, "slack header", block.path("text").path("text").asText(""), 150);
                }
                case "section" -> {
                    JsonNode fields = block.path("fields");
                    if (!block.has("text") && (!fields.isArray() || fields.size() == 0)) {
                        out.add("slack: a section needs text or fields");
                    }
                    if (block.has("text")) {
                        textObject(out, "slack section", block.path("text"), 3_000);
                    }
                    if (fields.size() > 10) {
                        out.add("slack: more than 10 fields: " + fields.size());
                    }
                    for (JsonNode field : fields) {
                        textObject(out, "slack field", field, 2_000);
                    }
                }
                case "context" -> {
                    JsonNode elements = block.path("elements");
                    if (!elements.isArray() || elements.size() == 0 || elements.size() > 10) {
                        out.add("slack: context elements must be 1 to 10");
                    }
                    for (JsonNode e : elements) {
                        textObject(out, "slack context", e, 3_000);
                    }
                }
                case "divider" -> { }
                default -> out.add("slack: unexpected block type '" + type + "'");
            }
        }
    }

    private static void textObject(List<String> out, String where, JsonNode text, int max) {
        String type = text.path("type").asText();
        String value = text.path("text").asText("");
        nonEmptyMax(out, where, value, max);
        if ("mrkdwn".equals(type)) {
            mrkdwn(out, where, value);
        } else if (!"plain_text".equals(type)) {
            out.add(where + ": text type must be mrkdwn or plain_text, got '" + type + "'");
        }
    }

    /** A raw '<' only opens an http(s) link; '&' only starts &amp;, &lt; or &gt;. */
    private static void mrkdwn(List<String> out, String where, String text) {
        for (int i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
            if (!text.startsWith("<http://", i) && !text.startsWith("<https://", i)) {
                out.add(where + ": raw '<' that is not a link at " + i + ": " + text);
                return;
            }
        }
        for (int i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
            if (!text.startsWith("&amp;", i) && !text.startsWith("&lt;", i) && !text.startsWith("&gt;", i)) {
                out.add(where + ": bare '&' at " + i + ": " + text);
                return;
            }
        }
    }

    private static void teams(JsonNode root, String body, List<String> out) {
        if (body.getBytes(StandardCharsets.UTF_8).length > 28 * 1024) {
            out.add("teams: message larger than 28 KB");
        }
        if (!"message".equals(root.path("type").asText())) {
            out.add("teams: type must be message");
        }
        JsonNode attachments = root.path("attachments");
        if (!attachments.isArray() || attachments.size() != 1) {
            out.add("teams: exactly one attachment expected, got " + attachments.size());
            return;
        }
        JsonNode attachment = attachments.get(0);
        if (!"application/vnd.microsoft.card.adaptive".equals(attachment.path("contentType").asText())) {
            out.add("teams: contentType must be application/vnd.microsoft.card.adaptive");
        }
        JsonNode card = attachment.path("content");
        if (!"AdaptiveCard".equals(card.path("type").asText())) {
            out.add("teams: content type must be AdaptiveCard");
        }
        if (!card.path("version").asText("").matches("1\\.[0-5]")) {
            out.add("teams: card version must be 1.0 to 1.5, got '" + card.path("version").asText() + "'");
        }
        if (!card.path("body").isArray() || card.path("body").size() == 0) {
            out.add("teams: card body must not be empty");
        }
        cardElements(out, card.path("body"));
    }

    private static void cardElements(List<String> out, JsonNode elements) {
        for (JsonNode e : elements) {
            String type = e.path("type").asText();
            if (!CARD_ELEMENTS.contains(type)) {
                out.add("teams: unknown card element '" + type + "'");
            }
            if ("TextBlock".equals(type) && e.path("text").asText("").isBlank()) {
                out.add("teams: empty TextBlock");
            }
            if ("FactSet".equals(type)) {
                for (JsonNode fact : e.path("facts")) {
                    if (!fact.path("title").isTextual() || !fact.path("value").isTextual()) {
                        out.add("teams: a fact needs a title and a value");
                    }
                }
            }
            if (e.has("items")) {
                cardElements(out, e.path("items"));
            }
        }
    }

    private static void discord(JsonNode root, List<String> out) {
        String content = root.path("content").asText("");
        max(out, "discord content", content, 2_000);
        JsonNode embeds = root.path("embeds");
        if (content.isEmpty() && (!embeds.isArray() || embeds.size() == 0)) {
            out.add("discord: needs content or embeds");
        }
        if (embeds.size() > 10) {
            out.add("discord: more than 10 embeds: " + embeds.size());
        }
        JsonNode parse = root.path("allowed_mentions").path("parse");
        if (!parse.isArray() || parse.size() != 0) {
            out.add("discord: allowed_mentions.parse must be empty, so feed text pings nobody");
        }
        int total = 0;
        for (JsonNode embed : embeds) {
            String title = embed.path("title").asText("");
            String description = embed.path("description").asText("");
            String footer = embed.path("footer").path("text").asText("");
            max(out, "discord title", title, 256);
            max(out, "discord description", description, 4_096);
            max(out, "discord footer", footer, 2_048);
            total += title.length() + description.length() + footer.length();
            JsonNode fields = embed.path("fields");
            if (fields.size() > 25) {
                out.add("discord: more than 25 fields: " + fields.size());
            }
            for (JsonNode field : fields) {
                String name = field.path("name").asText("");
                String value = field.path("value").asText("");
                nonEmptyMax(out, "discord field name", name, 256);
                nonEmptyMax(out, "discord field value", value, 1_024);
                total += name.length() + value.length();
            }
            String url = embed.path("url").asText("");
            if (!url.isEmpty() && !url.matches("https?://\\S+")) {
                out.add("discord: embed url must be http(s): " + url);
            }
        }
        if (total > 6_000) {
            out.add("discord: embeds hold " + total + " characters, more than 6,000");
        }
    }

    private static void telegram(JsonNode root, List<String> out) {
        if (root.path("chat_id").asText("").isBlank()) {
            out.add("telegram: no chat_id");
        }
        if (!"HTML".equals(root.path("parse_mode").asText())) {
            out.add("telegram: parse_mode must be HTML");
        }
        String text = root.path("text").asText("");
        Deque<String> open = new ArrayDeque<>();
        Matcher tag = TAG.matcher(text);
        StringBuilder visible = new StringBuilder();
        int last = 0;
        while (tag.find()) {
            visible.append(text, last, tag.start());
            last = tag.end();
            String name = tag.group(2).toLowerCase(java.util.Locale.ROOT);
            if (!TELEGRAM_TAGS.contains(name)) {
                out.add("telegram: unsupported tag <" + name + ">");
            } else if (tag.group(1).isEmpty()) {
                open.push(name);
            } else if (open.isEmpty() || !open.pop().equals(name)) {
                out.add("telegram: unbalanced </" + name + ">");
            }
        }
        visible.append(text.substring(last));
        if (!open.isEmpty()) {
            out.add("telegram: unclosed tags " + open);
        }
        String rest = visible.toString();
        if (rest.indexOf('<') >= 0 || rest.indexOf('>') >= 0) {
            out.add("telegram: raw '<' or '>' in text");
        }
        Matcher entity = ENTITY.matcher(rest);
        StringBuilder decoded = new StringBuilder();
        last = 0;
        while (entity.find()) {
            String name = entity.group(1);
            if (!name.startsWith("#") && !Set.of("lt", "gt", "amp", "quot").contains(name)) {
                out.add("telegram: unsupported entity &" + name + ";");
            }
            decoded.append(rest, last, entity.start()).append('x');
            last = entity.end();
        }
        decoded.append(rest.substring(last));
        if (decoded.indexOf("&") >= 0) {
            out.add("telegram: bare '&' in text");
        }
        int length = decoded.toString().codePointCount(0, decoded.length());
        if (length < 1 || length > 4_096) {
            out.add("telegram: text must be 1 to 4,096 characters after parsing, got " + length);
        }
    }

    private static void max(List<String> out, String where, String value, int max) {
        if (value.length() > max) {
            out.add(where + ": " + value.length() + " characters, more than " + max);
        }
    }

    private static void nonEmptyMax(List<String> out, String where, String value, int max) {
        if (value.isEmpty()) {
            out.add(where + ": empty");
        }
        max(out, where, value, max);
    }
}
