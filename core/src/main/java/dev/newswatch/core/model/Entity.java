package dev.newswatch.core.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A known organisation: the value of the compacted entities topic, keyed by {@link #id()}, seeded from
 * {@code config/entities/} and editable at runtime. {@code aliases} are other names it is written as
 * (other languages, tickers, short forms); {@code type} is one of company, investor, government, other;
 * {@code parent} is the id of the owning entity or null (AWS → amazon). {@code attributes} holds optional
 * extra fields (country, ticker, ...), kept in the order of their names so that an entity serialises to the same
 * bytes in every run. Immutable.
 */
public record Entity(String id, String name, List<String> aliases, String type, String parent,
                     Map<String, String> attributes) {

    public Entity {
        if (id == null || !id.matches("[a-z0-9][a-z0-9._-]{0,99}")) {
            throw new IllegalArgumentException("entity id must be 1-100 characters of a-z, 0-9, '.', '_', '-': " + id);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("entity " + id + " needs a name");
        }
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        type = type == null || type.isBlank() ? "company" : type;
        parent = parent == null || parent.isBlank() ? null : parent;
        attributes = attributes == null ? Map.of()
                : Collections.unmodifiableSortedMap(new TreeMap<>(Map.copyOf(attributes)));
    }
}
