package dev.newswatch.app.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newswatch.app.Newswatch;
import dev.newswatch.app.wiring.EnrichWiring;
import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.Entity;
import dev.newswatch.core.model.Source;
import dev.newswatch.core.model.TrackedDeal;
import dev.newswatch.core.serde.Json;
import dev.newswatch.core.topic.Topics;
import dev.newswatch.enrich.topology.EnrichTopology;
import dev.newswatch.testkit.CliRun;
import dev.newswatch.testkit.RepoPaths;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newswatch backtest} over the shipped sample archive {@code config/demo/archive} with the shipped rule
 * set {@code config/}: the exact alerts its README lists, the rumour that becomes an announcement, the deal
 * several outlets report, the reports (JSON, HTML with hostile text escaped), the time window, labels, and
 * the comparison with a lowered threshold.
 */
class BacktestTest {

    private static final Path REPO = RepoPaths.root();
    private static final Path CONFIG = REPO.resolve("config");
    private static final Path ARCHIVE = CONFIG.resolve("demo/archive");

    /** The alerts of config/demo/archive/README.md, in the order raised: kind investor → target type stage. */
    private static final List<String> EXPECTED_ALERTS = List.of(
            "new asml → mistral investment in-talks",            // the French rumour
            "new prima-materia → helsing investment announced",
            "new nvidia → poolside investment announced",
            "update asml → mistral investment announced",        // the German announcement
            "new amazon → openai investment in-talks",           // reported in English, Italian and French
            "new meta → coreweave contract announced",
            "new databricks → neon acquisition announced");

    private static History history;
    private static BacktestResult result;

    @TempDir
    Path dir;

    @BeforeAll
    static void runTheSampleArchive() {
        NewswatchConfig config = ConfigLoader.load(CONFIG);
        history = new ArchiveReader(config).read(ARCHIVE);
        result = new BacktestEngine(config).run(history.articles(), Progress.NONE);
    }

    @Test
    void shouldRaiseExactlyTheExpectedAlertsOverTheSampleArchive() {
        // Given the sample archive and the shipped rule set (run once for the class)

        // Then
        assertEquals(EXPECTED_ALERTS, result.alerts().stream().map(a -> describe(a.alert())).toList());
        assertEquals(result.articles(), result.enriched(), "every article enriched");
        assertEquals(0, result.deadLetters());
        assertTrue(result.alerts().stream().allMatch(a -> a.subscriptions().equals(List.of("terminal"))),
                "the shipped console subscription takes every alert at or above $100M");
    }

    @Test
    void shouldGiveWhatTheWholeTopologyGivesWhenTheHistoryRepeatsAnArticle() {
        // Given the sample archive's history with its last article piped a second time: a repeated id takes the
        // whole topology on one thread (its dedup step drops the repeat), distinct ids the per-article part ahead
        NewswatchConfig config = ConfigLoader.load(CONFIG);
        List<Article> repeated = new ArrayList<>(history.articles());
        repeated.add(repeated.get(repeated.size() - 1));

        // When
        BacktestResult whole = new BacktestEngine(config).run(repeated, Progress.NONE);

        // Then the same deals and alerts as the fast path of the class's run, the repeat piped but not enriched
        assertEquals(result.deals(), whole.deals());
        assertEquals(result.alerts(), whole.alerts());
        assertEquals(result.byDay().stream().mapToInt(DayCount::alerts).sum(),
                whole.byDay().stream().mapToInt(DayCount::alerts).sum());
        assertEquals(history.articles().size() + 1, whole.articles());
        assertEquals(history.articles().size(), whole.enriched());
        assertEquals(0, whole.deadLetters());
    }

