package dev.newswatch.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.model.FeedSpec;
import dev.newswatch.testkit.RepoPaths;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per invalid setting, each checking that the {@link ConfigException} names the file, the key and
 * the reason; then the positive cases, the shipped {@code config/} directory included.
 */
class ConfigLoaderTest {

    private static final String MINIMAL_FEEDS = "feeds:\n  - {id: one, url: \"https://example.com/feed.xml\"}\n";

    @TempDir
    Path dir;

    // ---- newswatch.yml: invalid settings ----

    @Test
    void shouldRejectUnknownTopLevelKey() throws IOException {
        // Given a top-level key that is not a section of newswatch.yml
        writeMain("kafak:\n  topic-prefix: x.\n");

        // When / Then
        ConfigException e = loadFails();
        assertError(e, mainFile(), "kafak", "unknown key");
        assertTrue(e.reason().contains("kafka"), "the reason lists the allowed keys: " + e.reason());
    }

    @Test
    void shouldRejectMisspelledKeyUnderIngest() throws IOException {
        // Given a typo under ingest
        writeMain("ingest:\n  defualt-interval: 15m\n");

        // When / Then
        ConfigException e = loadFails();
        assertError(e, mainFile(), "ingest.defualt-interval", "unknown key");
        assertTrue(e.reason().contains("default-interval"), "the reason lists the allowed keys: " + e.reason());
    }

    @Test
    void shouldRejectDurationWrittenInWords() throws IOException {
        // Given a duration spelt out instead of 15m
        writeMain("ingest:\n  default-interval: 15 minutes\n");

        // When / Then
        ConfigException e = loadFails();
        assertError(e, mainFile(), "ingest.default-interval", "must be a duration such as 30s, 15m, 6h or 1d");
        assertTrue(e.reason().contains("15 minutes"), "the reason quotes the bad value: " + e.reason());
    }

    @Test
    void shouldRejectDurationOutOfRange() throws IOException {
        // Given a min-interval above its one-day maximum
        writeMain("ingest:\n  min-interval: 2d\n");

        // When / Then
        ConfigException e = loadFails();
        assertError(e, mainFile(), "ingest.min-interval", "must be between PT1S and PT24H, got 2d");
    }

    @Test
    void shouldRejectDefaultIntervalShorterThanMinInterval() throws IOException {
        // Given a default interval that the minimum would silently override
        writeMain("ingest:\n  default-interval: 30s\n  min-interval: 1m\n");

        // When / Then
        ConfigException e = loadFails();
        assertError(e, mainFile(), "ingest.default-interval", "must not be shorter than ingest.min-interval (PT1M)");
    }

    @Test
    void shouldRejectSizeWithUnknownUnit() throws IOException {
        // Given a size in an unknown unit
        writeMain("ingest:\n  max-body: 10 megs\n");

        // When / Then
        ConfigException e = loadFails();
        assertError(e, mainFile(), "ingest.max-body", "must be a size such as 10MiB or 512KiB, got '10 megs'");
    }

    @Test
    void shouldRejectJitterAboveHalf() throws IOException {
        // Given a jitter above the 0.5 maximum
        writeMain("ingest:\n  jitter: 0.8\n");

        // When / Then
        ConfigException e = loadFails();
        assertError(e, mainFile(), "ingest.jitter", "must be between 0.0 and 0.5, got 0.8");
    }

    @Test
    void shouldRejectNegativeHostConcurrency() throws IOException {
        // Given a negative number of requests per host
        writeMain("ingest:\n  host-concurrency: -1\n");

        // When / Then
        ConfigException e = loadFails();
        assertError(e, mainFile(), "ingest.host-concurrency", "must be between 1 and 64, got -1");
    }

    @Test
    void shouldRejectNoRequestsInFlight() throws IOException {
        // Given no request allowed in flight
        writeMain("ingest:\n  requests-in-flight: 0\n");

        // When / Then
        ConfigException e = loadFails();
        assertError(e, mainFile(), "ingest.requests-in-flight", "must be between 1 and 1024, got 0");
    }

