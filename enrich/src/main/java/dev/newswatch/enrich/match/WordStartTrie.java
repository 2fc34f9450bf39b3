package dev.newswatch.enrich.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A trie of keywords walked from the positions where a whole-word match can begin, instead of an automaton
 * run over every character. A keyword whose first character is a letter or digit can only begin a match
 * where the character before is not one (or at the start of the text); a keyword that begins with another
 * character can only begin where that character is. So every position inside a word, after its first
 * character, is skipped, and from every other position the walk stops at the first character no keyword
 * continues with: about one character per word in news text, where an Aho-Corasick automaton takes a
 * transition for each character of the text. It reports the same occurrences an automaton reports once
 * they are filtered by the word-boundary rule at their start, and no others.
 *
 * <p>The transitions are kept in one open-addressing table keyed by (node, character), each slot holding its key and
 * the child it leads to; node 0 is the root. Up to {@link #MAX_NODES} nodes. Immutable and thread-safe once built.
 *
 * @param <V> the value stored at the end of each keyword
 */
final class WordStartTrie<V> {

    /** A free slot: its key bits are {@link #KEY_MASK}, which no key (node << 16 | c) reaches below {@link #MAX_NODES}. */
    private static final long FREE = -1L;
    /** The low bits of a slot, its key (node << 16 | c); the bits above hold the child. */
    private static final int KEY_BITS = 40;
    private static final long KEY_MASK = (1L << KEY_BITS) - 1;
    /** The most nodes a trie may have: their numbers and their keys fit a slot, and no key is a free slot's. */
    static final int MAX_NODES = (1 << (Long.SIZE - KEY_BITS)) - 1;

    /**
     * Per slot, {@code child << KEY_BITS | key}, or {@link #FREE}: a probe that finds its transition reads the child
     * from the same place, where a second array of children cost another cache miss in the full enrichment.
     */
    private final long[] slots;
    private final int mask;
    /** The value of the keyword ending at each node, or null. */
    private final V[] values;
    /**
     * The root's child for each character below {@link FirstChars#LIMIT}, -1 for none: every walk takes this step,
     * from every word start and every space or mark, and most end there (no keyword begins with a space).
     */
    private final int[] rootChildren = new int[FirstChars.LIMIT];
    /**
     * Per node, a bit for each (character &amp; 63) that one of its children is reached with: every walk ends on a
     * character no keyword continues with, and this answers most of those without a probe of {@link #slots}.
     */
    private final long[] childBits;

    private WordStartTrie(long[] slots, V[] values) {
        this.slots = slots;
        this.mask = slots.length - 1;
        this.values = values;
        this.childBits = new long[values.length];
        for (long entry : slots) {
            if (entry != FREE) {
                childBits[(int) ((entry & KEY_MASK) >>> 16)] |= 1L << (entry & 63);
            }
        }
        for (char c = 0; c < FirstChars.LIMIT; c++) {
            rootChildren[c] = child(0, c);
        }
    }

    /** Receives each occurrence: the keyword spans {@code [begin, end)} of the text. */
    @FunctionalInterface
    interface Hit<V> {
        void hit(int begin, int end, V value);
    }

    /**
     * A trie of {@code keywords}, each with its value.
     *
     * @param keywords not empty; no keyword empty
     */
    static <V> WordStartTrie<V> of(Map<String, V> keywords) {
        // The transitions, first in a list of {key, child}, then packed into the table.
        List<long[]> edges = new ArrayList<>();
        Map<Long, Integer> index = new HashMap<>();
        List<V> valueOf = new ArrayList<>();
        valueOf.add(null);
        keywords.forEach((keyword, value) -> {
            if (keyword.isEmpty()) {
                throw new IllegalArgumentException("empty keyword");
            }
            int node = 0;
            for (int i = 0; i < keyword.length(); i++) {
                long key = key(node, keyword.charAt(i));
                Integer child = index.get(key);
                if (child == null) {
                    child = valueOf.size();
                    valueOf.add(null);
                    index.put(key, child);
                    edges.add(new long[] {key, child});
                }
                node = child;
            }
            valueOf.set(node, Objects.requireNonNull(value, "value"));
        });
        if (valueOf.size() > MAX_NODES) {
            throw new IllegalArgumentException("keywords make " + valueOf.size() + " trie nodes, more than "
                    + MAX_NODES);
        }
        int capacity = Integer.highestOneBit(Math.max(16, edges.size() * 3)) << 1;
        long[] slots = new long[capacity];
        Arrays.fill(slots, FREE);
        for (long[] edge : edges) {
            int slot = slot(edge[0], capacity - 1);
            while (slots[slot] != FREE) {
                slot = (slot + 1) & (capacity - 1);
            }
            slots[slot] = edge[1] << KEY_BITS | edge[0];
        }
        @SuppressWarnings("unchecked")
        V[] values = (V[]) valueOf.toArray();
        return new WordStartTrie<>(slots, values);
    }

    /**
     * Reports every occurrence of a keyword that begins at a word start or with a character that is no
     * letter or digit, in order of its beginning, shorter ones first.
     */
    void parse(String s, Hit<V> out) {
        int n = s.length();
        boolean previousIsWord = false;
        for (int begin = 0; begin < n; begin++) {
            boolean isWord = KeywordMatcher.isWordChar(s.charAt(begin));
            if (!(isWord && previousIsWord)) {
                walk(s, begin, out);
            }
            previousIsWord = isWord;
        }
    }

    private void walk(String s, int begin, Hit<V> out) {
        char first = s.charAt(begin);
        int node = first < FirstChars.LIMIT ? rootChildren[first] : child(0, first);
        for (int i = begin; node >= 0; ) {
            V value = values[node];
            if (value != null) {
                out.hit(begin, i + 1, value);
            }
            if (++i >= s.length()) {
                return;
            }
            node = child(node, s.charAt(i));
        }
    }

    private int child(int node, char c) {
        if ((childBits[node] & 1L << (c & 63)) == 0) {
            return -1;
        }
        long key = key(node, c);
        int slot = slot(key, mask);
        while (true) {
            long entry = slots[slot];
            if ((entry & KEY_MASK) == key) {
                return (int) (entry >>> KEY_BITS);
            }
            if (entry == FREE) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    private static long key(int node, char c) {
        return ((long) node << 16) | c;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) & mask;
    }
}
