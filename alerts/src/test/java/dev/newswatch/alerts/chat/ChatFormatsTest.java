package dev.newswatch.alerts.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newswatch.alerts.channel.AlertView;
import dev.newswatch.alerts.channel.TestAlerts;
import dev.newswatch.core.serde.Json;
import dev.newswatch.testkit.ChatPayloadRules;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The four chat formats, checked against the platforms' documented limits ({@link ChatPayloadRules}), for the
 * running example, hostile feed text, an oversized alert and a large digest.
 */
class ChatFormatsTest {

    private static final Map<String, ChatFormat> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put("slack", new SlackFormat());
        FORMATS.put("teams", new TeamsFormat());
        FORMATS.put("discord", new DiscordFormat());
        FORMATS.put("telegram", new TelegramFormat("-1001234567890"));
    }

    @Test
    void shouldKeepEveryPlatformsLimitsForOrdinaryHostileAndOversizedAlerts() {
        for (AlertView alert : List.of(TestAlerts.amazonOpenAi(), TestAlerts.hostile(), TestAlerts.zentrixHalvora(),
                oversized())) {
            FORMATS.forEach((platform, format) -> {
                List<String> messages = format.messages(List.of(alert));
                assertEquals(1, messages.size(), platform + " messages for one alert " + alert.alertId());
                assertEquals(List.of(), ChatPayloadRules.violations(platform, messages.get(0)),
                        platform + " payload of " + alert.alertId() + ": " + messages.get(0));
            });
        }
    }

    @Test
    void shouldSendAnArticleAlertWithoutDealFieldsWithinEveryPlatformsLimits() throws IOException {
        // Given an article alert: no parties, amount, type or stage; the summary where a deal has its evidence
        AlertView article = new AlertView("article-0f3a", AlertView.KIND_ARTICLE,
                "Cisco annuncia l'acquisizione di Spline AI <b>*subito*</b>", null, null, null, null, null, null,
                List.of("m-and-a"), "La startup torinese passa a Cisco.",
                List.of(new AlertView.Source("Cisco annuncia l'acquisizione di Spline AI", "Wire it",
                        "https://news.example.test/it-1", Instant.parse("2026-12-01T10:00:00Z"))),
                Instant.parse("2026-12-01T10:00:00Z"));

        FORMATS.forEach((platform, format) -> {
            List<String> messages = format.messages(List.of(article));
            assertEquals(1, messages.size(), platform);
            assertEquals(List.of(), ChatPayloadRules.violations(platform, messages.get(0)), platform + ": " + messages.get(0));
            assertFalse(visibleText(messages.get(0)).contains("null"), platform + " shows no missing deal field: "
                    + messages.get(0));
        });
        JsonNode slack = Json.mapper().readTree(FORMATS.get("slack").messages(List.of(article)).get(0));
        assertTrue(slack.path("text").asText().startsWith("Article: Cisco annuncia l'acquisizione"), slack.toString());
    }

    @Test
    void shouldSplitADigestWhereALimitWouldBePassedAndCarryEveryAlertOnce() {
        // Given 25 alerts, some of them as large as an alert gets
        List<AlertView> alerts = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            alerts.add(i % 5 == 0 ? oversized("digest-" + i) : TestAlerts.withHeadline("digest-" + i, "Deal " + i));
        }
        FORMATS.forEach((platform, format) -> {
            // When one digest is rendered
            List<String> messages = format.messages(alerts);
            // Then every message is valid, and each alert id appears in exactly one of them
            messages.forEach(m -> assertEquals(List.of(), ChatPayloadRules.violations(platform, m), platform + ": " + m));
            for (AlertView alert : alerts) {
                String footer = "Alert " + alert.alertId() + " ";
                long carrying = messages.stream().filter(m -> m.contains(footer)).count();
                assertEquals(1, carrying, platform + " messages carrying " + alert.alertId());
            }
            assertTrue(messages.size() > 1, platform + " should split 25 alerts, got " + messages.size() + " message");
        });
        assertEquals(3, FORMATS.get("slack").messages(alerts).size(), "slack: 9 alerts (45 blocks) a message");
    }

    @Test
    void shouldShowTheDealAsTheEmailDoes() throws IOException {
        AlertView alert = TestAlerts.amazonOpenAi();
        FORMATS.forEach((platform, format) -> {
            String text = visibleText(format.messages(List.of(alert)).get(0));
            for (String expected : List.of("New deal", "Amazon", "OpenAI", "more than $10 billion", "USD 10,000,000,000",
                    "investment", "talks", "Amazon is in talks to invest more than $10 billion in OpenAI",
                    "Example Times", "https://news.example.test/amazon-openai", "alert-amazon-openai")) {
                assertTrue(text.contains(expected), platform + " should show '" + expected + "': " + text);
            }
        });
        JsonNode slack = Json.mapper().readTree(FORMATS.get("slack").messages(List.of(alert)).get(0));
        assertTrue(slack.path("text").asText().startsWith("New deal: "), slack.toString());
        assertEquals("header", slack.path("blocks").get(0).path("type").asText());
    }

    @Test
    void shouldEscapeFeedTextTheWayEachPlatformRequires() throws IOException {
        // Given feed text with markup, mentions, Markdown and an Adaptive Card date function
        AlertView alert = new AlertView("alert-escape", "new", "headline",
                new AlertView.Party("x", "<!channel> @everyone *Bold* [click](https://evil.test)", false),
                new AlertView.Party("y", "Smith & Sons <b>", false), "$1 billion", new BigDecimal("1000000000"),
                "investment", "announced", List.of("ai"), "{{DATE(2026-01-01T00:00:00Z, SHORT)}} <script>x</script>",
                List.of(new AlertView.Source("A | B > C", "Outlet", "https://news.example.test/a(b)", null),
                        new AlertView.Source("Not a link", "Outlet", "javascript:alert(1)", null)),
                Instant.parse("2026-11-26T09:30:00Z"));
        String slack = FORMATS.get("slack").messages(List.of(alert)).get(0);
        String discord = FORMATS.get("discord").messages(List.of(alert)).get(0);
        String teams = FORMATS.get("teams").messages(List.of(alert)).get(0);
        String telegram = FORMATS.get("telegram").messages(List.of(alert)).get(0);
        // Then Slack sees no mention or tag, only entities
        String slackText = Json.mapper().readTree(slack).toString();
        assertFalse(slackText.contains("<!channel>"), slack);
        assertTrue(slackText.contains("&lt;!channel&gt;") && slackText.contains("Smith &amp; Sons &lt;b&gt;"), slack);
        // And Discord escapes Markdown and allows no mentions
        assertTrue(discord.contains("\\\\*Bold\\\\*") && discord.contains("\\\\[click\\\\]"), discord);
        assertTrue(discord.contains("\"allowed_mentions\":{\"parse\":[]}"), discord);
        // And Teams never sees a "{{" it would read as a function
        assertFalse(Json.mapper().readTree(teams).toString().replace("\\u200B", "\u200b").contains("{{"), teams);
        // And Telegram gets HTML entities, and only our own tags
        String telegramText = Json.mapper().readTree(telegram).path("text").asText();
        assertTrue(telegramText.contains("&lt;script&gt;x&lt;/script&gt;"), telegramText);
        assertFalse(telegramText.contains("<script"), telegramText);
        // And a javascript: URL is never a link, anywhere
        for (String payload : List.of(slack, discord, teams, telegram)) {
            assertFalse(payload.contains("javascript:alert(1)\"") || payload.contains("(javascript:")
                    || payload.contains("<javascript:") || payload.contains("href=\\\"javascript:"), payload);
            FORMATS.keySet().stream().filter(p -> payload == pick(p, slack, discord, teams, telegram))
                    .forEach(p -> assertEquals(List.of(), ChatPayloadRules.violations(p, payload), p));
        }
        // And a parenthesis in a URL does not end a Markdown link
        assertTrue(discord.contains("(https://news.example.test/a%28b%29)"), discord);
    }

    private static String pick(String platform, String slack, String discord, String teams, String telegram) {
        return switch (platform) {
            case "slack" -> slack;
            case "discord" -> discord;
            case "teams" -> teams;
            default -> telegram;
        };
    }

    /** The JSON's string values joined, escapes undone as a reader would see them (roughly). */
    private static String visibleText(String json) {
        try {
            StringBuilder out = new StringBuilder();
            collect(Json.mapper().readTree(json), out);
            return out.toString().replace("\\", "").replace("&amp;", "&");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(JsonNode node, StringBuilder out) {
        if (node.isTextual()) {
            out.append(node.asText()).append('\n');
        }
        node.forEach(child -> collect(child, out));
    }

    private static AlertView oversized() {
        return oversized("alert-oversized");
    }

    /** Every field at or beyond any limit: 5,000-character evidence, 60 sources with long titles. */
    private static AlertView oversized(String id) {
        String longText = "Acme & <Partners> ".repeat(300);
        List<AlertView.Source> sources = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            sources.add(new AlertView.Source("Title " + i + " " + "x".repeat(400), "Outlet " + i,
                    "https://news.example.test/story/" + i + "/" + "p".repeat(150), Instant.parse("2026-11-26T09:00:00Z")));
        }
        return new AlertView(id, "update", longText, new AlertView.Party("a", longText, false),
                new AlertView.Party("b", longText, true), longText, new BigDecimal("123456789012"), "investment",
                "announced", List.of("a".repeat(500), "b", "c"), longText + longText, sources,
                Instant.parse("2026-11-26T09:30:00Z"));
    }
}
