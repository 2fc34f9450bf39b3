package dev.newswatch.core.model;

/**
 * Where an article names a known entity: {@code entityId} and canonical {@code name}, the text as written
 * ({@code surface}) and its character offsets [{@code start}, {@code end}) in the text that was matched.
 */
public record EntityMention(String entityId, String name, String surface, int start, int end) {

    public EntityMention {
        if (entityId == null || entityId.isBlank()) {
            throw new IllegalArgumentException("mention needs an entity id");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad mention offsets " + start + ".." + end);
        }
    }
}