    @Test
    void shouldRejectFractionWhereWholeNumberIsExpected() throws IOException {
        // Given a fractional thread count
        writeMain("ingest:\n  fetch-threads: 2.5\n");

        // When / Then
        ConfigException e = loadFails();
        assertError(e, mainFile(), "ingest.fetch-threads", "must be a whole number, got '2.5'");
    }

    @Test
    void shouldRejectListWhereSingleValueIsExpected() throws IOException {
        // Given a list where one User-Agent string is expected
        writeMain("ingest:\n  user-agent: [a, b]\n");

        // When / Then
        ConfigException e = loadFails();
        assertError(e, mainFile(), "ingest.user-agent", "must be a single value, not a list or mapping");
    }

    @Test
    void shouldRejectAllowEntryThatIsNotCidr() throws IOException {
        // Given an address without a prefix length in the second entry
        writeMain("network:\n  allow:\n    - 127.0.0.0/8\n    - 10.0.0.1\n");

        // When / Then
        ConfigException e = loadFails();
        assertError(e, mainFile(), "network.allow[1]", "must be a CIDR such as 127.0.0.0/8, got '10.0.0.1'");
    }

    @Test
    void shouldRejectTopicPrefixWithSpaces() throws IOException {
        // Given a prefix Kafka would refuse as part of a topic name
        writeMain("kafka:\n  topic-prefix: \"news watch!\"\n");

        // When / Then
        ConfigException e = loadFails();
        assertError(e, mainFile(), "kafka.topic-prefix", "may only contain letters, digits, '.', '_' and '-'");
    }

    @Test
    void shouldRejectPartitionsForUnknownTopicAlias() throws IOException {
        // Given a misspelt topic alias
        writeMain("kafka:\n  partitions:\n    artcles: 3\n");

        // When / Then
        ConfigException e = loadFails();
        assertError(e, mainFile(), "kafka.partitions.artcles", "unknown topic alias");
        assertTrue(e.reason().contains("articles"), "the reason lists the aliases: " + e.reason());
    }

    // ---- feeds.yml: invalid entries ----

    @Test
    void shouldRejectFeedWithoutUrl() throws IOException {
        // Given a feed entry with a name but no url
        writeMain("");
        writeFeeds("feeds:\n  - {name: No URL}\n");

        // When / Then
        assertError(loadFails(), feedsFile(), "feeds[0].url", "is required");
    }

    @Test
    void shouldRejectFeedWithFtpUrl() throws IOException {
        // Given an ftp: feed (only http, https and file: are fetched)
        writeMain("");
        writeFeeds(MINIMAL_FEEDS + "  - {url: \"ftp://example.com/feed.xml\"}\n");

        // When / Then
        assertError(loadFails(), feedsFile(), "feeds[1].url",
                "must be an http, https or file: URL, got 'ftp://example.com/feed.xml'");
    }

    @Test
    void shouldRejectFeedLanguageThatIsNotTwoLetters() throws IOException {
        // Given a language name instead of an ISO 639-1 code
        writeMain("");
        writeFeeds("feeds:\n  - {url: \"https://example.com/feed.xml\", language: english}\n");

        // When / Then
        assertError(loadFails(), feedsFile(), "feeds[0].language",
                "must be a two-letter ISO 639-1 code such as en or it, got 'english'");
    }

    @Test
    void shouldRejectDuplicateFeedId() throws IOException {
        // Given two feeds with the same explicit id
        writeMain("");
        writeFeeds(MINIMAL_FEEDS + "  - {id: one, url: \"https://example.org/other.xml\"}\n");

        // When / Then
        ConfigException e = loadFails();
        assertError(e, feedsFile(), "feeds[1].id", "duplicate feed id 'one'");
    }

    @Test
    void shouldRejectFeedIntervalBelowTenSeconds() throws IOException {
        // Given a feed asking to be polled every 5 seconds
        writeMain("");
        writeFeeds("feeds:\n  - {url: \"https://example.com/feed.xml\", interval: 5s}\n");

        // When / Then
        assertError(loadFails(), feedsFile(), "feeds[0].interval", "must be between PT10S and PT168H, got 5s");
    }

