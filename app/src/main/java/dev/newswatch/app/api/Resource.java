package dev.newswatch.app.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newswatch.core.config.ConfigException;
import dev.newswatch.core.kafka.TableRegistry;
import java.util.Objects;

/**
 * One table the API serves as a collection ({@code /api/v1/feeds}): its registry, how a request body becomes a
 * value (through the parser the configuration file uses, so the API accepts exactly what the file does) and how a
 * value is written back in the same shape. Thread-safe when the registry is.
 *
 * @param <V> the value type of the table
 */
abstract class Resource<V> {

    /** The source named in parser errors. */
    static final String SOURCE = "request body";

    private final String collection;
    private final String noun;
    private final TableRegistry<String, V> registry;

    /**
     * @param collection the path segment and the list's key in a listing, such as {@code feeds}
     * @param noun       singular, for messages: {@code feed}
     * @param registry   the table
     */
    Resource(String collection, String noun, TableRegistry<String, V> registry) {
        this.collection = Objects.requireNonNull(collection, "collection");
        this.noun = Objects.requireNonNull(noun, "noun");
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    final String collection() {
        return collection;
    }

    final String noun() {
        return noun;
    }

    final TableRegistry<String, V> registry() {
        return registry;
    }

    /**
     * The value a request body describes.
     *
     * @param body    the body, an object in the shape of the configuration file's entry; this method may change it
     * @param current the stored value it replaces, or null when it creates one
     * @throws ConfigException naming the field that is wrong (relative to the body) and why
     */
    abstract V parse(ObjectNode body, V current);

    /** The value in the shape of the configuration file's entry, without secrets. */
    abstract ObjectNode write(V value);

    /** The id (key) of a value. */
    abstract String id(V value);
}