    @Test
    void shouldGiveTheDealsAndAlertsOfTheProductionTopologyOnATopologyTestDriver() {
        // Given the production enrich topology on a driver: the entity table piped first, then the history in order
        NewswatchConfig config = ConfigLoader.load(CONFIG);
        EnrichTopology.Settings settings = EnrichWiring.topologySettings(config);
        Topics topics = settings.topics();
        Instant start = history.articles().get(0).published();
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "backtest-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9");
        props.put(StreamsConfig.STATE_DIR_CONFIG, dir.toString());
        Map<String, TrackedDeal> lastRecordOfEachDeal = new LinkedHashMap<>();
        List<Alert> topologyAlerts;
        try (TopologyTestDriver driver = new TopologyTestDriver(EnrichTopology.build(settings), props, start)) {
            TestInputTopic<String, Entity> entities = driver.createInputTopic(topics.entities.name(),
                    topics.entities.keySerde().serializer(), topics.entities.valueSerde().serializer());
            TestInputTopic<String, Article> articles = driver.createInputTopic(topics.articles.name(),
                    topics.articles.keySerde().serializer(), topics.articles.valueSerde().serializer());
            new BacktestEngine(config).entities().forEach(e -> entities.pipeInput(e.id(), e, start));

            // When
            history.articles().forEach(a -> articles.pipeInput(a.id(), a, a.published()));
            driver.createOutputTopic(topics.deals.name(), topics.deals.keySerde().deserializer(),
                    topics.deals.valueSerde().deserializer()).readKeyValuesToList()
                    .forEach(kv -> lastRecordOfEachDeal.put(kv.key, kv.value));
            topologyAlerts = driver.createOutputTopic(topics.alerts.name(), topics.alerts.keySerde().deserializer(),
                    topics.alerts.valueSerde().deserializer()).readValuesToList();
        }

