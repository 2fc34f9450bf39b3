package dev.newswatch.core.model;

/**
 * Where an article names an entity: {@code entityId} and canonical {@code name}, the text as written
 * ({@code surface}) and its character offsets [{@code start}, {@code end}) in the text that was matched.
 * {@code provisional} marks a company name read from the text that the entity table does not hold
 * (see {@link Party#provisional(String)}).
 */
public record EntityMention(String entityId, String name, String surface, int start, int end, boolean provisional) {

    public EntityMention {
        if (entityId == null || entityId.isBlank()) {
            throw new IllegalArgumentException("mention needs an entity id");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad mention offsets " + start + ".." + end);
        }
    }

    /** A mention of an entity of the table. */
    public EntityMention(String entityId, String name, String surface, int start, int end) {
        this(entityId, name, surface, start, end, false);
    }
}
