package dev.newswatch.app.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.topic.Topic;
import dev.newswatch.core.topic.Topics;
import dev.newswatch.testkit.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Only the topic catalogue ({@code core/.../topic/Topics.java}) spells a topic name. Byte code does not show
 * string literals, so this rule reads the production sources of the five modules. It flags:
 * <ul>
 *   <li>a literal full topic name, such as {@code "newswatch.articles"} (default prefix plus a catalogue alias),
 *       except as a Micrometer meter name ({@code Counter.builder("newswatch.deliveries")}), which shares the
 *       prefix but is no topic;</li>
 *   <li>a prefix joined to an alias by hand, such as {@code topics.prefix() + "articles"}, except the consumer
 *       group ids {@code <prefix>ingest}, {@code <prefix>enrich} and {@code <prefix>alerts}: the group
 *       {@code alerts} shares its name with the topic, so it is allowed on a line that says it is a group;</li>
 *   <li>any literal handed to a Kafka API that takes a topic name ({@code new ProducerRecord<>("..."}, {@code
 *       subscribe(List.of("...")}, {@code builder.stream("...")}, {@code .to("...")}, {@code new NewTopic("..."},
 *       {@code new TopicPartition("..."}).</li>
 * </ul>
 * Tests are not scanned: they check the catalogue's names from outside. Internal Streams topic names
 * ({@code Repartitioned.as("deal-reports-by-party")}) are names the topology owns, not catalogue topics.
 */
class TopicNameLiteralsTest {

    private static final List<String> MODULES = List.of("core", "ingest", "enrich", "alerts", "app");
    private static final Path CATALOGUE = Path.of("core", "src", "main", "java", "dev", "newswatch", "core", "topic",
            "Topics.java");
    private static final String ALIASES = Topics.defaults().all().stream().map(Topic::alias).map(Pattern::quote)
            .collect(Collectors.joining("|"));
    private static final Pattern FULL_NAME = Pattern.compile(
            "(?<!builder\\()\"" + Pattern.quote(Topics.DEFAULT_PREFIX) + "(?:" + ALIASES + ")\"");
    private static final Pattern PREFIX_PLUS_ALIAS = Pattern.compile(
            "(?i:prefix)(?:\\(\\))?\\s*\\+\\s*\"(?:" + ALIASES + ")(?=[\"-])");
    private static final Pattern NAMES_A_GROUP = Pattern.compile("(?i)group|\\.consumer\\(");
    private static final Pattern KAFKA_API_LITERAL = Pattern.compile(
            "new\\s+(?:ProducerRecord|NewTopic|TopicPartition)\\s*(?:<[^>]*>)?\\s*\\(\\s*\""
                    + "|\\.(?:subscribe|stream|table|globalTable|to)\\s*\\(\\s*(?:(?:List|Set)\\.of\\(\\s*)?\"");

    @Test
    void shouldSpellNoTopicNameOutsideTheCatalogue() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path source : productionSources()) {
            found.addAll(topicNameLiterals(source, Files.readAllLines(source)));
        }

        assertTrue(found.isEmpty(), () -> found.size() + " topic name(s) spelt outside core/.../topic/Topics.java; "
                + "take the topic from the catalogue instead (topics.articles.name(), topics.find(alias)), or add "
                + "the topic to Topics if it is new:\n" + String.join("\n", found));
    }

    @Test
    void shouldRecogniseEachWayOfSpellingATopicName() {
        List<String> lines = List.of(
                "String t = \"newswatch.articles\";",                         // a full name
                "throw new IllegalArgumentException(\"--to (\" + to + \")\");", // an option named to: allowed
                "consumer.subscribe(List.of(topics.prefix() + \"deals\"));",   // prefix joined to an alias
                "producer.send(new ProducerRecord<>(\"scratch\", k, v));",    // a literal given to Kafka
                "builder.stream(\"raw-feed\", consumed);",                     // the same, in Streams
                "Counter.builder(\"newswatch.deliveries\").register(r);",     // a meter name: allowed
                "clients.consumer(\"alerts-\" + id, topics.prefix() + \"alerts\");", // a group id: allowed
                "root.put(\"articles\", 3);");                                 // a JSON field: allowed

        List<String> found = topicNameLiterals(Path.of("Example.java"), lines);

        assertEquals(List.of(1, 3, 4, 5), found.stream().map(f -> Integer.parseInt(f.split(":")[1])).toList(),
                String.join("\n", found));
    }

    @Test
    void shouldScanTheSourcesOfEveryModule() throws IOException {
        List<Path> sources = productionSources();
        for (String module : MODULES) {
            assertTrue(sources.stream().anyMatch(p -> p.startsWith(RepoPaths.root().resolve(module))),
                    "no source of " + module + " found under " + RepoPaths.root() + "; set -Dnewswatch.repo.root");
        }
        assertFalse(sources.contains(RepoPaths.root().resolve(CATALOGUE)), "the catalogue itself is exempt");
    }

    /** The lines of {@code source} that spell a topic name, as {@code file:line: text}. */
    private static List<String> topicNameLiterals(Path source, List<String> lines) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("*") || line.startsWith("/*") || line.startsWith("//")) {
                continue;
            }
            Matcher joined = PREFIX_PLUS_ALIAS.matcher(line);
            boolean byHand = joined.find() && !NAMES_A_GROUP.matcher(line).find();
            if (FULL_NAME.matcher(line).find() || byHand || KAFKA_API_LITERAL.matcher(line).find()) {
                found.add(source + ":" + (i + 1) + ": " + line);
            }
        }
        return found;
    }

    private static List<Path> productionSources() throws IOException {
        List<Path> sources = new ArrayList<>();
        Path root = RepoPaths.root();
        for (String module : MODULES) {
            try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src").resolve("main").resolve("java"))) {
                files.filter(p -> p.toString().endsWith(".java") && !p.equals(root.resolve(CATALOGUE)))
                        .sorted().forEach(sources::add);
            }
        }
        return sources;
    }
}
