package dev.newswatch.ingest;

import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.kafka.TableRegistry;
import dev.newswatch.core.kafka.TableTopics;
import dev.newswatch.core.model.FeedSpec;
import dev.newswatch.core.model.FeedStatus;
import dev.newswatch.core.topic.Topics;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The feed list as kept in the compacted feeds topic, seeded from {@code feeds.yml} and edited at runtime
 * ({@code newswatch feeds add|remove}), plus the latest status of each feed. Thread-safe.
 */
public final class FeedRegistry extends TableRegistry<String, FeedSpec> {

    private final Topics topics;
    private final KafkaClients clients;

    /** The table in the catalogue's topic of {@code topics}, on the cluster of {@code clients}. */
    public FeedRegistry(Topics topics, KafkaClients clients) {
        super(clients, topics.feeds, FeedSpec::id, "feeds.yml");
        this.topics = topics;
        this.clients = clients;
    }

    /** The latest status of every feed that has been polled, by feed id. */
    public Map<String, FeedStatus> statuses() {
        Map<String, FeedStatus> out = new LinkedHashMap<>();
        TableTopics.read(clients, topics.feedStatus).forEach((k, v) -> {
            if (v != null) {
                out.put(k, v);
            }
        });
        return out;
    }
}