    @Test
    void shouldRejectUnknownFeedKey() throws IOException {
        // Given a typo in a feed entry
        writeMain("");
        writeFeeds("feeds:\n  - {url: \"https://example.com/feed.xml\", titel: Example}\n");

        // When / Then
        ConfigException e = loadFails();
        assertError(e, feedsFile(), "feeds[0].titel", "unknown key");
        assertTrue(e.reason().contains("name"), "the reason lists the allowed keys: " + e.reason());
    }

    // ---- files and directories ----

    @Test
    void shouldRejectFileThatIsNotYaml() throws IOException {
        // Given a newswatch.yml with an unclosed flow mapping
        writeMain("ingest: {jitter: 0.1\n");

        // When / Then
        assertError(loadFails(), mainFile(), "", "not valid YAML");
    }

    @Test
    void shouldRejectDirectoryWithoutNewswatchYml() throws IOException {
        // Given a config dir holding only feeds.yml
        writeFeeds(MINIMAL_FEEDS);

        // When / Then
        assertError(loadFails(), mainFile(), "", "file not found");
    }

    @Test
    void shouldRejectMissingConfigDirectory() {
        // Given a directory that does not exist
        Path missing = dir.resolve("no-such-config");

        // When
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(missing));

        // Then
        assertError(e, missing.toAbsolutePath().normalize().toString(), "", "config directory does not exist");
    }

    // ---- positive cases on a temporary directory ----

    @Test
    void shouldUseDefaultsWhenNewswatchYmlIsEmptyAndFeedsYmlIsMissing() throws IOException {
        // Given an empty newswatch.yml and no feeds.yml
        writeMain("");

        // When
        NewswatchConfig config = ConfigLoader.load(dir);

        // Then
        assertEquals(IngestSettings.defaults(), config.ingest());
        assertEquals("newswatch.", config.kafka().topicPrefix());
        assertTrue(config.kafka().embedded() || System.getenv("KAFKA_BOOTSTRAP_SERVERS") != null);
        assertEquals(List.of(), config.feeds());
        assertEquals(dir.toAbsolutePath().normalize(), config.configDir());
        assertTrue(config.dataDir().isAbsolute(), "data-dir is made absolute: " + config.dataDir());
    }

    @Test
    void shouldParseEveryDurationAndSizeNotation() throws IOException {
        // Given each accepted notation once
        writeMain(String.join("\n",
                "ingest:",
                "  min-interval: 30s",
                "  connect-timeout: 500ms",
                "  default-interval: PT15M",   // ISO-8601
                "  max-backoff: 1d",
                "  host-min-gap: 0ms",         // zero gap is allowed
                "  total-deadline: 45s",
                "  max-body: 512KiB",
                "  jitter: 0",
                "  host-concurrency: 64",      // the upper bound itself is valid
                ""));

        // When
        IngestSettings ingest = ConfigLoader.load(dir).ingest();

        // Then
        assertEquals(Duration.ofSeconds(30), ingest.minInterval());
        assertEquals(Duration.ofMillis(500), ingest.connectTimeout());
        assertEquals(Duration.ofMinutes(15), ingest.defaultInterval());
        assertEquals(Duration.ofDays(1), ingest.maxBackoff());
        assertEquals(Duration.ZERO, ingest.hostMinGap());
        assertEquals(Duration.ofSeconds(45), ingest.totalDeadline());
        assertEquals(512L * 1024, ingest.maxBodyBytes());
        assertEquals(0.0, ingest.jitter());
        assertEquals(64, ingest.hostConcurrency());
    }

    @Test
    void shouldDeriveFeedIdFromNameAndKeepOptionalFields() throws IOException {
        // Given one feed with an id and one with only a name
        writeMain("");
        writeFeeds(MINIMAL_FEEDS
                + "  - {url: \"https://example.org/rss\", name: \"Économie Numérique\", language: FR, interval: 2h}\n");

        // When
        List<FeedSpec> feeds = ConfigLoader.load(dir).feeds();

        // Then
        assertEquals(2, feeds.size());
        assertEquals(new FeedSpec("one", "https://example.com/feed.xml", null, null, null), feeds.get(0));
        assertEquals(new FeedSpec("economie-numerique", "https://example.org/rss", "Économie Numérique", "fr",
                Duration.ofHours(2)), feeds.get(1));
    }

    @Test
    void shouldResolveRelativeFileUrlAgainstConfigDirectory() throws IOException {
        // Given a file: URL relative to the config dir
        writeMain("network:\n  allow-files: [demo]\n");
        writeFeeds("feeds:\n  - {id: local, url: \"file:demo/local.xml\"}\n");

        // When
        NewswatchConfig config = ConfigLoader.load(dir);

        // Then
        Path expected = dir.toAbsolutePath().normalize().resolve("demo").resolve("local.xml");
        assertEquals(expected, Path.of(URI.create(config.feeds().get(0).url())));
        assertEquals(List.of(dir.toAbsolutePath().normalize().resolve("demo")), config.network().allowFiles());
    }

    @Test
    void shouldDefaultMinInsyncReplicasToOneLessThanTheReplicationFactor() throws IOException {
        // Given replication 3 and no min-insync-replicas, then replication 1
        writeMain("kafka:\n  replication-factor: 3\n");
        writeFeeds(MINIMAL_FEEDS);
        NewswatchConfig three = ConfigLoader.load(dir);
        writeMain("kafka:\n  replication-factor: 1\n");
        NewswatchConfig one = ConfigLoader.load(dir);

        // Then min ISR is 2 with 3 replicas, and 1 (not 0) with one
        assertEquals(List.of(3, 2), List.of((int) three.kafka().replicationFactor(), (int) three.kafka().minInsyncReplicas()));
        assertEquals(List.of(1, 1), List.of((int) one.kafka().replicationFactor(), (int) one.kafka().minInsyncReplicas()));
    }

    @Test
    void shouldRejectMoreInsyncReplicasThanReplicas() throws IOException {
        // Given min ISR 3 with 2 replicas: every acks=all write would fail
        writeMain("kafka:\n  replication-factor: 2\n  min-insync-replicas: 3\n");
        writeFeeds(MINIMAL_FEEDS);

        // When / Then
        ConfigException e = loadFails();
        assertError(e, mainFile(), "kafka.min-insync-replicas", "must be");
        assertTrue(e.reason().contains("2"), "the reason gives the bound: " + e.reason());
    }

    // ---- the shipped configuration ----

    @Test
    void shouldLoadShippedConfiguration() {
        // Given the repository's config/ directory
        Path shipped = RepoPaths.config();

        // When
        NewswatchConfig config = ConfigLoader.load(shipped);

        // Then
        assertEquals("newswatch.", config.kafka().topicPrefix());
        assertEquals(Duration.ofMinutes(15), config.ingest().defaultInterval());
        assertEquals(Duration.ofMinutes(1), config.ingest().minInterval());
        assertTrue(config.network().allowCidrs().contains("127.0.0.0/8"), config.network().allowCidrs().toString());
        assertNull(config.ingest().archiveDir());
        assertEquals(8, config.ingest().fetchThreads());
        assertEquals(IngestSettings.DEFAULT_REQUESTS_IN_FLIGHT, config.ingest().requestsInFlight());
    }

    @Test
    void shouldShipAtLeastTwentyWebFeedsWithTwoPerLanguage() {
        // Given the shipped feed list
        List<FeedSpec> feeds = ConfigLoader.load(RepoPaths.config()).feeds();

        // When: count the http(s) feeds per language
        Map<String, Integer> perLanguage = new TreeMap<>();
        int web = 0;
        for (FeedSpec feed : feeds) {
            String scheme = URI.create(feed.url()).getScheme();
            if ("http".equals(scheme) || "https".equals(scheme)) {
                web++;
                perLanguage.merge(String.valueOf(feed.language()), 1, Integer::sum);
            }
        }

        // Then
        assertTrue(web >= 20, "expected at least 20 web feeds, got " + web);
        for (String language : List.of("en", "it", "de", "fr", "es")) {
            int count = perLanguage.getOrDefault(language, 0);
            assertTrue(count >= 2, "expected at least 2 web feeds in " + language + ", got " + perLanguage);
        }
    }

    @Test
    void shouldResolveShippedDemoFeedsToExistingAbsoluteFilesUnderConfigDemo() {
        // Given the shipped config
        Path configDir = RepoPaths.config().toAbsolutePath().normalize();
        NewswatchConfig config = ConfigLoader.load(configDir);

        // When: take the file: feeds
        List<FeedSpec> demo = config.feeds().stream().filter(f -> f.url().startsWith("file:")).toList();

        // Then
        assertTrue(demo.size() >= 5, "expected the five demo feeds, got " + demo);
        Path demoDir = configDir.resolve("demo");
        for (FeedSpec feed : demo) {
            URI uri = URI.create(feed.url());
            assertTrue(uri.isAbsolute(), "file: URL is absolute: " + feed.url());
            Path file = Path.of(uri);
            assertTrue(file.isAbsolute(), "path is absolute: " + file);
            assertTrue(file.startsWith(demoDir), feed.id() + " lies under " + demoDir + ": " + file);
            assertTrue(Files.isRegularFile(file), feed.id() + " points to an existing file: " + file);
            assertTrue(config.network().allowFiles().stream().anyMatch(file::startsWith),
                    "network.allow-files covers " + file + ": " + config.network().allowFiles());
        }
    }

    @Test
    void shouldLeaveTheLearnedBackstopOffUnlessTurnedOn() throws IOException {
        // Given a config without the key, then one that turns it on
        writeMain("enrich:\n  alert-floor-usd: 100000000\n");
        writeFeeds(MINIMAL_FEEDS);
        boolean byDefault = ConfigLoader.load(dir).enrich().learnedBackstop();
        writeMain("enrich:\n  learned-backstop: true\n");

        // When
        boolean turnedOn = ConfigLoader.load(dir).enrich().learnedBackstop();

        // Then
        assertEquals(false, byDefault, "the deal rules alone unless the operator asks for the learned backstop");
        assertEquals(true, turnedOn);
    }

    @Test
    void shouldRejectALearnedBackstopThatIsNoBoolean() throws IOException {
        // Given a value that is not true or false
        writeMain("enrich:\n  learned-backstop: sometimes\n");
        writeFeeds(MINIMAL_FEEDS);

        // When / Then
        ConfigException e = loadFails();
        assertEquals("enrich.learned-backstop", e.key(), e.getMessage());
    }

    // ---- helpers ----

    private void writeMain(String yaml) throws IOException {
        Files.writeString(dir.resolve(ConfigLoader.MAIN_FILE), yaml);
    }

    private void writeFeeds(String yaml) throws IOException {
        Files.writeString(dir.resolve(ConfigLoader.FEEDS_FILE), yaml);
    }

    private String mainFile() {
        return dir.toAbsolutePath().normalize().resolve(ConfigLoader.MAIN_FILE).toString();
    }

    private String feedsFile() {
        return dir.toAbsolutePath().normalize().resolve(ConfigLoader.FEEDS_FILE).toString();
    }

    private ConfigException loadFails() {
        return assertThrows(ConfigException.class, () -> ConfigLoader.load(dir));
    }

    private static void assertError(ConfigException e, String file, String key, String reasonStart) {
        assertEquals(file, e.file(), "file of: " + e.getMessage());
        assertEquals(key, e.key(), "key of: " + e.getMessage());
        assertNotNull(e.reason());
        assertTrue(e.reason().startsWith(reasonStart),
                "reason should start with '" + reasonStart + "' but was '" + e.reason() + "'");
        assertTrue(e.getMessage().startsWith(file), "the message starts with the file: " + e.getMessage());
    }
}
