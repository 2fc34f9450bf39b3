package dev.newswatch.enrich.deal;

import dev.newswatch.core.model.Entity;
import dev.newswatch.core.model.EntityMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Test stand-in for the entity linker: finds each entity's name and aliases in the text by exact-case
 * search at word boundaries, keeping the leftmost-longest match where two overlap.
 */
final class SimpleMentionFinder {

    private final List<Entity> entities;

    SimpleMentionFinder(List<Entity> entities) {
        this.entities = List.copyOf(entities);
    }

    List<EntityMention> find(String text) {
        List<EntityMention> all = new ArrayList<>();
        for (Entity entity : entities) {
            List<String> names = new ArrayList<>(entity.aliases());
            names.add(entity.name());
            for (String name : names) {
                int from = 0;
                int at;
                while ((at = text.indexOf(name, from)) >= 0) {
                    int end = at + name.length();
                    if (boundary(text, at - 1) && boundary(text, end)) {
                        all.add(new EntityMention(entity.id(), entity.name(), name, at, end));
                    }
                    from = at + 1;
                }
            }
        }
        all.sort(Comparator.comparingInt(EntityMention::start).thenComparingInt(m -> -(m.end() - m.start())));
        List<EntityMention> kept = new ArrayList<>();
        int lastEnd = -1;
        for (EntityMention mention : all) {
            if (mention.start() >= lastEnd) {
                kept.add(mention);
                lastEnd = mention.end();
            }
        }
        return kept;
    }

    private static boolean boundary(String text, int index) {
        return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
    }
}
