package dev.newswatch.core.model;

/**
 * One side of a deal: the linked entity id and its canonical name. {@code entity} is the full entity
 * record when the deal has been joined to the entity table, else null.
 */
public record Party(String id, String name, Entity entity) {

    public Party {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("party needs an entity id");
        }
    }

    public static Party of(String id, String name) {
        return new Party(id, name, null);
    }
}
