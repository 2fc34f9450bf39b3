package dev.newswatch.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.app.wiring.IngestWiring;
import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.kafka.TopicAdmin;
import dev.newswatch.core.model.Article;
import dev.newswatch.ingest.FeedRegistry;
import dev.newswatch.ingest.IngestService;
import dev.newswatch.ingest.normalize.ArticleIds;
import dev.newswatch.ingest.normalize.UrlCanonicalizer;
import dev.newswatch.testkit.Await;
import dev.newswatch.testkit.KafkaClusterExtension;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingester on a real embedded broker: each article lands once, across hard crashes (kill -9 of a real
 * newswatch process) and across instances sharing the feeds. The oracle reads the articles topic with
 * read_committed: the set of ids must equal the set of items served, and the count must equal the number
 * of distinct ids.
 */
@Tag("integration")
class IngestExactlyOnceIT {

    @RegisterExtension
    static final KafkaClusterExtension KAFKA = EmbeddedKafka.singleBroker();

    @Test
    void shouldProduceEveryArticleExactlyOnceWhenTheIngesterIsKilledMidStream(@TempDir Path dir) throws Exception {
        // Given 12 feeds that grow to 12 items each while the ingester runs
        int feeds = 12;
        int items = 12;
        try (GrowingFeedServer server = new GrowingFeedServer(feeds, items)) {
            Path config = TestConfigs.write(dir.resolve("config"), "crash.",
                    IntStream.range(0, feeds).mapToObj(server::url).toList());
            NewswatchConfig loaded = ConfigLoader.load(config);
            TopicAdmin.ensureTopics(clients(loaded).admin("it"), loaded.topics(), (short) 1);
            // When the ingester is killed with SIGKILL twice, mid-stream, and started again each time
            Process first = startIngestProcess(config, dir.resolve("first.log"));
            Await.until(() -> articles(loaded).size() >= 20, Duration.ofSeconds(60), () -> "articles: " + articles(loaded).size());
            first.destroyForcibly().waitFor();
            Process second = startIngestProcess(config, dir.resolve("second.log"));
            Await.until(() -> articles(loaded).size() >= 60, Duration.ofSeconds(60), () -> "articles: " + articles(loaded).size());
            second.destroyForcibly().waitFor();
            Process third = startIngestProcess(config, dir.resolve("third.log"));
            try {
                Await.until(() -> server.complete() && articles(loaded).size() >= feeds * items, Duration.ofSeconds(90),
                        () -> "articles: " + articles(loaded).size() + ", feeds complete: " + server.complete());
                long requestsAtEnd = server.requests();
                Await.until(() -> server.requests() >= requestsAtEnd + 2 * feeds, Duration.ofSeconds(30),
                        () -> "more polls after completion; requests " + server.requests());
            } finally {
                third.destroy();
                third.waitFor();
            }
            // Then the topic holds each served item once: nothing lost, nothing duplicated
            List<ConsumerRecord<String, Article>> records = articles(loaded);
            Set<String> ids = new HashSet<>();
            records.forEach(r -> ids.add(r.key()));
            Set<String> expected = new HashSet<>();
            for (int f = 0; f < feeds; f++) {
                for (int i = 1; i <= items; i++) {
                    expected.add(ArticleIds.forUrl(UrlCanonicalizer.canonicalize(GrowingFeedServer.itemUrl(f, i))));
                }
            }
            assertEquals(ids.size(), records.size(), "duplicates in the articles topic");
            assertEquals(expected, ids, "ids in the topic versus items served");
        }
    }

    @Test
    void shouldSplitFeedsBetweenTwoInstancesAndTakeOverWhenOneStops(@TempDir Path dir) throws Exception {
        int feeds = 9;
        try (GrowingFeedServer server = new GrowingFeedServer(feeds, 3)) {
            Path config = TestConfigs.write(dir.resolve("config"), "split.",
                    IntStream.range(0, feeds).mapToObj(server::url).toList());
            NewswatchConfig loaded = ConfigLoader.load(config);
            KafkaClients clients = clients(loaded);
            TopicAdmin.ensureTopics(clients.admin("it"), loaded.topics(), (short) 1);
            new FeedRegistry(loaded.topics(), clients).seed(loaded.feeds());
            Set<String> allFeeds = new HashSet<>();
            loaded.feeds().forEach(f -> allFeeds.add(f.id()));
            // Given two instances in the same group
            IngestService a = IngestWiring.service(loaded, clients, "instance-a", Clock.systemUTC()).start();
            IngestService b = IngestWiring.service(loaded, clients, "instance-b", Clock.systemUTC()).start();
            try {
                // Then each feed is owned by exactly one of them
                Await.until(() -> !a.ownedFeeds().isEmpty() && !b.ownedFeeds().isEmpty() && union(a, b).equals(allFeeds)
                                && a.ownedFeeds().stream().noneMatch(b.ownedFeeds()::contains),
                        Duration.ofSeconds(60), () -> "a=" + a.ownedFeeds() + " b=" + b.ownedFeeds());
                Await.until(server::complete, Duration.ofSeconds(60), () -> "feeds not fully served yet");
                // When one stops, the other takes over all feeds
                a.close();
                Await.until(() -> b.ownedFeeds().equals(allFeeds), Duration.ofSeconds(60), () -> "b=" + b.ownedFeeds());
                long before = server.requests();
                Await.until(() -> server.requests() >= before + feeds, Duration.ofSeconds(30), () -> "requests " + server.requests());
            } finally {
                a.close();
                b.close();
            }
            // And every article is in the topic once
            List<ConsumerRecord<String, Article>> records = articles(loaded);
            Set<String> ids = new HashSet<>();
            records.forEach(r -> ids.add(r.key()));
            assertEquals(feeds * 3, ids.size(), "distinct articles");
            assertEquals(ids.size(), records.size(), "duplicates in the articles topic");
            assertTrue(records.stream().allMatch(r -> r.timestamp() == r.value().published().toEpochMilli()),
                    "record timestamp is the published time");
        }
    }

    private static Set<String> union(IngestService a, IngestService b) {
        Set<String> all = new HashSet<>(a.ownedFeeds());
        all.addAll(b.ownedFeeds());
        return all;
    }

    private static KafkaClients clients(NewswatchConfig config) {
        return KafkaClients.of(config.kafka(), KAFKA.bootstrapServers());
    }

    private static List<ConsumerRecord<String, Article>> articles(NewswatchConfig config) {
        return TopicReader.readAll(KAFKA.bootstrapServers(), config.topics().articles);
    }

    private static Process startIngestProcess(Path config, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "dev.newswatch.app.Newswatch", "ingest", "--config", config.toString(),
                "--bootstrap-servers", KAFKA.bootstrapServers(), "--instance-id", "crashy");
        pb.redirectErrorStream(true);
        pb.redirectOutput(log.toFile());
        return pb.start();
    }

}
