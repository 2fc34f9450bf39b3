package dev.newswatch.core.model;

import java.util.regex.Pattern;

/**
 * One side of a deal: the linked entity id and its canonical name. {@code entity} is the full entity
 * record when the deal has been joined to the entity table, else null. {@code provisional} is true for a
 * company the entity table does not know yet, read from the article itself ("start-up Windsurf raised
 * ..."); its id is {@link #provisionalId(String) derived from its name}, so adding an entity with that id
 * to the table promotes it.
 */
public record Party(String id, String name, Entity entity, boolean provisional) {

    // the patterns of provisionalId, compiled once: enrichment makes an id for every name it reads as a company
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ID = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

    public Party {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("party needs an entity id");
        }
    }

    /** A party of the entity table, joined to {@code entity} (null when not joined). */
    public Party(String id, String name, Entity entity) {
        this(id, name, entity, false);
    }

    public static Party of(String id, String name) {
        return new Party(id, name, null, false);
    }

    /** A company the entity table does not know: its id is {@link #provisionalId(String)} of the name. */
    public static Party provisional(String name) {
        return new Party(provisionalId(name), name, null, true);
    }

    /**
     * The stable id of a company known only by name: lower case, accents removed, every run of other
     * characters one '-' ("Black Forest Labs" and "Black-Forest Labs" are both {@code black-forest-labs}).
     */
    public static String provisionalId(String name) {
        String withoutMarks = MARKS.matcher(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD))
                .replaceAll("");
        String folded = EDGE_DASHES.matcher(NOT_ID.matcher(withoutMarks.toLowerCase(java.util.Locale.ROOT))
                .replaceAll("-")).replaceAll("");
        if (folded.isEmpty()) {
            throw new IllegalArgumentException("no id can be made from the name '" + name + "'");
        }
        return folded;
    }
}
