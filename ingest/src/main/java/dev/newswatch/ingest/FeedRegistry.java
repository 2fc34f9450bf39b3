package dev.newswatch.ingest;

import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.kafka.TableTopics;
import dev.newswatch.core.model.FeedSpec;
import dev.newswatch.core.model.FeedStatus;
import dev.newswatch.core.topic.Topic;
import dev.newswatch.core.topic.Topics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feed list as kept in the compacted feeds topic: read it, seed it from {@code feeds.yml}, add and
 * remove feeds at runtime, and read the latest status of each feed. Every write is acknowledged by the
 * broker before the method returns. Stateless between calls; thread-safe.
 */
public final class FeedRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(FeedRegistry.class);

    private final Topics topics;
    private final KafkaClients clients;

    public FeedRegistry(Topics topics, KafkaClients clients) {
        this.topics = topics;
        this.clients = clients;
    }

    /** The current feed list (latest value per id, removed feeds left out), in id order. */
    public Map<String, FeedSpec> feeds() {
        Map<String, FeedSpec> out = new java.util.TreeMap<>();
        readTable(topics.feeds).forEach((k, v) -> {
            if (v != null) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** The latest status of every feed that has been polled, by feed id. */
    public Map<String, FeedStatus> statuses() {
        Map<String, FeedStatus> out = new LinkedHashMap<>();
        readTable(topics.feedStatus).forEach((k, v) -> {
            if (v != null) {
                out.put(k, v);
            }
        });
        return out;
    }

    /**
     * Writes the feeds of {@code feeds.yml} that are new or differ from the topic. Feeds removed at runtime
     * but still listed in the file come back: the file is the source of truth at start.
     *
     * @return how many feeds were written
     */
    public int seed(List<FeedSpec> fromFile) {
        Map<String, FeedSpec> current = feeds();
        List<FeedSpec> changed = new ArrayList<>();
        for (FeedSpec spec : fromFile) {
            if (!spec.equals(current.get(spec.id()))) {
                changed.add(spec);
            }
        }
        if (!changed.isEmpty()) {
            Map<String, java.util.Optional<FeedSpec>> values = new LinkedHashMap<>();
            changed.forEach(spec -> values.put(spec.id(), java.util.Optional.of(spec)));
            TableTopics.putAll(clients, topics.feeds, values);
        }
        if (!changed.isEmpty()) {
            LOG.info("Seeded {} feed{} from feeds.yml into {}.", changed.size(), changed.size() == 1 ? "" : "s",
                    topics.feeds.name());
        }
        return changed.size();
    }

    /** Adds or replaces one feed. */
    public void add(FeedSpec spec) {
        put(spec.id(), spec);
    }

    /** Removes one feed (a tombstone); returns false when no such feed exists. */
    public boolean remove(String feedId) {
        if (!feeds().containsKey(feedId)) {
            return false;
        }
        put(feedId, null);
        return true;
    }

    private void put(String id, FeedSpec spec) {
        TableTopics.put(clients, topics.feeds, id, spec);
    }

    /** Reads a compacted topic to its current end: the latest value per key (null = deleted). */
    public <V> Map<String, V> readTable(Topic<String, V> topic) {
        return TableTopics.read(clients, topic);
    }
}
