package dev.newswatch.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.newswatch.app.wiring.Pipeline;
import dev.newswatch.app.wiring.Stage;
import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.kafka.TopicAdmin;
import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Delivery;
import dev.newswatch.core.serde.Json;
import dev.newswatch.core.topic.Topics;
import dev.newswatch.testkit.Await;
import dev.newswatch.testkit.ChatReceiver;
import dev.newswatch.testkit.CliRun;
import dev.newswatch.testkit.KafkaClusterExtension;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chat channels and alerts feeds end to end on the embedded broker: one deal reaches local Slack, Teams, Discord
 * and Telegram receivers once each with a valid payload, a 429 is retried no earlier than its Retry-After, and a
 * feed subscription is read from the ops port by ROME and by newsboat (Debian's, a real feed reader); the command
 * line adds chat and feed subscriptions and lists them without their secrets.
 */
@Tag("integration")
class ChatAndFeedIT {

    @RegisterExtension
    static final KafkaClusterExtension KAFKA = EmbeddedKafka.singleBroker();

    /** Set by the build (surefire's environment), as an operator would export the bot token. */
    private static final String TOKEN_ENV = "NEWSWATCH_TEST_TELEGRAM_TOKEN";
    private static final String FEED_TOKEN = "feed-token-0123456789abcdef";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void shouldDeliverOneDealToSlackTeamsDiscordAndTelegramOnceEachAndRetryA429AfterItsRetryAfter(@TempDir Path dir)
            throws Exception {
        String token = System.getenv(TOKEN_ENV);
        assertTrue(token != null && !token.isBlank(), TOKEN_ENV + " must be set for this test (the build sets it)");
        try (ChatReceiver receiver = new ChatReceiver(token)) {
            // Given four chat subscriptions, and a Slack that answers the first call 429, Retry-After 60 s
            receiver.answer("slack", new ChatReceiver.Answer(429, Map.of("Retry-After", "60"), "rate_limited"));
            Path config = AlertsFixtures.config(dir.resolve("config"), "chat.", List.of(), List.of("  http-port: -1"),
                    "subscriptions:\n"
                    + "  - {id: team-slack, channel: slack, url: \"" + receiver.url("slack") + "\"}\n"
                    + "  - {id: team-teams, channel: teams, url: \"" + receiver.url("teams") + "\"}\n"
                    + "  - {id: team-discord, channel: discord, url: \"" + receiver.url("discord") + "\"}\n"
                    + "  - {id: team-telegram, channel: telegram, chat-id: \"-1001234567890\", bot-token-env: "
                    + TOKEN_ENV + ", api-base-url: \"" + receiver.telegramBase() + "\"}\n");
            NewswatchConfig loaded = load(config);
            Topics topics = loaded.topics();
            AlertsTestClock clock = new AlertsTestClock();
            try (Pipeline pipeline = Pipeline.start(loaded, EnumSet.of(Stage.ALERTS), false, "chat", clock)) {
                AlertsFixtures.awaitLeaders(KAFKA.bootstrapServers(), topics);
                // When one deal is alerted
                AlertsFixtures.produce(KAFKA.bootstrapServers(), topics, List.of(
                        AlertsFixtures.alert("chat-1", "Nvidia", "Mistral AI & <Partners>", new BigDecimal("2000000000"))));
                Await.until(() -> delivered(topics, "team-teams") && delivered(topics, "team-discord")
                                && delivered(topics, "team-telegram") && failed(topics, "team-slack") != null,
                        Duration.ofSeconds(60), () -> "requests: " + receiver.requests() + ", ledger: "
                                + AlertsFixtures.ledger(KAFKA.bootstrapServers(), topics).values());
                // Then the 429 is scheduled no earlier than its Retry-After
                Delivery slackFailed = failed(topics, "team-slack");
                assertTrue(!slackFailed.nextAttempt().isBefore(slackFailed.updatedAt().plusSeconds(60)),
                        "next attempt " + slackFailed.nextAttempt() + " after a failure at " + slackFailed.updatedAt());
                assertEquals(1, receiver.requests("slack").size(), "no Slack retry before the Retry-After");
                // And when the clock passes it (the first backoff's jitter is at most 30 s, below it), the retry is delivered
                clock.advance(Duration.ofSeconds(61));
                Await.until(() -> delivered(topics, "team-slack"), Duration.ofSeconds(30),
                        () -> "slack requests: " + receiver.requests("slack"));
            }
            // Then each platform got exactly one accepted message, and every message was valid
            for (String platform : List.of("slack", "teams", "discord", "telegram")) {
                List<ChatReceiver.Request> accepted = receiver.requests(platform).stream()
                        .filter(r -> r.answered() / 100 == 2).toList();
                assertEquals(1, accepted.size(), platform + " accepted: " + receiver.requests(platform));
                receiver.requests(platform).forEach(r -> assertEquals(List.of(), r.violations(), platform + ": " + r.body()));
                assertTrue(accepted.get(0).body().contains("Nvidia"), accepted.get(0).body());
            }
            assertEquals(List.of(429, 200), receiver.requests("slack").stream().map(ChatReceiver.Request::answered).toList());
            String slack = receiver.requests("slack").get(1).body();
            assertTrue(slack.contains("Mistral AI &amp; &lt;Partners&gt;"), slack);
            assertEquals(2, ledgerEntry(topics, "team-slack").attempts());
        }
    }

    @Test
    void shouldServeTheAlertsFeedToRomeAndNewsboatBehindItsToken(@TempDir Path dir) throws Exception {
        // Given a feed subscription, served on the ops port
        Path config = AlertsFixtures.config(dir.resolve("config"), "feed.",
                List.of("http:", "  port: 0", "  dashboard: false"), List.of("  http-port: -1"),
                "subscriptions:\n"
                + "  - {id: analyst-feed, channel: feed, feed-token: " + FEED_TOKEN + "}\n"
                + "  - {id: other-feed, channel: feed, feed-token: other-token-0123456789, min-amount-usd: 50000000000}\n");
        NewswatchConfig loaded = load(config);
        Topics topics = loaded.topics();
        try (Pipeline pipeline = Pipeline.start(loaded, EnumSet.of(Stage.ALERTS), false, "feed",
                java.time.Clock.systemUTC())) {
            String base = "http://127.0.0.1:" + pipeline.opsPort();
            String atomUrl = base + "/feeds/alerts.atom?subscription=analyst-feed&token=" + FEED_TOKEN;
            AlertsFixtures.awaitLeaders(KAFKA.bootstrapServers(), topics);
            // When a deal is alerted, then updated
            Alert first = AlertsFixtures.alert("feed-1", "Amazon", "OpenAI", new BigDecimal("10000000000"));
            AlertsFixtures.produce(KAFKA.bootstrapServers(), topics, List.of(first));
            Await.until(() -> get(atomUrl).body().contains("urn:newswatch:alert:feed-1"), Duration.ofSeconds(60),
                    () -> "feed: " + get(atomUrl).body());
            // Then ROME reads one entry with the deal, a stable id and the source as its link
            SyndFeed atom = new SyndFeedInput().build(new StringReader(get(atomUrl).body()));
            assertEquals(1, atom.getEntries().size(), atom.toString());
            SyndEntry entry = atom.getEntries().get(0);
            assertEquals("urn:newswatch:alert:feed-1", entry.getUri());
            assertTrue(entry.getTitle().startsWith("New deal: ") && entry.getTitle().contains("Amazon"), entry.getTitle());
            assertEquals("https://news.example.test/feed-1", entry.getLink());
            assertTrue(entry.getContents().get(0).getValue().contains("USD 10,000,000,000"), entry.getContents().toString());
            // And newsboat, a real feed reader, lists it
            Path newsboatDir = Files.createDirectories(dir.resolve("newsboat"));
            boolean newsboat = newsboatRequiredOrPresent();
            if (newsboat) {
                NewsboatRead read = newsboat(newsboatDir, atomUrl);
                assertEquals(1, read.unread(), "newsboat's unread articles: " + read);
                assertTrue(read.added().contains(entry.getTitle()), "newsboat added " + read.added());
            }
            // And an update of the deal is a new entry; the first keeps its id
            Alert update = new Alert("feed-1-v2", Alert.UPDATE, first.deal(), first.raisedAt().plusSeconds(60));
            AlertsFixtures.produce(KAFKA.bootstrapServers(), topics, List.of(update));
            Await.until(() -> get(atomUrl).body().contains("urn:newswatch:alert:feed-1-v2"), Duration.ofSeconds(60),
                    () -> "feed: " + get(atomUrl).body());
            SyndFeed updated = new SyndFeedInput().build(new StringReader(get(atomUrl).body()));
            assertEquals(List.of("urn:newswatch:alert:feed-1-v2", "urn:newswatch:alert:feed-1"),
                    updated.getEntries().stream().map(SyndEntry::getUri).toList());
            if (newsboat) {
                NewsboatRead read = newsboat(newsboatDir, atomUrl);
                assertEquals(2, read.unread(), "newsboat: the update is a second article, the first is not repeated: " + read);
                assertTrue(read.added().stream().anyMatch(t -> t.startsWith("Deal update: ")), "newsboat added " + read.added());
            }
            // And the JSON Feed 1.1 carries the same entries
            JsonNode json = Json.mapper().readTree(
                    get(base + "/feeds/alerts.json?subscription=analyst-feed&token=" + FEED_TOKEN).body());
            assertEquals("https://jsonfeed.org/version/1.1", json.path("version").asText());
            assertEquals("urn:newswatch:alert:feed-1-v2", json.path("items").get(0).path("id").asText());
            assertTrue(json.path("items").get(1).path("content_html").asText().contains("OpenAI"), json.toString());
            // And a wrong token, another feed's token, an unknown id and no token all get the same bare 404
            List<HttpResponse<String>> refused = List.of(
                    get(base + "/feeds/alerts.atom?subscription=analyst-feed&token=wrong"),
                    get(base + "/feeds/alerts.atom?subscription=analyst-feed&token=other-token-0123456789"),
                    get(base + "/feeds/alerts.json?subscription=nobody&token=" + FEED_TOKEN),
                    get(base + "/feeds/alerts.atom?subscription=analyst-feed"));
            for (HttpResponse<String> r : refused) {
                assertEquals(404, r.statusCode(), r.uri().toString());
                assertEquals("Not found.\n", r.body(), r.uri().toString());
            }
            // And the other feed, whose filter the deal misses, holds no entry
            assertFalse(get(base + "/feeds/alerts.atom?subscription=other-feed&token=other-token-0123456789").body()
                    .contains("<entry>"));
        }
    }

    @Test
    void shouldAddChatAndFeedSubscriptionsFromTheCommandLineAndListThemWithoutTheirSecrets(@TempDir Path dir)
            throws Exception {
        // Given an empty subscriptions topic
        Path config = AlertsFixtures.config(dir.resolve("config"), "chat-cli.", List.of(), List.of(), "subscriptions: []\n");
        NewswatchConfig loaded = load(config);
        TopicAdmin.ensureTopics(
                KafkaClients.of(loaded.kafka(), KAFKA.bootstrapServers()).admin("it"),
                loaded.topics(), (short) 1);
        AlertsFixtures.awaitLeaders(KAFKA.bootstrapServers(), loaded.topics());
        // When a Slack, a Telegram and a feed subscription with a weekly digest are added
        List<CliRunAndArgs> runs = List.of(
                new CliRunAndArgs("subscriptions", "add", "team-slack", "--channel", "slack", "--url",
                        "https://hooks.slack.example.test/services/T0/B0/very-secret-path"),
                new CliRunAndArgs("subscriptions", "add", "team-tg", "--channel", "telegram", "--chat-id", "-100777",
                        "--bot-token-env", "TG_TOKEN"),
                new CliRunAndArgs("subscriptions", "add", "desk-feed", "--channel", "feed", "--feed-token",
                        FEED_TOKEN, "--mode", "digest", "--digest", "weekly", "--digest-day", "friday", "--digest-hour",
                        "17", "--time-zone", "America/New_York"));
        for (CliRunAndArgs run : runs) {
            CliRun added = run.run(config);
            assertEquals(0, added.exit(), added.err());
        }
        CliRun list = new CliRunAndArgs("subscriptions", "list").run(config);
        // Then the list shows each target, but neither the Slack path nor the feed token
        assertEquals(0, list.exit(), list.err());
        assertTrue(list.out().contains("https://hooks.slack.example.test/..."), list.out());
        assertTrue(list.out().contains("chat -100777"), list.out());
        assertTrue(list.out().contains("/feeds/alerts.atom?subscription=desk-feed"), list.out());
        assertFalse(list.out().contains("very-secret-path") || list.out().contains(FEED_TOKEN), list.out());
        // And the feed's schedule reached the topic
        var stored = TopicReader.readAll(KAFKA.bootstrapServers(), loaded.topics().subscriptions).stream()
                .filter(r -> "desk-feed".equals(r.key())).findFirst().orElseThrow().value();
        assertEquals(List.of("weekly", 17, "friday", "America/New_York"),
                List.of(stored.digest(), stored.digestHour(), stored.digestDay(), stored.timeZone()));
    }

    private record CliRunAndArgs(String... args) {
        CliRun run(Path config) {
            List<String> all = new ArrayList<>(List.of(args));
            all.addAll(List.of("--config", config.toString(), "--bootstrap-servers", KAFKA.bootstrapServers()));
            return AlertsFixtures.newswatch(all.toArray(String[]::new));
        }
    }

    /**
     * What newsboat made of one reload of the feed: the titles it added (its log at level 5, INFO) and its
     * unread count ({@code -x print-unread}), its cache kept in {@code dir} between calls.
     */
    private record NewsboatRead(List<String> added, int unread) {
    }

    private static NewsboatRead newsboat(Path dir, String url) throws Exception {
        Path urls = dir.resolve("urls");
        Files.writeString(urls, url + "\n");
        Path conf = dir.resolve("config");
        Files.writeString(conf, "");
        Path log = dir.resolve("newsboat.log");
        Files.deleteIfExists(log);
        String cache = dir.resolve("cache.db").toString();
        run(List.of("/usr/bin/newsboat", "-u", urls.toString(), "-c", cache, "-C", conf.toString(), "-x", "reload",
                "-d", log.toString(), "-l", "5"));
        String unread = run(List.of("/usr/bin/newsboat", "-u", urls.toString(), "-c", cache, "-C", conf.toString(),
                "-x", "print-unread"));
        List<String> added = new ArrayList<>();
        String marker = "added article title = `";
        for (String line : Files.readAllLines(log)) {
            int at = line.indexOf(marker);
            if (at >= 0) {
                String rest = line.substring(at + marker.length());
                added.add(rest.substring(0, rest.indexOf("' link = ")));
            }
        }
        return new NewsboatRead(added, Integer.parseInt(unread.strip().split(" ")[0]));
    }

    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "newsboat did not finish: " + command);
        assertEquals(0, p.exitValue(), command + ": " + out);
        return out;
    }

    /**
     * Whether to read the feed with newsboat: required (a failure without it) when NEWSWATCH_REQUIRE_NEWSBOAT is set,
     * as .ci/run sets it; elsewhere only that part is left out when /usr/bin/newsboat is missing.
     */
    private static boolean newsboatRequiredOrPresent() {
        boolean present = Files.isExecutable(Path.of("/usr/bin/newsboat"));
        if (System.getenv("NEWSWATCH_REQUIRE_NEWSBOAT") != null) {
            assertTrue(present, "NEWSWATCH_REQUIRE_NEWSBOAT is set but /usr/bin/newsboat is missing (apt-get install newsboat)");
        }
        if (!present) {
            System.getLogger(ChatAndFeedIT.class.getName()).log(System.Logger.Level.WARNING,
                    "newsboat is not installed (/usr/bin/newsboat): the feed is read with ROME only.");
        }
        return present;
    }

    private static HttpResponse<String> get(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("GET " + url + " failed", e);
        }
    }

    private static Delivery ledgerEntry(Topics topics, String subscription) {
        return AlertsFixtures.ledger(KAFKA.bootstrapServers(), topics).values().stream()
                .filter(d -> d.subscriptionId().equals(subscription)).findFirst().orElse(null);
    }

    private static boolean delivered(Topics topics, String subscription) {
        Delivery d = ledgerEntry(topics, subscription);
        return d != null && Delivery.DELIVERED.equals(d.state());
    }

    private static Delivery failed(Topics topics, String subscription) {
        Delivery d = ledgerEntry(topics, subscription);
        return d != null && Delivery.FAILED.equals(d.state()) ? d : null;
    }

    private static NewswatchConfig load(Path config) {
        NewswatchConfig loaded = ConfigLoader.load(config);
        return loaded.withKafka(loaded.kafka().withBootstrapServers(KAFKA.bootstrapServers()));
    }
}
