package dev.newswatch.app.ops;

import dev.newswatch.core.model.FeedStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@code newswatch status} shows, gathered at one moment ({@link StatusCollector}) and laid out by
 * {@link StatusFormatter}. Lists and maps are copied; nullable fields are said so. Immutable.
 *
 * @param at          when it was gathered
 * @param cluster     the brokers
 * @param topics      each catalogue topic, in catalogue order
 * @param groups      the Newswatch consumer groups (ingest, enrich, alerts)
 * @param process     what the ops endpoint of a running process says
 * @param feeds       the latest status of every feed (the feed-status topic)
 * @param deliveries  per subscription id, in id order
 * @param lastArticle newest record timestamp in the articles topic, or null when it is empty
 * @param lastAlert   newest record timestamp in the alerts topic, or null when it is empty
 */
public record StatusReport(Instant at, Cluster cluster, List<TopicStatus> topics, List<GroupStatus> groups,
                           ProcessStatus process, List<FeedStatus> feeds, Map<String, DeliveryCounts> deliveries,
                           Instant lastArticle, Instant lastAlert) {

    public StatusReport {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(process, "process");
        topics = List.copyOf(topics);
        groups = List.copyOf(groups);
        feeds = List.copyOf(feeds);
        deliveries = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(deliveries));
    }

    /**
     * The cluster.
     *
     * @param controller the controller's "id host:port", or null when not reported
     */
    public record Cluster(String bootstrapServers, String clusterId, List<String> brokers, String controller) {
        public Cluster {
            Objects.requireNonNull(bootstrapServers, "bootstrapServers");
            brokers = List.copyOf(brokers);
        }
    }

    /**
     * One topic.
     *
     * @param exists     false when the topic was not created yet (no stage has run against this cluster)
     * @param replicas   replicas per partition (of its first partition), 0 when it does not exist
     * @param minInsync  its effective {@code min.insync.replicas}, 0 when it does not exist
     * @param inSync     the fewest in-sync replicas of any of its partitions (below {@code minInsync}, acks=all
     *                   writes to that partition fail), 0 when it does not exist
     * @param records    sum over partitions of end offset minus beginning offset: transaction markers count, and
     *                   records compacted away inside the range count too
     * @param newest     newest record timestamp among the last records of each partition, or null
     * @param lagByGroup records not yet consumed, per consumer group id that has committed offsets on the topic
     */
    public record TopicStatus(String alias, String name, boolean exists, int partitions, int replicas, int minInsync,
                              int inSync, long records, Instant newest,
                              Map<String, Long> lagByGroup) {
        public TopicStatus {
            Objects.requireNonNull(alias, "alias");
            Objects.requireNonNull(name, "name");
            lagByGroup = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(lagByGroup));
        }
    }

    /**
     * One consumer group.
     *
     * @param role    ingest, enrich or alerts
     * @param state   the group state (Stable, Empty, ...), or "-" when the group does not exist
     * @param members members now
     * @param lag     total lag over every topic it committed offsets for (internal ones too), or null when none
     */
    public record GroupStatus(String groupId, String role, String state, int members, Long lag) {
        public GroupStatus {
            Objects.requireNonNull(groupId, "groupId");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(state, "state");
        }
    }

    /**
     * The ops endpoint of a running process.
     *
     * @param url    the {@code /health} URL asked, or null when no port is configured
     * @param health its answer, or null when nothing answered
     * @param error  why nothing answered, or null
     */
    public record ProcessStatus(String url, HealthReport health, String error) {

        /** The Streams app's state as that process reports it, or "unknown". */
        public String streamsState() {
            if (health == null || !health.checks().containsKey("enrich")) {
                return "unknown";
            }
            return health.checks().get("enrich").detail();
        }
    }

    /** Deliveries of one subscription: delivered, still to send (pending, digest or failed with a retry due), dead. */
    public record DeliveryCounts(int delivered, int pending, int dead) {
    }
}
