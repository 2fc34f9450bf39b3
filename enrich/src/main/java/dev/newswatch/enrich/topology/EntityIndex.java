package dev.newswatch.enrich.topology;

import dev.newswatch.core.model.Entity;
import dev.newswatch.enrich.link.EntityLinker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entity linker built from the current contents of the entities GlobalKTable, rebuilt when the table
 * changes. An added or removed entity is seen at the next article (the entry count changes); an edited one
 * within five seconds (a content fingerprint is recomputed at most every five seconds). Shared by the tasks of one
 * Streams instance; thread-safe.
 */
final class EntityIndex {

    private static final Logger LOG = LoggerFactory.getLogger(EntityIndex.class);
    /** Reading the whole table costs about 1 ms per 1,000 entities: once every 5 s keeps it near 0.2% of a thread. */
    private static final long FINGERPRINT_EVERY_MS = 5000;

    private record Built(EntityLinker linker, long count, long fingerprint) {
    }

    private volatile Built built;
    private volatile long lastFingerprintAt = Long.MIN_VALUE;

    /** The linker for the table's current contents. */
    EntityLinker linker(ReadOnlyKeyValueStore<String, ValueAndTimestamp<Entity>> table, long nowMs) {
        Built current = built;
        long count = table.approximateNumEntries();
        boolean checkContent = nowMs - lastFingerprintAt >= FINGERPRINT_EVERY_MS;
        if (current != null && current.count == count && !checkContent) {
            return current.linker;
        }
        synchronized (this) {
            current = built;
            if (current != null && current.count == count && !(nowMs - lastFingerprintAt >= FINGERPRINT_EVERY_MS)) {
                return current.linker;
            }
            List<Entity> entities = new ArrayList<>();
            long fingerprint = 0;
            try (KeyValueIterator<String, ValueAndTimestamp<Entity>> all = table.all()) {
                while (all.hasNext()) {
                    KeyValue<String, ValueAndTimestamp<Entity>> entry = all.next();
                    if (entry.value != null && entry.value.value() != null) {
                        entities.add(entry.value.value());
                        fingerprint += 31L * entry.key.hashCode() + entry.value.value().hashCode();
                    }
                }
            }
            lastFingerprintAt = nowMs;
            if (current != null && current.count == count && current.fingerprint == fingerprint) {
                return current.linker;
            }
            long start = System.nanoTime();
            EntityLinker linker = EntityLinker.of(entities);
            built = new Built(linker, count, fingerprint);
            LOG.info("Entity table changed: linker rebuilt with {} entities in {} ms.", entities.size(),
                    (System.nanoTime() - start) / 1_000_000);
            return linker;
        }
    }

    /** The entity record with this id, from the table (the join of a mention to its record). */
    static Optional<Entity> lookup(ReadOnlyKeyValueStore<String, ValueAndTimestamp<Entity>> table, String id) {
        ValueAndTimestamp<Entity> value = table.get(id);
        return value == null ? Optional.empty() : Optional.ofNullable(value.value());
    }
}
