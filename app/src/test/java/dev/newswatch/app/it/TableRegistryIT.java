package dev.newswatch.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.alerts.SubscriptionRegistry;
import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.kafka.TopicAdmin;
import dev.newswatch.core.model.FeedSpec;
import dev.newswatch.core.model.Subscription;
import dev.newswatch.core.topic.Topics;
import dev.newswatch.ingest.FeedRegistry;
import dev.newswatch.testkit.CliRun;
import dev.newswatch.testkit.KafkaClusterExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tables kept in compacted topics on a real embedded broker: {@link dev.newswatch.core.kafka.TableRegistry}
 * seeding, reading and removing, the subscriptions' rule that a file does not re-enable a subscription disabled
 * at runtime, and {@code newswatch feeds|entities|subscriptions add|list|remove} run in-process with their output
 * captured (the exact lines each prints and the exit code of removing an unknown id).
 */
@Tag("integration")
class TableRegistryIT {

    @RegisterExtension
    static final KafkaClusterExtension KAFKA = EmbeddedKafka.singleBroker();

    @Test
    void shouldSeedOnlyNewOrChangedEntriesAndBringBackOneRemovedAtRuntime(@TempDir Path dir) throws IOException {
        // Given an empty feeds topic and a file with two feeds
        FeedRegistry feeds = new FeedRegistry(topics(dir, "feeds-seed."), clients());
        FeedSpec alpha = feed("alpha", "https://alpha.example.test/rss");
        FeedSpec beta = feed("beta", "https://beta.example.test/rss");
        FeedSpec betaMoved = feed("beta", "https://beta.example.test/feed.xml");

        // When the file seeds the topic, again unchanged, then with one feed changed
        int first = feeds.seed(List.of(beta, alpha));
        int unchanged = feeds.seed(List.of(beta, alpha));
        int changed = feeds.seed(List.of(betaMoved, alpha));

        // Then only what is new or changed is written, and the table is in id order
        assertEquals(List.of(2, 0, 1), List.of(first, unchanged, changed));
        assertEquals(List.of("alpha", "beta"), List.copyOf(feeds.all().keySet()));
        assertEquals(Optional.of(betaMoved), feeds.get("beta"));

        // When a feed is removed at runtime, twice, and the file seeds again
        boolean removed = feeds.remove("alpha");
        boolean removedAgain = feeds.remove("alpha");
        Optional<FeedSpec> gone = feeds.get("alpha");
        int back = feeds.seed(List.of(betaMoved, alpha));

        // Then the second removal finds nothing, and the file brings the feed back
        assertEquals(List.of(true, false), List.of(removed, removedAgain));
        assertEquals(Optional.empty(), gone);
        assertEquals(1, back);
        assertEquals(Optional.of(alpha), feeds.get("alpha"));
    }

    @Test
    void shouldKeepASubscriptionDisabledAtRuntimeWhileItsFileEntryIsUnchanged(@TempDir Path dir) throws IOException {
        // Given a subscription seeded from the file, then disabled by an unsubscribe
        SubscriptionRegistry subscriptions = new SubscriptionRegistry(topics(dir, "subscriptions-seed."), clients());
        Subscription fromFile = webhook("big-deals", "https://hooks.example.test/in");
        assertEquals(1, subscriptions.seed(List.of(fromFile)));
        assertTrue(subscriptions.disable("big-deals", "unsubscribed"));
        assertFalse(subscriptions.disable("no-such-subscription", "unsubscribed"));

        // When the unchanged file seeds again
        int unchanged = subscriptions.seed(List.of(fromFile));

        // Then nothing is written and it stays disabled
        assertEquals(0, unchanged);
        assertEquals(Optional.of(fromFile.disable("unsubscribed")), subscriptions.get("big-deals"));

        // When the file's entry changes, it is written as the file says: enabled
        Subscription moved = webhook("big-deals", "https://hooks.example.test/moved");
        assertEquals(1, subscriptions.seed(List.of(moved)));
        assertEquals(Optional.of(moved), subscriptions.get("big-deals"));
    }

    @Test
    void shouldAddListAndRemoveFeedsAndNoteAFeedThatFeedsYmlBringsBack(@TempDir Path dir) throws IOException {
        // Given an empty feeds topic and a feeds.yml that lists the feed 'kept-in-file'
        Path config = config(dir, "feeds-cli.");
        Files.writeString(config.resolve("feeds.yml"),
                "feeds:\n  - {id: kept-in-file, url: \"https://file.example.test/rss\", name: In File}\n");

        // When
        // (--no-discover: these hosts do not exist, and feed discovery is tested in FeedsOpmlIT)
        CliRun added = cli(config, "feeds", "add", "https://news.example.test/rss", "--name", "Example News",
                "--language", "en", "--interval", "15m", "--no-discover");
        CliRun second = cli(config, "feeds", "add", "https://file.example.test/rss", "--id", "kept-in-file",
                "--full-text", "always", "--no-discover");
        CliRun list = cli(config, "feeds", "list");
        CliRun unknown = cli(config, "feeds", "remove", "no-such-feed");
        CliRun removed = cli(config, "feeds", "remove", "kept-in-file");
        CliRun after = cli(config, "feeds", "list");

        // Then
        assertEquals(new CliRun(0, "Added feed example-news (https://news.example.test/rss).\n", ""), added);
        assertEquals(new CliRun(0, "Added feed kept-in-file (https://file.example.test/rss).\n", ""), second);
        String row = "%-28s %-4s %-9s %-9s %s%n";
        assertEquals(new CliRun(0, String.format(row, "ID", "LANG", "INTERVAL", "FULL-TEXT", "URL")
                + String.format(row, "example-news", "en", "15m", "auto", "https://news.example.test/rss")
                + String.format(row, "kept-in-file", "-", "default", "always", "https://file.example.test/rss")
                + "2 feeds.\n", ""), list);
        assertEquals(new CliRun(1, "", "newswatch: no feed with id no-such-feed (see 'newswatch feeds list').\n"),
                unknown);
        assertEquals(new CliRun(0, "Removed feed kept-in-file.\nNote: kept-in-file is still listed in "
                + config.resolve("feeds.yml") + " and comes back at the next start; remove it there too.\n", ""), removed);
        assertTrue(after.out().endsWith("1 feeds.\n"), after.out());
    }

