package dev.newswatch.enrich.topology;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The keyed state of one stateful step of the topology, as its plain logic ({@link DealBook},
 * {@link SeenArticles}) sees it: a Kafka Streams state store when the step runs in the topology, a map when the
 * backtest runs the same logic directly. Keys and values are never null. Not thread-safe.
 *
 * @param <V> the value type
 */
public interface KeyedState<V> {

    /** The value of {@code key}, or null when there is none. */
    V get(String key);

    /** Sets the value of {@code key}. */
    void put(String key, V value);

    /** Removes {@code key}; nothing happens when it is absent. */
    void delete(String key);

    /** Calls {@code action} for every entry, in no particular order; {@code action} must not change this state. */
    void forEach(BiConsumer<String, V> action);

    /** A state held in a hash map, for running the logic outside Kafka Streams. */
    static <V> KeyedState<V> inMemory() {
        Map<String, V> map = new HashMap<>();
        return of(map::get, map::put, map::remove, map::forEach);
    }

    /** A state made of the four operations, each as the method of the same name describes it. */
    static <V> KeyedState<V> of(Function<String, V> get, BiConsumer<String, V> put, Consumer<String> delete,
                                Consumer<BiConsumer<String, V>> forEach) {
        return new KeyedState<>() {
            @Override
            public V get(String key) {
                return get.apply(key);
            }

            @Override
            public void put(String key, V value) {
                put.accept(key, value);
            }

            @Override
            public void delete(String key) {
                delete.accept(key);
            }

            @Override
            public void forEach(BiConsumer<String, V> action) {
                forEach.accept(action);
            }
        };
    }
}
