package dev.newswatch.core.topic;

import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;

/**
 * One topic of the catalogue: its full name (prefix included), its serdes and how it is created.
 * Producers, the topology, consumers and tests all take names and serdes from here; no other code
 * spells a topic name.
 *
 * @param alias      the short name people use ({@code articles}, {@code feed-status}, ...)
 * @param name       the full topic name, prefix included
 * @param keySerde   serde of the key
 * @param valueSerde serde of the value
 * @param compacted  whether the topic is a compacted table (latest value per key)
 * @param partitions partitions to create it with
 * @param configs    topic-level configs to create it with (cleanup policy, retention)
 * @param <K>        key type
 * @param <V>        value type
 */
public record Topic<K, V>(String alias, String name, Serde<K> keySerde, Serde<V> valueSerde,
                          boolean compacted, int partitions, Map<String, String> configs) {

    public Topic {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keySerde, "keySerde");
        Objects.requireNonNull(valueSerde, "valueSerde");
        if (partitions < 1) {
            throw new IllegalArgumentException("topic " + name + " needs at least one partition");
        }
        configs = configs == null ? Map.of() : Map.copyOf(configs);
    }

    @Override
    public String toString() {
        return name;
    }
}
