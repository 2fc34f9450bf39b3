package dev.newswatch.enrich.link;

import dev.newswatch.core.model.Entity;
import dev.newswatch.core.model.EntityMention;
import dev.newswatch.enrich.ResourceYaml;
import dev.newswatch.enrich.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The known company a short form of its name stands for: news writes "Figure raises $70M" for the table's "Figure
 * AI", "Starship" for "Starship Technologies", "Motorola" for "Motorola Mobility". The short form of a name is the
 * name without its trailing generic company words ({@code short-form-endings} of {@code company-cues.yml}: "AI",
 * "Labs", "Technologies", "Mobility", legal forms...). A name read as a company that the table does not know
 * ({@link ProvisionalNames}) is the known entity whose short form it is, when exactly one entity has that short form
 * and no entity of the table has it as a name or alias; only companies, since funds and public bodies are named in
 * full. The short form alone is never linked: "Figure" in "a figure
 * of $2bn" stays a word, since only a name read in a company place is looked up.
 *
 * <p>Immutable and thread-safe.
 */
final class ShortFormOwners {

    private static final String RESOURCE = "company-cues.yml";
    /** A short form shorter than this is too likely a word or an initial ("X", "AI"). */
    private static final int MIN_LENGTH = 3;
    /** The entity type that short forms may name ({@link EntityCatalog#TYPES}). */
    private static final String COMPANY = "company";
    private static final Set<String> ENDINGS = words("short-form-endings");
    private static final Set<String> LEGAL_FORMS = words("legal-forms");

    /** Normalised short form to the one entity that has it. */
    private final Map<String, Entity> owners;

    private ShortFormOwners(Map<String, Entity> owners) {
        this.owners = owners;
    }

    /**
     * The short forms of {@code entities}' names and aliases that belong to exactly one entity and are no entity's
     * name or alias.
     */
    static ShortFormOwners of(Collection<Entity> entities) {
        Set<String> fullNames = new HashSet<>();
        Map<String, Entity> owners = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (Entity entity : entities) {
            fullNames.add(key(entity.name()));
            entity.aliases().forEach(alias -> fullNames.add(key(alias)));
            if (!COMPANY.equals(entity.type())) {
                // funds and public bodies are named in full: "Zentrix" is not the fund "Zentrix Capital"
                continue;
            }
            // the entity's name only: an alias is often itself a short form ("Figure Technology" of "Figure
            // Technology Solutions"), whose own short form would say too little
            String shortForm = shortForm(entity.name());
            if (shortForm == null) {
                continue;
            }
            Entity owner = owners.putIfAbsent(key(shortForm), entity);
            if (owner != null && !owner.id().equals(entity.id())) {
                shared.add(key(shortForm));
            }
        }
        shared.forEach(owners::remove);
        fullNames.forEach(owners::remove);
        return new ShortFormOwners(Map.copyOf(owners));
    }

    /**
     * The mention of the known entity that {@code mention} names by its short form, with the same surface and offsets;
     * {@code mention} itself when it is no provisional mention or no entity owns its name.
     */
    EntityMention ownerOf(EntityMention mention) {
        if (!mention.provisional() || owners.isEmpty()) {
            return mention;
        }
        Entity owner = owners.get(key(mention.name()));
        if (owner == null) {
            return mention;
        }
        return new EntityMention(owner.id(), owner.name(), mention.surface(), mention.start(), mention.end(), false);
    }

    /** How many short forms have one owner. */
    int size() {
        return owners.size();
    }

    /**
     * The words of {@code name} before its trailing generic company words, or null when it has none of them or is
     * nothing else.
     */
    static String shortForm(String name) {
        String[] words = name.strip().replace(",", "").split("\\s+");
        int n = words.length;
        while (n > 1 && LEGAL_FORMS.contains(words[n - 1])) {
            n--;
        }
        // one generic word at most: "Zentrix Robotics Systems" is not shortened to "Zentrix", which may as well be
        // another company's name
        if (n > 1 && ENDINGS.contains(words[n - 1])) {
            n--;
        }
        if (n == words.length) {
            return null;
        }
        String head = String.join(" ", List.of(words).subList(0, n));
        return head.length() < MIN_LENGTH || ENDINGS.contains(head) || LEGAL_FORMS.contains(head) ? null : head;
    }

    private static String key(String name) {
        return TextNormalizer.normalize(name).text().strip();
    }

    private static Set<String> words(String list) {
        List<String> out = new ArrayList<>();
        ResourceYaml.read(ShortFormOwners.class, RESOURCE).path("common").path(list)
                .forEach(word -> out.add(word.asText()));
        if (out.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " lacks the list '" + list + "'");
        }
        return Set.copyOf(out);
    }
}
