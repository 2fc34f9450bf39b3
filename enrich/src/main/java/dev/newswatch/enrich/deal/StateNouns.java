package dev.newswatch.enrich.deal;

import dev.newswatch.core.model.EntityMention;
import dev.newswatch.enrich.match.FirstChars;
import dev.newswatch.enrich.match.KeywordMatcher;
import dev.newswatch.enrich.match.MatchPrefixes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;

/**
 * The state named by a phrase of the language ({@code stateNouns}: "the government", "der Bund", "lo Stato",
 * "l'État", "el Gobierno", "the CHIPS Act") as a mention of a government entity, so that the deal rules read it as a
 * party like a name: "der Bund will Intel mit 9,9 Milliarden Euro fördern" is paid by the German government. A phrase
 * stands for its fixed entity when the lexicon gives one, else for the government the article named last before it,
 * else for the language's home government when the lexicon gives one; with none of these it is no mention. Stateless
 * but for a cache of the pairs of characters its phrase lists may begin with; thread-safe.
 */
final class StateNouns {

    private static final byte YES = 1;
    private static final byte NO = 2;
    /**
     * Per list of phrases (one per lexicon, so a handful), per first and second character, whether some phrase of the
     * list may begin with them: 0 not worked out yet, {@link #YES} or {@link #NO}. Kept across texts; rows are filled
     * with benign races (a row or an answer another thread has not seen yet is worked out again, with the same result).
     */
    private static final Map<List<DealLexicon.StateNoun>, byte[][]> PAIRS =
            Collections.synchronizedMap(new IdentityHashMap<>());

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
        int[] wordStarts = whereSomeMayStart(lower, lexicon.stateNouns);
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

    /**
     * Of the word starts of {@code lower} (as {@link WordStarts#of}), those where some of {@code nouns} may begin by
     * the two characters there ({@link MatchPrefixes#mayBeginWith}): most words begin none, and are then looked at
     * once instead of once per list. The answers are kept per pair and list ({@link #PAIRS}). One pass over the text
     * that keeps only those places: the list of every word start (an int per two characters of text, then a copy)
     * was the largest array made per article after the text itself.
     */
    private static int[] whereSomeMayStart(String lower, List<DealLexicon.StateNoun> nouns) {
        byte[][] known = PAIRS.computeIfAbsent(nouns, n -> new byte[FirstChars.LIMIT][]);
        int[] kept = new int[16];
        int count = 0;
        boolean afterLetterOrDigit = false;
        for (int i = 0; i < lower.length(); i++) {
            boolean letterOrDigit = KeywordMatcher.isWordChar(lower.charAt(i));
            if (letterOrDigit && !afterLetterOrDigit && (i + 1 >= lower.length()
                    || someMayBeginWith(lower.charAt(i), lower.charAt(i + 1), nouns, known))) {
                if (count == kept.length) {
                    kept = Arrays.copyOf(kept, 2 * count);
                }
                kept[count++] = i;
            }
            afterLetterOrDigit = letterOrDigit;
        }
        return Arrays.copyOf(kept, count);
    }

    private static boolean someMayBeginWith(char first, char second, List<DealLexicon.StateNoun> nouns,
                                            byte[][] known) {
        if (first >= FirstChars.LIMIT || second >= FirstChars.LIMIT) {
            return true;
        }
        byte[] row = known[first];
        if (row == null) {
            row = new byte[FirstChars.LIMIT];
            known[first] = row;
        }
        if (row[second] == 0) {
            byte answer = NO;
            for (DealLexicon.StateNoun noun : nouns) {
                if (noun.starts().mayBeginWith(first, second)) {
                    answer = YES;
                    break;
                }
            }
            row[second] = answer;
        }
        return row[second] == YES;
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