        // Then the backtest of the class gave the same deals and alerts, in the same order
        assertEquals(topologyAlerts, result.alerts().stream().map(AlertOutcome::alert).toList());
        assertEquals(lastRecordOfEachDeal.values().stream()
                .sorted(Comparator.comparing(TrackedDeal::firstSeen).thenComparing(TrackedDeal::dealId)).toList(),
                result.deals());
        assertEquals(EXPECTED_ALERTS.size(), topologyAlerts.size());
    }

    @Test
    void shouldReadEveryArchivedFetchAndDropRepeatedSightings() {
        // Given the sample archive: four feeds, each later fetch repeating earlier items, one document gzipped
        List<ArchivedFetch> fetches = ArchiveReader.list(ARCHIVE);

        // Then every document was read, and each article counted once
        assertEquals(fetches.size(), history.documents());
        assertTrue(fetches.stream().anyMatch(ArchivedFetch::compressed), "a .xml.gz document is in the archive");
        assertEquals(List.of(), history.problems());
        assertTrue(history.duplicates() > 0, "later fetches repeat earlier items");
        assertEquals(history.articles().size(), history.articles().stream().map(Article::id).distinct().count());
        assertEquals(history.articles().stream().sorted(History.EVENT_ORDER).toList(), history.articles(),
                "articles in event-time order");
        assertEquals(List.of("de", "en", "fr", "it"),
                history.articles().stream().map(Article::language).distinct().sorted().toList());
        assertTrue(history.articles().stream().map(a -> a.published().toString().substring(0, 10)).distinct().count() >= 4,
                "several days");
    }

    @Test
    void shouldRaiseANewThenAnUpdateAlertWhenTheRumourBecomesAnAnnouncement() {
        // When
        List<Alert> asmlMistral = alertsBetween("asml", "mistral");

        // Then: one deal, alerted as a rumour (in talks), then updated when announced
        assertEquals(List.of("new", "update"), asmlMistral.stream().map(Alert::kind).toList());
        assertEquals(asmlMistral.get(0).deal().dealId(), asmlMistral.get(1).deal().dealId());
        assertEquals("in-talks", asmlMistral.get(0).deal().deal().stage().wireName());
        assertEquals("announced", asmlMistral.get(1).deal().deal().stage().wireName());
        assertEquals("stage in-talks → announced", asmlMistral.get(1).deal().change());
        assertTrue(asmlMistral.get(0).raisedAt().isBefore(asmlMistral.get(1).raisedAt()));
    }

    @Test
    void shouldAlertOnceWithEverySourceWhenSeveralOutletsReportTheSameDeal() {
        // When
        List<AlertOutcome> amazonOpenAi = result.alerts().stream()
                .filter(a -> describe(a.alert()).contains("amazon → openai")).toList();

        // Then: one new alert; the deal ends with the three reports, in three languages
        assertEquals(1, amazonOpenAi.size(), "alerts: " + amazonOpenAi);
        assertEquals(Alert.NEW, amazonOpenAi.get(0).alert().kind());
        List<Source> sources = amazonOpenAi.get(0).latest().sources();
        assertTrue(sources.size() >= 2, "sources: " + sources);
        assertEquals(List.of("en", "it", "fr"), sources.stream().map(Source::language).toList());
        assertEquals(0, new BigDecimal("10000000000").compareTo(amazonOpenAi.get(0).alert().deal().deal().amountUsd()));
    }

    @Test
    void shouldWriteTheJsonAndHtmlReports() throws IOException {
        // Given
        Path out = dir.resolve("reports/demo");

        // When
        CliRun run = run("backtest", "--archive", ARCHIVE.toString(), "--config", CONFIG.toString(),
                "--report", out.toString());

        // Then
        assertEquals(0, run.exit(), run.err());
        JsonNode json = Json.mapper().readTree(dir.resolve("reports/demo.json").toFile());
        assertEquals(history.articles().size(), json.get("articles").asInt());
        assertEquals(CONFIG.toAbsolutePath().normalize().toString(), json.get("config").get("configDir").asText());
        assertEquals(0, new BigDecimal("100000000").compareTo(json.get("config").get("alertFloorUsd").decimalValue()));
        assertEquals(result.deals().size(), json.get("deals").size());
        assertEquals(EXPECTED_ALERTS.size(), json.get("alerts").size());
        JsonNode first = json.get("alerts").get(0);
        assertEquals("ASML", first.get("deal").get("investor").asText());
        assertEquals("Mistral AI", first.get("deal").get("target").asText());
        assertEquals("1404000000", first.get("deal").get("amountUsd").asText(), "plain amounts, no exponent");
        assertEquals("terminal", first.get("subscriptions").get(0).asText());
        assertEquals(List.of("2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20"),
                values(json.get("byDay"), "day"));
        assertEquals(EXPECTED_ALERTS.size(), sum(json.get("byDay"), "alerts"));
        assertEquals(history.articles().size(), sum(json.get("byDay"), "articles"));
        String html = Files.readString(dir.resolve("reports/demo.html"));
        assertTrue(html.contains("<svg"), "inline SVG chart");
        assertTrue(html.contains("Databricks"), "alerts table");
        assertFalse(html.contains("<script"), "no script in the page");
        assertTrue(run.out().contains("7 alerts"), run.out());
    }

    @Test
    void shouldEscapeAHostileTitleInTheHtmlReport() throws IOException {
        // Given a tiny archive whose item title carries markup (double-escaped, so it survives as text)
        Path archive = dir.resolve("archive");
        writeFeed(archive.resolve("hostile-wire"), "2026-11-18T12-00-00Z.xml", """
                <item><title>Nvidia to invest $2 billion in Poolside &amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;</title>
                <link>https://hostile.example/poolside</link><pubDate>Wed, 18 Nov 2026 10:00:00 +0000</pubDate>
                <description>Nvidia will invest $2 billion in Poolside, the company said on Wednesday.</description></item>
                """);
        Path out = dir.resolve("hostile");

        // When
        CliRun run = run("backtest", "--archive", archive.toString(), "--config", CONFIG.toString(), "--report",
                out.toString());

        // Then: the title reached the report as text, and the page shows it escaped
        assertEquals(0, run.exit(), run.err());
        JsonNode json = Json.mapper().readTree(dir.resolve("hostile.json").toFile());
        String title = json.get("alerts").get(0).get("sources").get(0).get("title").asText();
        assertTrue(title.contains("<script>alert(1)</script>"), "title: " + title);
        String html = Files.readString(dir.resolve("hostile.html"));
        assertFalse(html.contains("<script"), "unescaped markup in the page");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "escaped title in the page");
    }

    @Test
    void shouldOnlyBacktestArticlesPublishedInTheWindow() throws IOException {
        // Given the 18th and the 19th only (a date as --to includes that whole day)
        Instant from = Instant.parse("2026-11-18T00:00:00Z");
        Instant to = Instant.parse("2026-11-20T00:00:00Z");
        long inWindow = history.articles().stream()
                .filter(a -> !a.published().isBefore(from) && a.published().isBefore(to)).count();

        // When
        CliRun run = run("backtest", "--archive", ARCHIVE.toString(), "--config", CONFIG.toString(), "--from",
                "2026-11-18", "--to", "2026-11-19", "--report", dir.resolve("window").toString());

        // Then: without the French rumour of the 16th, the German announcement is a new deal
        assertEquals(0, run.exit(), run.err());
        JsonNode json = Json.mapper().readTree(dir.resolve("window.json").toFile());
        assertTrue(inWindow > 0 && inWindow < history.articles().size(), "the window cuts the history");
        assertEquals(inWindow, json.get("articles").asLong());
        assertEquals(List.of("2026-11-18", "2026-11-19"), values(json.get("byDay"), "day"));
        List<String> alerts = new ArrayList<>();
        json.get("alerts").forEach(a -> alerts.add(a.get("kind").asText() + " " + a.get("deal").get("investorId").asText()
                + " → " + a.get("deal").get("targetId").asText() + " " + a.get("deal").get("stage").asText()));
        assertEquals(List.of("new asml → mistral announced", "new amazon → openai in-talks"), alerts);
    }

    @Test
    void shouldSendEachRuleExactlyTheAlertsItSelects() throws IOException {
        // Given the shipped rule set plus four subscriptions with rules over words, fields and amounts
        Path ruled = copyConfig(dir.resolve("ruled"));
        Files.writeString(ruled.resolve("subscriptions.yml"), String.join("\n",
                "subscriptions:",
                "  - {id: europe-done, channel: console, query: '(country:FR OR country:DE) AND NOT stage:in-talks'}",
                "  - {id: big-chips, channel: console, query: '(nvidia OR asml) AND NOT type:contract AND amount>=1B'}",
                "  - {id: targets, channel: console, query: 'role:target=openai OR (type:acquisition AND NOT entity:meta)'}",
                "  - {id: phrases, channel: console, query: '\"in talks\" OR \"1 miliardo\"'}",
                ""));
        NewswatchConfig config = ConfigLoader.load(ruled);

        // When the archive is backtested with it
        BacktestResult ruledResult = new BacktestEngine(config).run(history.articles(), Progress.NONE);

        // Then each alert goes to exactly the subscriptions whose rule it meets
        Map<String, List<String>> bySubscription = new LinkedHashMap<>();
        for (AlertOutcome outcome : ruledResult.alerts()) {
            for (String id : outcome.subscriptions()) {
                bySubscription.computeIfAbsent(id, k -> new ArrayList<>()).add(describe(outcome.alert()));
            }
        }
        assertEquals(Map.of(
                // Mistral is French and Helsing German; the first Mistral alert was still in talks
                "europe-done", List.of("new prima-materia → helsing investment announced",
                        "update asml → mistral investment announced"),
                // $1.4B, $2B and $1.4B; the $14.2B Meta contract names neither
                "big-chips", List.of("new asml → mistral investment in-talks", "new nvidia → poolside investment announced",
                        "update asml → mistral investment announced"),
                "targets", List.of("new amazon → openai investment in-talks", "new databricks → neon acquisition announced"),
                // "Amazon in talks to ..." and "Databricks acquisisce Neon per circa 1 miliardo di dollari"; and through the
                // French form of "in talks" (taxonomy.yml forms), "ASML serait en discussions ...", a source of both
                // ASML alerts
                "phrases", List.of("new asml → mistral investment in-talks", "update asml → mistral investment announced",
                        "new amazon → openai investment in-talks", "new databricks → neon acquisition announced")),
                bySubscription);
        assertEquals(EXPECTED_ALERTS, ruledResult.alerts().stream().map(a -> describe(a.alert())).toList(),
                "rules choose subscribers, not alerts");
    }

    @Test
    void shouldReportTheGainedAlertWhenTheThresholdIsLowered() throws IOException {
        // Given a copy of the rule set with both thresholds at $10M instead of $100M
        Path lowered = copyConfig(dir.resolve("lowered"));
        Path main = lowered.resolve("newswatch.yml");
        String yaml = Files.readString(main);
        String changed = yaml.replace("alert-floor-usd: 100000000", "alert-floor-usd: 10000000")
                .replace("default-min-amount-usd: 100000000", "default-min-amount-usd: 10000000");
        assertFalse(yaml.equals(changed), "the shipped newswatch.yml sets both thresholds");
        Files.writeString(main, changed);

        // When
        CliRun run = run("backtest", "--archive", ARCHIVE.toString(), "--config", CONFIG.toString(), "--compare",
                lowered.toString(), "--report", dir.resolve("compare").toString());

        // Then: the $20M Photoroom round is gained, nothing is lost
        assertEquals(0, run.exit(), run.err());
        JsonNode compare = Json.mapper().readTree(dir.resolve("compare.json").toFile()).get("compare");
        assertEquals(1, compare.get("gained").size(), compare.toPrettyString());
        JsonNode gained = compare.get("gained").get(0).get("deal");
        assertEquals("balderton", gained.get("investorId").asText());
        assertEquals("photoroom", gained.get("targetId").asText());
        assertEquals("investment", gained.get("type").asText());
        assertEquals("20000000", gained.get("amountUsd").asText());
        assertEquals(0, compare.get("lost").size());
        assertEquals(0, new BigDecimal("10000000").compareTo(compare.get("config").get("alertFloorUsd").decimalValue()));
        assertTrue(run.out().contains("1 gained, 0 lost"), run.out());
        assertTrue(Files.readString(dir.resolve("compare.html")).contains("Photoroom"));
    }

    @Test
    void shouldScoreTheAlertsAgainstLabelsMatchedByIdUrlOrTitle() throws IOException {
        // Given labels matched by title (found), by URL (a $20M round: below the floor, so missed), by article id
        // (a revenue story: nothing expected, nothing alerted), and one that matches no article
        String revenueStoryId = history.articles().stream()
                .filter(a -> a.title().startsWith("Nvidia revenue")).findFirst().orElseThrow().id();
        Path labels = dir.resolve("labels.jsonl");
        Files.writeString(labels, String.join("\n",
                "{\"id\": \"l-amazon\", \"lang\": \"en\", \"title\": \"amazon in talks to invest more than $10 billion in openai\","
                        + " \"expect\": {\"deals\": [{\"target\": \"OpenAI\", \"investor\": \"Amazon\", \"usd\": 10000000000}]}}",
                "{\"id\": \"https://demo.newswatch.invalid/techwire/photoroom-raises-20-million\", \"lang\": \"en\","
                        + " \"expect\": {\"deals\": [{\"target\": \"Photoroom\", \"investor\": \"Balderton Capital\", \"usd\": 20000000}]}}",
                "{\"id\": \"" + revenueStoryId + "\", \"lang\": \"en\", \"expect\": {\"deals\": []}}",
                "{\"id\": \"l-absent\", \"lang\": \"en\", \"title\": \"A story nobody archived\", \"expect\": {\"deals\": []}}",
                ""));

        // When
        CliRun run = run("backtest", "--archive", ARCHIVE.toString(), "--config", CONFIG.toString(), "--labels",
                labels.toString(), "--report", dir.resolve("labelled").toString());

        // Then
        assertEquals(0, run.exit(), run.err());
        JsonNode score = Json.mapper().readTree(dir.resolve("labelled.json").toFile()).get("labels");
        assertEquals(0.5, score.get("recall").asDouble(), 1e-9);
        assertEquals(1.0, score.get("precision").asDouble(), 1e-9);
        assertEquals(1, score.get("misses").size());
        assertEquals("Photoroom", score.get("misses").get(0).get("target").asText());
        assertEquals(0, score.get("falsePositives").size());
        assertEquals(List.of("l-absent"), textList(score.get("unmatched")));
        assertTrue(Files.readString(dir.resolve("labelled.html")).contains("Misses (1)"));
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private static List<Alert> alertsBetween(String investor, String target) {
        return result.alerts().stream().map(AlertOutcome::alert)
                .filter(a -> describe(a).contains(investor + " → " + target)).toList();
    }

    private static String describe(Alert alert) {
        Deal d = alert.deal().deal();
        return alert.kind() + " " + (d.investor() == null ? "?" : d.investor().id()) + " → "
                + (d.target() == null ? "?" : d.target().id()) + " " + d.type().wireName() + " " + d.stage().wireName();
    }

    private static void writeFeed(Path feedDir, String fileName, String items) throws IOException {
        Files.createDirectories(feedDir);
        Files.writeString(feedDir.resolve(fileName), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<rss version=\"2.0\"><channel><title>Hostile Wire</title><link>https://hostile.example/</link>"
                + "<language>en</language>\n" + items + "</channel></rss>\n");
    }

    private static Path copyConfig(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(CONFIG)) {
            for (Path source : files.sorted(Comparator.naturalOrder()).toList()) {
                Path copy = target.resolve(CONFIG.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy);
                }
            }
        }
        return target;
    }

    private static List<String> values(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    private static List<String> textList(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static int sum(JsonNode array, String field) {
        int total = 0;
        for (JsonNode n : array) {
            total += n.get(field).asInt();
        }
        return total;
    }

    private static CliRun run(String... args) {
        return CliRun.of(Newswatch.commandLine(), args);
    }
}
