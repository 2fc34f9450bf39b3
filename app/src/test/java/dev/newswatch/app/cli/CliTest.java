package dev.newswatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newswatch.app.Newswatch;
import dev.newswatch.core.serde.Json;
import dev.newswatch.testkit.CliRun;
import dev.newswatch.testkit.RepoPaths;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code newswatch} command line without Kafka: help of every command, {@code analyze}, {@code eval},
 * {@code taxonomy show}, {@code fetch --summary}, and the exit code and message of an invalid configuration.
 * Output is captured through {@link Newswatch#commandLine()} with {@code setOut}/{@code setErr}.
 */
class CliTest {

    private static final Path REPO = RepoPaths.root();
    private static final Path CONFIG = REPO.resolve("config");
    private static final Path SAMPLES = REPO.resolve("../shared/samples").normalize();

    @TempDir
    Path dir;

    // ---- help ----

    @Test
    void shouldShowHelpOfEveryCommandWithEachOfItsOptionsAndSubcommands() {
        // Given every command and subcommand of the tree
        List<List<String>> paths = new ArrayList<>();
        collect(Newswatch.commandLine(), new ArrayList<>(), paths);
        assertTrue(paths.size() >= 25, "the tree has every command: " + paths);

        for (List<String> path : paths) {
            // When
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            CliRun run = run(args.toArray(String[]::new));

            // Then it exits 0 and the usage names every visible option and subcommand
            assertEquals(0, run.exit(), "exit of " + args + ": " + run.err());
            CommandLine command = find(path);
            assertTrue(run.out().contains("Usage: newswatch " + String.join(" ", path)), "usage of " + path + ":\n" + run.out());
            for (OptionSpec option : command.getCommandSpec().options()) {
                if (!option.hidden()) {
                    assertTrue(run.out().contains(option.longestName()),
                            path + " --help mentions " + option.longestName() + ":\n" + run.out());
                }
            }
            for (String sub : command.getSubcommands().keySet()) {
                assertTrue(run.out().contains(sub), path + " --help lists subcommand " + sub + ":\n" + run.out());
            }
        }
    }

    @Test
    void shouldListEveryTopLevelCommandInTheMainHelp() {
        CliRun run = run("--help");

        assertEquals(0, run.exit());
        for (String command : List.of("up", "ingest", "enrich", "alerts", "feeds", "entities", "subscriptions", "webhook",
                "taxonomy", "fetch", "analyze", "eval", "tail", "help")) {
            assertTrue(Pattern.compile("(?m)^  " + command + " ").matcher(run.out()).find(), command + " in:\n" + run.out());
        }
    }

    // ---- analyze ----

    @Test
    void shouldPrintCategoriesAndTheAmazonOpenAiDealOfTheItalianSample() {
        // Given the Italian article this project started from
        Path sample = SAMPLES.resolve("openai-amazon-talks.it.txt");
        Assumptions.assumeTrue(Files.isRegularFile(sample), "sample missing: " + sample);

        // When
        CliRun run = run("analyze", "--config", CONFIG.toString(), "--text", sample.toString());

        // Then one JSON object with the three categories and the headline deal
        assertEquals(0, run.exit(), run.err());
        List<JsonNode> lines = jsonLines(run.out());
        assertEquals(1, lines.size(), run.out());
        JsonNode article = lines.get(0);
        List<String> categories = texts(article.get("categories"));
        assertTrue(categories.containsAll(List.of("ai-funding", "cloud", "chips")), "categories " + categories);
        JsonNode amazonOpenAi = null;
        for (JsonNode deal : article.get("deals")) {
            if (deal.path("investor").path("id").asText().equals("amazon")
                    && deal.path("target").path("id").asText().equals("openai")) {
                amazonOpenAi = deal;
            }
        }
        assertNotNull(amazonOpenAi, "an Amazon → OpenAI deal in " + article.get("deals"));
        assertEquals(0, new BigDecimal("10000000000").compareTo(amazonOpenAi.get("amount").decimalValue()));
        assertEquals("USD", amazonOpenAi.get("currency").asText());
        assertEquals("more-than", amazonOpenAi.get("qualifier").asText());
        assertEquals("investment", amazonOpenAi.get("type").asText());
        assertEquals("in-talks", amazonOpenAi.get("stage").asText());
        assertTrue(amazonOpenAi.get("evidence").asText().contains("10 miliardi"), amazonOpenAi.toString());
    }

    @Test
    void shouldAnswerJsonLinesInInputOrderKeepingIds() throws IOException {
        // Given three articles (and a blank line, which is skipped) in three languages
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, String.join("\n",
                "{\"id\": \"z-last-alphabetically\", \"lang\": \"en\", \"text\": \"Microsoft agreed to invest $5 billion in Anthropic.\"}",
                "",
                "{\"id\": \"a-first\", \"title\": \"Meteo\", \"text\": \"Domani pioggia su Milano e sole a Roma.\"}",
                "{\"id\": \"m-middle\", \"lang\": \"de\", \"text\": \"Nvidia investiert bis zu 10 Milliarden Dollar in Anthropic.\"}",
                ""));

        // When
        CliRun run = run("analyze", "--config", CONFIG.toString(), input.toString());

        // Then one line per article, in input order, ids kept
        assertEquals(0, run.exit(), run.err());
        List<JsonNode> lines = jsonLines(run.out());
        assertEquals(List.of("z-last-alphabetically", "a-first", "m-middle"),
                lines.stream().map(l -> l.get("id").asText()).toList());
        assertEquals("anthropic", lines.get(0).get("deals").get(0).get("target").get("id").asText(), run.out());
        assertEquals(0, lines.get(1).get("deals").size(), "the weather has no deal: " + lines.get(1));
        assertEquals("nvidia", lines.get(2).get("deals").get(0).get("investor").get("id").asText(), run.out());
    }

    @Test
    void shouldGiveAnArticleWithoutIdAStableContentId() throws IOException {
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, "{\"text\": \"Microsoft agreed to invest $5 billion in Anthropic.\"}\n");

        String first = jsonLines(run("analyze", "--config", CONFIG.toString(), input.toString()).out()).get(0).get("id").asText();
        String second = jsonLines(run("analyze", "--config", CONFIG.toString(), input.toString()).out()).get(0).get("id").asText();

        assertFalse(first.isBlank());
        assertEquals(first, second);
    }

    @Test
    void shouldFailOnALineWithoutTextNamingTheLine() throws IOException {
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, "{\"id\": \"ok\", \"text\": \"fine\"}\n{\"id\": \"bad\", \"body\": \"no text\"}\n");

        CliRun run = run("analyze", "--config", CONFIG.toString(), input.toString());

        assertEquals(ExitCodes.INPUT, run.exit());
        assertTrue(run.err().contains("line 2 has no \"text\""), run.err());
    }

    // ---- eval ----

    @Test
    void shouldScoreTheDevSetAtLeastNinetyFivePercent() {
        Path labels = SAMPLES.resolve("deals_dev.jsonl");
        Path entities = SAMPLES.resolve("entities_dev.yml");
        Assumptions.assumeTrue(Files.isRegularFile(labels) && Files.isRegularFile(entities), "dev set missing: " + SAMPLES);

        CliRun run = run("eval", "--config", CONFIG.toString(), "--labels", labels.toString(), "--entities", entities.toString());

        assertEquals(0, run.exit(), run.err());
        Matcher summary = Pattern.compile("(?m)^recall (\\d\\.\\d{3})  precision (\\d\\.\\d{3})  category recall (\\d\\.\\d{3})")
                .matcher(run.out());
        assertTrue(summary.find(), "summary line in:\n" + run.out());
        assertTrue(Double.parseDouble(summary.group(1)) >= 0.95, "recall " + summary.group(1) + "\n" + run.out());
        assertTrue(Double.parseDouble(summary.group(2)) >= 0.95, "precision " + summary.group(2) + "\n" + run.out());
        assertTrue(Double.parseDouble(summary.group(3)) >= 0.95, "category recall " + summary.group(3) + "\n" + run.out());
        assertTrue(run.out().startsWith("17 items from "), run.out());
    }

    // ---- features ----

    @Test
    void shouldWriteOneTrainingRowPerAmountWithItsLabelAndCandidates() throws IOException {
        // Given one labelled page: the raise is a labelled deal, the valuation after it is not
        Path labels = dir.resolve("labels.jsonl");
        Files.writeString(labels, "{\"id\": \"p1\", \"lang\": \"en\", \"title\": \"\", \"text\": \"OpenAI raised "
                + "$500 million from Amazon on Tuesday, and the round values the company at $5 billion.\", "
                + "\"expect\": {\"deals\": [{\"target\": \"OpenAI\", \"investor\": \"Amazon\", \"usd\": 500000000}]}}\n");
        Path rows = dir.resolve("rows.jsonl");

        // When
        CliRun run = run("features", "--config", CONFIG.toString(), "--labels", labels.toString(), "--out",
                rows.toString());

        // Then one row per amount: the raise carried by a rule deal and labelled, the valuation neither
        assertEquals(0, run.exit(), run.err());
        List<JsonNode> lines = jsonLines(Files.readString(rows));
        assertEquals(2, lines.size(), Files.readString(rows));
        JsonNode raise = lines.get(0);
        assertEquals(1, raise.get("deal").asInt());
        assertTrue(raise.get("carried").asBoolean());
        JsonNode openAi = raise.get("candidates").get(0);
        assertEquals("openai", openAi.get("id").asText());
        assertEquals(1, openAi.get("target").asInt());
        JsonNode valuation = lines.get(1);
        assertEquals(0, valuation.get("deal").asInt());
        assertFalse(valuation.get("carried").asBoolean());
        assertTrue(texts(valuation.get("features")).contains("lang=en"), valuation.toString());
    }

    // ---- taxonomy ----

    @Test
    void shouldShowTheShippedCategories() {
        CliRun run = run("taxonomy", "show", "--config", CONFIG.toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("Taxonomy " + CONFIG.resolve("taxonomy.yml").toAbsolutePath().normalize()), run.out());
        for (String category : List.of("ai-funding", "cloud", "chips")) {
            assertTrue(Pattern.compile("(?m)^" + category + " +min-score ").matcher(run.out()).find(),
                    category + " in:\n" + run.out());
        }
    }

    // ---- invalid configuration ----

    static Stream<List<String>> commandsThatReadTheConfig() {
        return Stream.of(
                List.of("up"), List.of("ingest"), List.of("enrich"), List.of("alerts"),
                List.of("feeds", "list"), List.of("entities", "list"), List.of("subscriptions", "list"),
                List.of("alerts", "status"), List.of("tail", "articles"), List.of("taxonomy", "show"),
                List.of("eval", "--labels", "unused.jsonl"),
                List.of("features", "--labels", "unused.jsonl", "--out", "unused-rows.jsonl"));
    }

    @ParameterizedTest
    @MethodSource("commandsThatReadTheConfig")
    void shouldExitWithConfigCodeAndNameFileAndKeyWhenTheConfigIsInvalid(List<String> command) throws IOException {
        // Given a config directory with a duration written in words
        Path config = Files.createDirectories(dir.resolve("bad-config"));
        Files.writeString(config.resolve("newswatch.yml"), "ingest:\n  max-backoff: 6 hours\n");

        // When
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("--config", config.toString()));
        CliRun run = run(args.toArray(String[]::new));

        // Then nothing starts: exit 3 (CONFIG) and one readable line naming file, key and reason
        assertEquals(ExitCodes.CONFIG, run.exit(), command + " stderr: " + run.err());
        assertTrue(run.err().startsWith("newswatch: invalid configuration: "), run.err());
        assertTrue(run.err().contains(config.toAbsolutePath().normalize().resolve("newswatch.yml").toString()), run.err());
        assertTrue(run.err().contains("ingest.max-backoff: must be a duration such as 30s, 15m, 6h or 1d, got '6 hours'"),
                run.err());
        assertEquals("", run.out());
    }

    @Test
    void shouldExitWithConfigCodeWhenTheConfigDirectoryDoesNotExist() {
        Path missing = dir.resolve("no-such-config");

        CliRun run = run("taxonomy", "show", "--config", missing.toString());

        assertEquals(ExitCodes.CONFIG, run.exit(), run.err());
        assertTrue(run.err().contains(missing.toAbsolutePath().normalize() + ": config directory does not exist"), run.err());
    }

    // ---- fetch ----

    @Test
    void shouldSummariseAGoodAndABrokenFeedInInputOrderAndExitZero() throws IOException {
        // Given a valid RSS file with two items and a file that is not XML
        Path good = dir.resolve("good.xml");
        Files.writeString(good, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Local</title><link>https://local.example.test/</link>
                <description>test</description>
                <item><title>One</title><link>https://local.example.test/1</link><guid>1</guid>
                <description>Microsoft agreed to invest $5 billion in Anthropic.</description></item>
                <item><title>Two</title><link>https://local.example.test/2</link><guid>2</guid>
                <description>Nothing happened.</description></item>
                </channel></rss>
                """);
        Path broken = dir.resolve("broken.xml");
        Files.writeString(broken, "this is <not a feed");

        // When (the broken one first, so order is not by status)
        CliRun run = run("fetch", "--summary", "--config", CONFIG.toString(), broken.toString(), good.toString());

        // Then two lines, in input order
        assertEquals(0, run.exit(), run.err());
        List<JsonNode> lines = jsonLines(run.out());
        assertEquals(2, lines.size(), run.out());
        assertEquals(broken.toString(), lines.get(0).get("input").asText());
        assertEquals("error", lines.get(0).get("status").asText());
        assertEquals(0, lines.get(0).get("items").asInt());
        assertTrue(lines.get(0).get("error").asText().contains("broken.xml"), lines.get(0).toString());
        assertEquals(good.toString(), lines.get(1).get("input").asText());
        assertEquals("ok", lines.get(1).get("status").asText());
        assertEquals(2, lines.get(1).get("items").asInt());
    }

    @Test
    void shouldSummariseAJsonFeedLikeAnyFeed() throws IOException {
        // Given a JSON Feed 1.1 file with two items
        Path json = dir.resolve("wire.json");
        Files.writeString(json, """
                {"version": "https://jsonfeed.org/version/1.1", "title": "Wire", "items": [
                  {"id": "1", "url": "https://local.example.test/1", "content_text": "Microsoft agreed to invest."},
                  {"id": "2", "url": "https://local.example.test/2", "content_html": "<p>Nothing happened.</p>"}]}
                """);

        // When
        CliRun run = run("fetch", "--summary", "--config", CONFIG.toString(), json.toString());

        // Then
        assertEquals(0, run.exit(), run.err());
        List<JsonNode> lines = jsonLines(run.out());
        assertEquals("ok", lines.get(0).get("status").asText(), run.out());
        assertEquals(2, lines.get(0).get("items").asInt());
    }

    @Test
    void shouldRefuseFetchWithoutInputs() {
        CliRun run = run("fetch", "--config", CONFIG.toString());

        assertEquals(ExitCodes.USAGE, run.exit());
        assertTrue(run.err().contains("give at least one URL or file"), run.err());
    }

    // ---- fulltext ----

    @Test
    void shouldPrintTheArticleOfEachPageAsAJsonLineInInputOrder() throws IOException {
        // Given a gzip-compressed page with JSON-LD, a plain page without, and a file that does not exist
        Path jsonLd = dir.resolve("jsonld.html.gz");
        String body = "Northwind Robotics closed a funding round of $120 million led by Harbor Capital. ".repeat(5);
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(jsonLd))) {
            out.write(("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                    + "\"headline\":\"Northwind raises $120M\",\"datePublished\":\"2026-11-30T08:15:00Z\","
                    + "\"articleBody\":\"" + body + "\"}</script></head><body><p>Teaser.</p></body></html>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        Path plain = dir.resolve("plain.html");
        Files.writeString(plain, "<html><head><title>Wire: chips</title></head><body><nav><a href=/>Home</a></nav>"
                + "<article><p>" + "The chip maker said on Monday that it would build a plant in Saxony, with a"
                + " subsidy from the state, and hire a thousand people. ".repeat(3) + "</p></article></body></html>");
        Path missing = dir.resolve("missing.html");

        // When
        CliRun run = run("fulltext", "--config", CONFIG.toString(), missing.toString(), jsonLd.toString(),
                plain.toString());

        // Then three lines, in input order, each with every key
        assertEquals(0, run.exit(), run.err());
        List<JsonNode> lines = jsonLines(run.out());
        assertEquals(3, lines.size(), run.out());
        for (JsonNode line : lines) {
            assertEquals(List.of("input", "status", "title", "text", "published", "error"), texts(fieldNames(line)));
        }
        assertEquals("error", lines.get(0).get("status").asText());
        assertTrue(lines.get(0).get("error").asText().contains("missing.html"), lines.get(0).toString());
        assertEquals(jsonLd.toString(), lines.get(1).get("input").asText());
        assertEquals("ok", lines.get(1).get("status").asText());
        assertEquals("Northwind raises $120M", lines.get(1).get("title").asText());
        assertEquals(body.strip(), lines.get(1).get("text").asText());
        assertEquals("2026-11-30T08:15:00Z", lines.get(1).get("published").asText());
        assertTrue(lines.get(1).get("error").isNull());
        assertEquals("Wire: chips", lines.get(2).get("title").asText());
        assertTrue(lines.get(2).get("text").asText().startsWith("The chip maker said"), lines.get(2).toString());
        assertTrue(lines.get(2).get("published").isNull());
    }

    @Test
    void shouldRefuseFulltextWithoutInputs() {
        CliRun run = run("fulltext", "--config", CONFIG.toString());

        assertEquals(ExitCodes.USAGE, run.exit());
        assertTrue(run.err().contains("give at least one URL or file"), run.err());
    }

    @Test
    void shouldRefuseASubscriptionWithABadQueryAndNameThePosition() {
        // When a rule with an unknown field is given (refused before any broker is asked)
        CliRun run = run("subscriptions", "add", "fr-ai", "--channel", "console", "--query", "nvidia AND colour:red",
                "--config", CONFIG.toString());

        // Then
        assertEquals(ExitCodes.USAGE, run.exit(), run.err());
        assertTrue(run.err().contains("subscription fr-ai: query: unknown field 'colour'"), run.err());
        assertTrue(run.err().contains("at position 12 of 'nvidia AND colour:red'"), run.err());
    }

    // ---- helpers ----

    private static CliRun run(String... args) {
        return CliRun.of(Newswatch.commandLine(), args);
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> into) {
        for (Map.Entry<String, CommandLine> sub : command.getSubcommands().entrySet()) {
            List<String> subPath = new ArrayList<>(path);
            subPath.add(sub.getKey());
            into.add(subPath);
            collect(sub.getValue(), subPath, into);
        }
    }

    private static CommandLine find(List<String> path) {
        CommandLine command = Newswatch.commandLine();
        for (String name : path) {
            command = command.getSubcommands().get(name);
        }
        return command;
    }

    private static List<JsonNode> jsonLines(String out) {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                try {
                    lines.add(Json.mapper().readTree(line));
                } catch (IOException e) {
                    throw new AssertionError("not a JSON line: " + line, e);
                }
            }
        }
        return lines;
    }

    private static JsonNode fieldNames(JsonNode object) {
        var names = Json.mapper().createArrayNode();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
