package dev.newswatch.enrich.match;

import dev.newswatch.enrich.text.NormalizedText;
import dev.newswatch.enrich.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds many keywords in a {@link NormalizedText} in one pass (a {@link WordStartTrie} walked from the places
 * where a whole-word match can begin), keeping only matches on word boundaries: the character before the match and the character after it are
 * not letters or digits (an apostrophe or a hyphen is a boundary, so {@code dell'intelligenza} contains
 * {@code intelligenza} and {@code KI-Start-up} contains {@code ki}). A boundary is only required at an edge
 * of the keyword that is itself a letter or digit.
 *
 * <p>A keyword ending in {@code *} is a prefix keyword: its stem must start a word and the match runs to
 * the end of that word ({@code investiment*} matches "investimento" and "investimenti", {@code invest*}
 * matches "invests", "investing" and "investment", and the bare stem "invest"). Keywords are normalised
 * with {@link TextNormalizer} when they are added, so "Società" and "societa" are the same keyword, and the
 * text is never lowercased again while matching. Several payloads may share one keyword.
 *
 * <p>Immutable and thread-safe once built; {@link Builder} is not thread-safe.
 *
 * @param <T> the payload carried by each keyword
 */
public final class KeywordMatcher<T> {

    /** {@link Character#isLetterOrDigit(char)} of each ASCII character. */
    private static final boolean[] ASCII_WORD_CHARS = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_WORD_CHARS[c] = Character.isLetterOrDigit(c);
        }
    }

    private static final Comparator<Match<?>> BY_START_THEN_LONGEST = (a, b) -> a.start() != b.start()
            ? Integer.compare(a.start(), b.start())
            : Integer.compare(b.end(), a.end());
    private static final Comparator<Hit<?>> HIT_ORDER = (a, b) -> {
        int byPosition = BY_START_THEN_LONGEST.compare(a.match, b.match);
        return byPosition != 0 ? byPosition : Integer.compare(a.order, b.order);
    };

    /** Null when there are no keywords: the trie cannot be built empty. */
    private final WordStartTrie<Stem<T>> trie;
    private final int keywordCount;

    private KeywordMatcher(WordStartTrie<Stem<T>> trie, int keywordCount) {
        this.trie = trie;
        this.keywordCount = keywordCount;
    }

    /** A new, empty builder. */
    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /**
     * A matcher for every keyword in {@code keywords} with its payloads.
     *
     * @throws IllegalArgumentException when a keyword is blank or has a {@code *} anywhere but at its end
     */
    public static <T> KeywordMatcher<T> of(Map<String, ? extends Collection<? extends T>> keywords) {
        Builder<T> builder = builder();
        keywords.forEach(builder::addAll);
        return builder.build();
    }

    /** The number of distinct (keyword, payload) pairs this matcher holds. */
    public int size() {
        return keywordCount;
    }

    /**
     * Every whole-word match of every keyword, overlapping ones included, sorted by start, then longest
     * first, then in the order the keywords were added. One match per payload when a keyword has several.
     *
     * @param text normalised text; not null
     * @return the matches; empty, never null
     */
    public List<Match<T>> findAll(NormalizedText text) {
        Objects.requireNonNull(text, "text");
        if (trie == null || text.length() == 0) {
            return List.of();
        }
        String s = text.text();
        List<Hit<T>> hits = new ArrayList<>();
        trie.parse(s, (begin, end, stem) -> collect(s, begin, end, stem, hits));
        if (hits.size() > 1) {
            hits.sort(HIT_ORDER);
        }
        List<Match<T>> out = new ArrayList<>(hits.size());
        for (Hit<T> hit : hits) {
            out.add(hit.match);
        }
        return out;
    }

    /**
     * The leftmost-longest non-overlapping matches: from left to right, the longest match starting at the
     * earliest free position wins and every match overlapping it is dropped. Matches with exactly the span
     * of a winner (the same keyword with several payloads, or two keywords normalising to the same text)
     * are all kept.
     */
    public List<Match<T>> findLongest(NormalizedText text) {
        return leftmostLongest(findAll(text));
    }

    /**
     * Applies the leftmost-longest rule of {@link #findLongest(NormalizedText)} to a list of matches, for
     * callers that filter matches (by case, by context) before resolving overlaps. Ties keep the order of
     * {@code matches}.
     */
    public static <T> List<Match<T>> leftmostLongest(List<Match<T>> matches) {
        if (matches.size() < 2) {
            return List.copyOf(matches);
        }
        List<Match<T>> sorted = new ArrayList<>(matches);
        sorted.sort(BY_START_THEN_LONGEST);
        List<Match<T>> kept = new ArrayList<>(sorted.size());
        int keptStart = -1;
        int keptEnd = -1;
        for (Match<T> m : sorted) {
            if (m.start() >= keptEnd) {
                kept.add(m);
                keptStart = m.start();
                keptEnd = m.end();
            } else if (m.start() == keptStart && m.end() == keptEnd) {
                kept.add(m);
            }
        }
        return kept;
    }

    /** True for the characters that make up words: letters and digits. */
    public static boolean isWordChar(char c) {
        // every matcher asks this for every character: ASCII, most of every text, from a table
        return c < 0x80 ? ASCII_WORD_CHARS[c] : Character.isLetterOrDigit(c);
    }


    private static <T> void collect(String s, int begin, int end, Stem<T> stem, List<Hit<T>> out) {
        if (stem.checkStart && begin > 0 && isWordChar(s.charAt(begin - 1))) {
            return;
        }
        boolean endsWord = !stem.checkEnd || end == s.length() || !isWordChar(s.charAt(end));
        int wordEnd = -1;
        for (Entry<T> entry : stem.entries) { // an array: no iterator for each hit
            if (entry.prefix) {
                if (wordEnd < 0) {
                    wordEnd = endOfWord(s, end);
                }
                out.add(new Hit<>(new Match<>(begin, wordEnd, entry.keyword, entry.payload), entry.order));
            } else if (endsWord) {
                out.add(new Hit<>(new Match<>(begin, end, entry.keyword, entry.payload), entry.order));
            }
        }
    }

    private static int endOfWord(String s, int from) {
        int i = from;
        while (i < s.length() && isWordChar(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** One keyword as registered: as written, whether it is a prefix keyword, its payload and when it was added. */
    private record Entry<T>(String keyword, boolean prefix, T payload, int order) {
    }

    /** A match with the registration order of its keyword, to break ties. */
    private record Hit<T>(Match<T> match, int order) {
    }

    /** Everything registered under one normalised stem, with the boundary checks its edges need. */
    private record Stem<T>(boolean checkStart, boolean checkEnd, Entry<T>[] entries) {
    }

    /**
     * Collects keywords and payloads, then builds an immutable {@link KeywordMatcher}. Adding the same
     * keyword twice with the same payload adds it once. Not thread-safe.
     *
     * @param <T> the payload type
     */
    public static final class Builder<T> {

        private final Map<String, List<Entry<T>>> byStem = new LinkedHashMap<>();
        private int count;

        private Builder() {
        }

        /**
         * Registers {@code keyword} with {@code payload}.
         *
         * @param keyword a word or phrase, optionally ending in {@code *}; normalised here; not blank
         * @param payload carried by every match of the keyword; not null
         * @throws IllegalArgumentException when the keyword is blank, is only {@code *} or has a {@code *}
         *                                  before its end
         */
        public Builder<T> add(String keyword, T payload) {
            Objects.requireNonNull(keyword, "keyword");
            Objects.requireNonNull(payload, () -> "payload of keyword '" + keyword + "'");
            String written = keyword.strip();
            boolean prefix = written.endsWith("*");
            String stem = TextNormalizer.normalize(prefix ? written.substring(0, written.length() - 1) : written)
                    .text().strip();
            if (stem.isEmpty()) {
                throw new IllegalArgumentException("keyword '" + keyword + "' is empty once normalised");
            }
            if (stem.indexOf('*') >= 0) {
                throw new IllegalArgumentException("keyword '" + keyword + "' may only have '*' at its end");
            }
            List<Entry<T>> entries = byStem.computeIfAbsent(stem, k -> new ArrayList<>(1));
            for (Entry<T> existing : entries) {
                if (existing.prefix == prefix && existing.keyword.equals(written) && existing.payload.equals(payload)) {
                    return this;
                }
            }
            entries.add(new Entry<>(written, prefix, payload, count));
            count++;
            return this;
        }

        /** Registers {@code keyword} once per payload in {@code payloads}. */
        public Builder<T> addAll(String keyword, Collection<? extends T> payloads) {
            for (T payload : payloads) {
                add(keyword, payload);
            }
            return this;
        }

        @SuppressWarnings("unchecked")
        private static <T> Entry<T>[] entryArray(List<Entry<T>> entries) {
            return entries.toArray(new Entry[0]);
        }

        /** Builds the matcher; the builder may be reused afterwards. */
        public KeywordMatcher<T> build() {
            if (byStem.isEmpty()) {
                return new KeywordMatcher<>(null, 0);
            }
            Map<String, Stem<T>> stems = new LinkedHashMap<>(byStem.size() * 2);
            byStem.forEach((stem, entries) -> stems.put(stem, new Stem<>(
                    isWordChar(stem.charAt(0)), isWordChar(stem.charAt(stem.length() - 1)), entryArray(entries))));
            return new KeywordMatcher<>(WordStartTrie.of(stems), count);
        }
    }
}
