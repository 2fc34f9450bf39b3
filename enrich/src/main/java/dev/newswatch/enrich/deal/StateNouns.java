package dev.newswatch.enrich.deal;

import dev.newswatch.core.model.EntityMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;

/**
 * The state named by a phrase of the language ({@code stateNouns}: "the government", "der Bund", "lo Stato",
 * "l'État", "el Gobierno", "the CHIPS Act") as a mention of a government entity, so that the deal rules read it as a
 * party like a name: "der Bund will Intel mit 9,9 Milliarden Euro fördern" is paid by the German government. A phrase
 * stands for its fixed entity when the lexicon gives one, else for the government the article named last before it,
 * else for the language's home government when the lexicon gives one; with none of these it is no mention. Stateless.
 */
final class StateNouns {

    private StateNouns() {
    }

    /**
     * {@code named} (sorted by start) with the mentions of the lexicon's state phrases added, sorted by start; a
     * phrase that overlaps a name is left out. {@code lower} is {@code text} lowered with {@link CaseFolding}.
     */
    static List<EntityMention> withStateNouns(String text, String lower, DealLexicon lexicon,
                                              List<EntityMention> named, Predicate<String> isGovernment) {
        if (lexicon.stateNouns.isEmpty()) {
            return named;
        }
        List<EntityMention> added = new ArrayList<>();
        // Only where a word begins, as every phrase does (a find() over the whole text tried every character), with
        // the first characters of a phrase (MatchPrefixes: "the" begins many words, "the g" few), and one matcher
        // per phrase list: a phrase may look behind its first word ("(?<=lo )stato").
        int[] wordStarts = WordStarts.of(lower);
        for (DealLexicon.StateNoun noun : lexicon.stateNouns) {
            Matcher m = noun.pattern().matcher(lower).useTransparentBounds(true);
            int next = 0;
            for (int i : wordStarts) {
                if (i < next || !noun.starts().mayStart(lower, i) || !m.region(i, lower.length()).lookingAt()) {
                    continue;
                }
                int start = m.start();
                int end = m.end();
                next = Math.max(end, i + 1);
                if (named.stream().anyMatch(n -> n.start() < end && start < n.end())
                        || added.stream().anyMatch(n -> n.start() < end && start < n.end())) {
                    continue;
                }
                EntityMention government = noun.entity() != null ? null : lastGovernmentBefore(named, start,
                        isGovernment);
                String id = noun.entity() != null ? noun.entity()
                        : government != null ? government.entityId() : noun.home();
                if (id != null) {
                    String name = government != null ? government.name() : id;
                    added.add(new EntityMention(id, name, text.substring(start, end), start, end));
                }
            }
        }
        if (added.isEmpty()) {
            return named;
        }
        List<EntityMention> all = new ArrayList<>(named);
        all.addAll(added);
        all.sort(Comparator.comparingInt(EntityMention::start));
        return List.copyOf(all);
    }

    private static EntityMention lastGovernmentBefore(List<EntityMention> named, int offset,
                                                      Predicate<String> isGovernment) {
        EntityMention last = null;
        for (EntityMention m : named) {
            if (m.end() > offset) {
                break;
            }
            if (isGovernment.test(m.entityId())) {
                last = m;
            }
        }
        return last;
    }
}
