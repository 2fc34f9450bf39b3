package dev.newswatch.core.kafka;

import dev.newswatch.core.topic.Topic;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A table kept in a compacted topic of the catalogue and edited by key at runtime: list it, get one entry,
 * add (or replace) one, remove one (a tombstone), and seed it from a configuration file. Feeds, entities and
 * subscriptions are such tables; running stages see a change within seconds.
 *
 * <p>Every write is acknowledged by the broker before the method returns; every read goes to the current end
 * of the topic. Stateless between calls and thread-safe. A cluster that does not answer in time is reported
 * as a {@link KafkaUnreachableException}.
 *
 * @param <K> key type; listings are in its natural order
 * @param <V> value type; {@code keyOf} gives each value's key
 */
public class TableRegistry<K extends Comparable<K>, V> {

    private static final Logger LOG = LoggerFactory.getLogger(TableRegistry.class);

    private final KafkaClients clients;
    private final Topic<K, V> topic;
    private final Function<V, K> keyOf;
    private final String source;

    /**
     * @param clients where the cluster is
     * @param topic   the compacted topic of the catalogue that holds the table
     * @param keyOf   the key of a value (its id)
     * @param source  the file the table is seeded from, as it is named in the log ({@code feeds.yml})
     */
    public TableRegistry(KafkaClients clients, Topic<K, V> topic, Function<V, K> keyOf, String source) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.keyOf = Objects.requireNonNull(keyOf, "keyOf");
        this.source = Objects.requireNonNull(source, "source");
    }

    /** The topic that holds the table. */
    public final Topic<K, V> topic() {
        return topic;
    }

    /** The current entries (latest value per key, removed ones left out), in key order. */
    public final SortedMap<K, V> all() {
        SortedMap<K, V> out = new TreeMap<>();
        TableTopics.read(clients, topic).forEach((key, value) -> {
            if (value != null) {
                out.put(key, value);
            }
        });
        return out;
    }

    /** The current value of {@code key}; empty when there is none or it was removed. */
    public final Optional<V> get(K key) {
        return Optional.ofNullable(all().get(key));
    }

    /** Adds {@code value}, or replaces the entry with the same key. */
    public final void add(V value) {
        TableTopics.put(clients, topic, keyOf.apply(value), value);
    }

    /** Removes the entry of {@code key} (a tombstone); false, and nothing written, when there is none. */
    public final boolean remove(K key) {
        if (!all().containsKey(key)) {
            return false;
        }
        TableTopics.put(clients, topic, key, null);
        return true;
    }

    /**
     * Writes the values of the seed file that {@link #needsWrite} says differ from the topic, in one batch.
     * Entries removed at runtime but still in the file come back: the file is the source of truth at start.
     *
     * @return how many values were written
     */
    public final int seed(Collection<V> fromFile) {
        Map<K, V> current = all();
        Map<K, Optional<V>> changed = new LinkedHashMap<>();
        for (V value : fromFile) {
            K key = keyOf.apply(value);
            if (needsWrite(current.get(key), value)) {
                changed.put(key, Optional.of(value));
            }
        }
        if (!changed.isEmpty()) {
            TableTopics.putAll(clients, topic, changed);
            LOG.info("Seeded {} new or changed entr{} from {} into {}.", changed.size(), changed.size() == 1 ? "y" : "ies",
                    source, topic.name());
        }
        return changed.size();
    }

    /**
     * Whether seeding writes {@code fromFile} over {@code current} (null when the topic has no such key). By
     * default when they differ; a table whose entries change at runtime can keep such changes here.
     */
    protected boolean needsWrite(V current, V fromFile) {
        return !fromFile.equals(current);
    }
}
