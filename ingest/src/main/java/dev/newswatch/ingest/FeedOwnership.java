package dev.newswatch.ingest;

import dev.newswatch.core.model.FeedSpec;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which feeds this instance polls: the feeds found in the partitions of the compacted feeds topic that the
 * consumer group assigned to it, each with its polling state. Instances share the feeds through that
 * assignment; when one leaves or dies, its partitions, and so its feeds, move to the others.
 *
 * <p>Changed on the coordinator thread only; {@link #snapshot()} may be read from any thread.
 */
final class FeedOwnership {

    private static final Logger LOG = LoggerFactory.getLogger(FeedOwnership.class);

    private final String instanceId;
    private final Map<String, OwnedFeed> owned = new HashMap<>();
    private volatile Set<String> snapshot = Set.of();

    FeedOwnership(String instanceId) {
        this.instanceId = instanceId;
    }

    /**
     * Takes in new, changed and removed feeds read from the feeds topic.
     *
     * @return the ids of the owned feeds that were removed (deleted from the topic)
     */
    List<String> apply(ConsumerRecords<String, FeedSpec> records) {
        List<String> removed = new ArrayList<>();
        if (records.isEmpty()) {
            return removed;
        }
        for (ConsumerRecord<String, FeedSpec> record : records) {
            String id = record.key();
            FeedSpec spec = record.value();
            if (spec == null) {
                if (owned.remove(id) != null) {
                    LOG.info("Feed {} was removed; no longer polling it.", id);
                    removed.add(id);
                }
                continue;
            }
            OwnedFeed current = owned.get(id);
            if (current == null) {
                owned.put(id, new OwnedFeed(spec, record.partition()));
                LOG.debug("Instance {} now owns feed {} ({}).", instanceId, id, spec.url());
            } else if (!current.spec.equals(spec)) {
                current.spec(spec);
                current.due = null;
                LOG.info("Feed {} changed; it will be polled with its new settings.", id);
            }
        }
        snapshot = Set.copyOf(owned.keySet());
        return removed;
    }

    /** Forgets the feeds of partitions this instance no longer holds (revoked or lost). */
    void drop(Collection<TopicPartition> partitions) {
        Set<Integer> lost = new HashSet<>();
        partitions.forEach(tp -> lost.add(tp.partition()));
        int before = owned.size();
        owned.values().removeIf(feed -> lost.contains(feed.partition));
        snapshot = Set.copyOf(owned.keySet());
        if (before != owned.size()) {
            LOG.info("Ingest instance {} handed over {} feeds (partitions {}).", instanceId, before - owned.size(),
                    lost.stream().sorted().toList());
        }
    }

    /** The feed with this id, or null when this instance does not own it. */
    OwnedFeed get(String feedId) {
        return owned.get(feedId);
    }

    /** The owned feeds, live: callers on the coordinator thread may change their polling state. */
    Collection<OwnedFeed> feeds() {
        return owned.values();
    }

    /** The ids of the owned feeds, as last changed; safe from any thread. */
    Set<String> snapshot() {
        return snapshot;
    }

    /** A feed this instance polls: its settings, its host, its feeds-topic partition and when it is due. */
    static final class OwnedFeed {
        FeedSpec spec;
        /**
         * The {@link HostLimiter} key of the feed's URL, parsed once per setting rather than at every dispatch (each
         * coordinator loop looks at every due feed whose host may be full).
         */
        String host;
        /** The settings of the last committed poll, to tell an edited feed from a resumed one. */
        FeedSpec polledSpec;
        final int partition;
        /** When the feed is due; null until computed from its checkpoint. */
        Instant due;

        OwnedFeed(FeedSpec spec, int partition) {
            spec(spec);
            this.partition = partition;
        }

        void spec(FeedSpec newSpec) {
            this.spec = newSpec;
            this.host = HostLimiter.hostOf(newSpec.url());
        }
    }
}
