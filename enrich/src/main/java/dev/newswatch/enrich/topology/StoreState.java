package dev.newswatch.enrich.topology;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** {@link KeyedState} over a Kafka Streams key-value store: what the topology's processors give their logic. */
final class StoreState {

    private StoreState() {
    }

    static <V> KeyedState<V> of(KeyValueStore<String, V> store) {
        return KeyedState.of(store::get, store::put, store::delete, action -> {
            try (KeyValueIterator<String, V> all = store.all()) {
                while (all.hasNext()) {
                    KeyValue<String, V> entry = all.next();
                    action.accept(entry.key, entry.value);
                }
            }
        });
    }
}