    @Test
    void shouldAddListAndRemoveEntities(@TempDir Path dir) throws IOException {
        // Given an empty entities topic
        Path config = config(dir, "entities-cli.");

        // When
        CliRun added = cli(config, "entities", "add", "quillfire", "Quillfire", "--alias", "Quillfire AI", "--alias",
                "Quillfire Labs", "--parent", "halvora");
        CliRun list = cli(config, "entities", "list");
        CliRun removed = cli(config, "entities", "remove", "quillfire");
        CliRun again = cli(config, "entities", "remove", "quillfire");
        CliRun empty = cli(config, "entities", "list");

        // Then
        assertEquals(new CliRun(0, "Added entity quillfire (Quillfire).\n", ""), added);
        assertEquals(new CliRun(0,
                String.format("%-24s %-10s %-14s %-30s %s%n", "ID", "TYPE", "PARENT", "NAME", "ALIASES")
                + String.format("%-24s %-10s %-14s %-30s %s%n", "quillfire", "company", "halvora", "Quillfire",
                "Quillfire AI, Quillfire Labs")
                + "1 entities.\n", ""), list);
        assertEquals(new CliRun(0, "Removed entity quillfire.\n", ""), removed);
        assertEquals(new CliRun(1, "", "newswatch: no entity with id quillfire (see 'newswatch entities list').\n"),
                again);
        assertEquals(new CliRun(0,
                String.format("%-24s %-10s %-14s %-30s %s%n", "ID", "TYPE", "PARENT", "NAME", "ALIASES")
                + "0 entities.\n", ""), empty);
    }

    @Test
    void shouldAddListAndRemoveSubscriptions(@TempDir Path dir) throws IOException {
        // Given an empty subscriptions topic
        Path config = config(dir, "subscriptions-cli.");

        // When
        CliRun added = cli(config, "subscriptions", "add", "big-deals", "--channel", "webhook", "--url",
                "https://hooks.example.test/in", "--secret-env", "HOOK_SECRET", "--min-amount-usd", "100000000",
                "--category", "funding");
        CliRun list = cli(config, "subscriptions", "list");
        CliRun unknown = cli(config, "subscriptions", "remove", "small-deals");
        CliRun removed = cli(config, "subscriptions", "remove", "big-deals");

        // Then
        assertEquals(0, added.exit(), added.err());
        assertTrue(added.out().startsWith("Added subscription ") && added.out().contains("big-deals"), added.out());
        assertEquals(new CliRun(0,
                String.format("%-22s %-8s %-9s %-40s %s%n", "ID", "CHANNEL", "STATE", "TARGET", "FILTERS")
                + String.format("%-22s %-8s %-9s %-40s %s%n", "big-deals", "webhook", "active",
                "https://hooks.example.test/in", "≥ $100000000 categories [funding]")
                + "1 subscriptions.\n", ""), list);
        assertEquals(new CliRun(1, "", "newswatch: no subscription small-deals.\n"), unknown);
        assertEquals(new CliRun(0, "Removed subscription big-deals.\n", ""), removed);
    }

    // ---- fixtures -------------------------------------------------------------------------------------

    private static Topics topics(Path dir, String prefix) throws IOException {
        return ConfigLoader.load(config(dir, prefix)).topics();
    }

    private static KafkaClients clients() {
        return new KafkaClients(KAFKA.bootstrapServers(), Map.of());
    }

    private static FeedSpec feed(String id, String url) {
        return new FeedSpec(id, url, id, "en", null);
    }

    private static Subscription webhook(String id, String url) {
        return new Subscription(id, "webhook", url, List.of(), "HOOK_SECRET", null, null, null, null, List.of(),
                List.of(), List.of(), List.of(), List.of(), 0, false, null);
    }

    private static Path config(Path dir, String prefix) throws IOException {
        Path config = AlertsFixtures.config(dir.resolve("config"), prefix, List.of(), List.of(), "subscriptions: []\n");
        NewswatchConfig loaded = ConfigLoader.load(config);
        KafkaClients clients = KafkaClients.of(loaded.kafka(), KAFKA.bootstrapServers());
        TopicAdmin.ensureTopics(clients.admin("it"), loaded.topics(), (short) 1);
        AlertsFixtures.awaitLeaders(KAFKA.bootstrapServers(), loaded.topics());
        return config;
    }

    private static CliRun cli(Path config, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--config", config.toString(), "--bootstrap-servers", KAFKA.bootstrapServers()));
        return AlertsFixtures.newswatch(all.toArray(String[]::new));
    }
}
