package dev.newswatch.enrich.match;

import dev.newswatch.enrich.text.NormalizedText;
import dev.newswatch.enrich.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Finds whole-word phrases in a {@link NormalizedText} with two open-addressing hash tables (each slot keeps its
 * key's hash code beside it, so most probes compare an int, not a String): at every word start of the
 * text it looks up the word among the first words of the phrases, which gives the distinct lengths of the
 * phrases starting with it; each length that ends on a word boundary is then looked up as a whole phrase.
 * The work per word of text depends on the number of distinct phrase lengths, not on the number of phrases.
 * Matches follow the same rules as {@link KeywordMatcher} (whole words, keywords normalised with
 * {@link TextNormalizer}, results sorted by start, then longest first, then in the order the phrases were
 * added) but prefix keywords ({@code invest*}) are not supported and every phrase must start with a letter or
 * digit.
 *
 * <p>Why a second matcher: building is linear in the size of the dictionary (a few milliseconds for 30,000
 * names) and needs no table of transitions per character. Use this one for dictionaries rebuilt at runtime (the
 * entity table), {@link KeywordMatcher} for fixed keyword lists that need prefixes (the taxonomy). Matching costs
 * one hash lookup per word of text.
 *
 * <p>Immutable and thread-safe once built; {@link Builder} is not thread-safe.
 *
 * @param <T> the payload carried by each phrase
 */
public final class PhraseMatcher<T> {

    /** 2^17 bits, 16 KB. */
    private static final int FIRST_WORD_BITS = 17;
    /** 2^18 bits, 32 KB. */
    private static final int PHRASE_BITS = 18;

    /**
     * Per slot, the first word's place in {@link #firstWordData} (above 0) in the high half and its hash code in the
     * low half, 0 when the slot is free: a probe reads this one array (with the large entity table it misses the
     * cache), and most end on a different hash without reading the word.
     */
    private final long[] firstHashes;
    /**
     * Each first word at its place, as its length, its characters, the number of distinct lengths of its phrases and
     * those lengths, longest first: a probe that finds the word compares it and reads the lengths in one place, where
     * a String and an array of lengths per word cost several cache misses in the full enrichment. Place 0 is unused.
     */
    private final int[] firstWordData;
    private final int mask;
    /**
     * One bit per {@link #FIRST_WORD_BITS}-bit fingerprint of a first word's hash: a table small enough to stay in the
     * processor's cache, which rules out most words of a text (no name begins with "the" or "und") before the probe
     * of {@link #firstHashes}, which with the large entity table misses the cache.
     */
    private final long[] firstWordFingerprints = new long[1 << (FIRST_WORD_BITS - 6)];
    /**
     * One bit per {@link #PHRASE_BITS}-bit fingerprint of a phrase's hash: most spans probed after a known first
     * word ("european" of "European Union" before "european commission") are no phrase, and this table, unlike
     * {@link #phraseHashes}, stays in the processor's cache.
     */
    private final long[] phraseFingerprints = new long[1 << (PHRASE_BITS - 6)];
    /** The normalised phrases in an open-addressing table of their own, looked up without a substring. */
    private final String[] phraseKeys;
    /** Per slot, {@link #occupied} of the phrase's hash code, 0 when the slot is free. */
    private final long[] phraseHashes;
    /** Per slot, the phrases of the key as an array: the loop over them needs no iterator. */
    private final Phrase<T>[][] phraseLists;
    private final int phraseMask;
    private final int size;

    private PhraseMatcher(long[] firstHashes, int[] firstWordData, String[] phraseKeys,
                          long[] phraseHashes, Phrase<T>[][] phraseLists, int size) {
        this.firstHashes = firstHashes;
        this.firstWordData = firstWordData;
        this.mask = firstHashes.length - 1;
        for (long entry : firstHashes) {
            if (entry != 0) {
                int bit = fingerprint((int) entry, FIRST_WORD_BITS);
                firstWordFingerprints[bit >>> 6] |= 1L << bit;
            }
        }
        this.phraseKeys = phraseKeys;
        for (String key : phraseKeys) {
            if (key != null) {
                int bit = fingerprint(key.hashCode(), PHRASE_BITS);
                phraseFingerprints[bit >>> 6] |= 1L << bit;
            }
        }
        this.phraseHashes = phraseHashes;
        this.phraseLists = phraseLists;
        this.phraseMask = phraseKeys.length - 1;
        this.size = size;
    }

    /** A new, empty builder. */
    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** The number of distinct (phrase, payload) pairs this matcher holds. */
    public int size() {
        return size;
    }

    /**
     * Every whole-word match of every phrase, overlapping ones included, sorted by start, then longest
     * first, then in the order the phrases were added. Resolve overlaps with
     * {@link KeywordMatcher#leftmostLongest(List)}.
     *
     * @param text normalised text; not null
     * @return the matches; empty, never null
     */
    public List<Match<T>> findAll(NormalizedText text) {
        Objects.requireNonNull(text, "text");
        if (size == 0) {
            return List.of();
        }
        String s = text.text();
        int n = s.length();
        List<Match<T>> out = new ArrayList<>();
        int[] hashes = new int[8];
        int i = 0;
        while (i < n) {
            while (i < n && !KeywordMatcher.isWordChar(s.charAt(i))) {
                i++;
            }
            int wordStart = i;
            int hash = 0;
            while (i < n && KeywordMatcher.isWordChar(s.charAt(i))) {
                hash = 31 * hash + s.charAt(i);
                i++;
            }
            int at = wordStart < i ? lengthsAfter(s, wordStart, i, hash) : -1;
            if (at >= 0) {
                int count = firstWordData[at];
                if (count > hashes.length) {
                    hashes = new int[count];
                }
                hashesOfLengths(s, wordStart, i, hash, firstWordData, at + 1, count, hashes);
                for (int k = 0; k < count; k++) {
                    collect(s, wordStart, wordStart + firstWordData[at + 1 + k], hashes[k], out);
                }
            }
        }
        return out;
    }

    /**
     * Into {@code hashes[k]}, the hash of s[start, start + lengths[from + k]) ({@link #hash}) for the {@code count}
     * lengths from {@code from}: one pass over the characters after the first word ({@code wordEnd}, whose hash is
     * {@code wordHash}) up to the longest length, instead of one pass from the start for each length. The lengths
     * are sorted longest first.
     */
    private static void hashesOfLengths(String s, int start, int wordEnd, int wordHash, int[] lengths, int from,
                                        int count, int[] hashes) {
        int hash = wordHash;
        int at = wordEnd;
        for (int k = count - 1; k >= 0; k--) {
            int end = Math.min(start + lengths[from + k], s.length());
            if (end < at) {
                // shorter than the first word: cannot end a phrase that begins with it, hashed as before
                hashes[k] = hash(s, start, end);
                continue;
            }
            while (at < end) {
                hash = 31 * hash + s.charAt(at);
                at++;
            }
            hashes[k] = hash;
        }
    }

    /** Adds the phrases of s[start, end), whose {@link String#hashCode} is {@code hash}, when it ends a word. */
    private void collect(String s, int start, int end, int hash, List<Match<T>> out) {
        if (end > s.length()) {
            return;
        }
        boolean endsInsideWord = end < s.length() && KeywordMatcher.isWordChar(s.charAt(end))
                && KeywordMatcher.isWordChar(s.charAt(end - 1));
        if (endsInsideWord) {
            return;
        }
        int bit = fingerprint(hash, PHRASE_BITS);
        if ((phraseFingerprints[bit >>> 6] & 1L << bit) == 0) {
            return;
        }
        Phrase<T>[] phrases = phrasesAt(s, start, end, hash);
        if (phrases != null) {
            for (Phrase<T> phrase : phrases) {
                out.add(new Match<>(start, end, phrase.keyword, phrase.payload));
            }
        }
    }

    /** s[start, end) hashed in place, as {@link String#hashCode} hashes it; 0 when end is past the text. */
    private static int hash(String s, int start, int end) {
        int hash = 0;
        for (int i = start; i < Math.min(end, s.length()); i++) {
            hash = 31 * hash + s.charAt(i);
        }
        return hash;
    }

    /** A slot's entry for a key with {@code hash}: never 0, which marks a free slot. */
    private static long occupied(int hash) {
        return 1L << 32 | (hash & 0xFFFFFFFFL);
    }

    /** The phrases whose normalised text is s[start, end) with {@code hash} ({@link String#hashCode}), or null. */
    private Phrase<T>[] phrasesAt(String s, int start, int end, int hash) {
        int length = end - start;
        long entry = occupied(hash);
        for (int slot = spread(hash) & phraseMask; phraseHashes[slot] != 0; slot = (slot + 1) & phraseMask) {
            if (phraseHashes[slot] == entry) {
                String key = phraseKeys[slot];
                if (key.length() == length && s.regionMatches(start, key, 0, length)) {
                    return phraseLists[slot];
                }
            }
        }
        return null;
    }

    /**
     * Where, in {@link #firstWordData}, the number of distinct lengths of the phrases whose first word is s[start, end)
     * stands (the lengths follow it, longest first); -1 when no phrase begins with that word.
     */
    private int lengthsAfter(String s, int start, int end, int hash) {
        int bit = fingerprint(hash, FIRST_WORD_BITS);
        if ((firstWordFingerprints[bit >>> 6] & 1L << bit) == 0) {
            return -1;
        }
        int length = end - start;
        long entry;
        for (int slot = spread(hash) & mask; (entry = firstHashes[slot]) != 0; slot = (slot + 1) & mask) {
            int at = (int) (entry >>> 32);
            if ((int) entry == hash && firstWordData[at] == length && sameWord(s, start, at + 1, length)) {
                return at + 1 + length;
            }
        }
        return -1;
    }

    /** Whether s[start, start + length) holds the characters of {@link #firstWordData} from {@code at}. */
    private boolean sameWord(String s, int start, int at, int length) {
        for (int k = 0; k < length; k++) {
            if (s.charAt(start + k) != firstWordData[at + k]) {
                return false;
            }
        }
        return true;
    }

    private static int fingerprint(int hash, int bits) {
        return (hash * 0x9E3779B9) >>> (Integer.SIZE - bits);
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    /** One phrase as registered: as written, and its payload. */
    private record Phrase<T>(String keyword, T payload) {
    }

    /**
     * Collects phrases and payloads, then builds an immutable {@link PhraseMatcher}. Adding the same phrase
     * twice with the same payload adds it once. Not thread-safe.
     *
     * @param <T> the payload type
     */
    public static final class Builder<T> {

        private final Map<String, List<Phrase<T>>> byPhrase = new HashMap<>();
        private final Map<String, TreeSet<Integer>> lengthsByFirstWord = new HashMap<>();
        private int count;

        private Builder() {
        }

        /**
         * Registers {@code phrase} with {@code payload}.
         *
         * @param phrase  a word or phrase starting with a letter or digit once normalised; not blank
         * @param payload carried by every match of the phrase; not null
         * @throws IllegalArgumentException when the phrase is blank, ends in {@code *} or starts with a
         *                                  character that is not a letter or digit
         */
        public Builder<T> add(String phrase, T payload) {
            Objects.requireNonNull(phrase, "phrase");
            Objects.requireNonNull(payload, () -> "payload of phrase '" + phrase + "'");
            String written = phrase.strip();
            if (written.endsWith("*")) {
                throw new IllegalArgumentException("phrase '" + phrase + "': prefix phrases are not supported here");
            }
            String normalized = TextNormalizer.normalize(written).text().strip();
            if (normalized.isEmpty() || !KeywordMatcher.isWordChar(normalized.charAt(0))) {
                throw new IllegalArgumentException("phrase '" + phrase + "' must start with a letter or digit");
            }
            List<Phrase<T>> phrases = byPhrase.computeIfAbsent(normalized, k -> new ArrayList<>(1));
            for (Phrase<T> existing : phrases) {
                if (existing.keyword.equals(written) && existing.payload.equals(payload)) {
                    return this;
                }
            }
            phrases.add(new Phrase<>(written, payload));
            int firstEnd = 1;
            while (firstEnd < normalized.length() && KeywordMatcher.isWordChar(normalized.charAt(firstEnd))) {
                firstEnd++;
            }
            lengthsByFirstWord.computeIfAbsent(normalized.substring(0, firstEnd), k -> new TreeSet<>(Comparator.reverseOrder()))
                    .add(normalized.length());
            count++;
            return this;
        }

        /** Builds the matcher; the builder may be reused afterwards. */
        public PhraseMatcher<T> build() {
            int capacity = Integer.highestOneBit(Math.max(4, lengthsByFirstWord.size() * 2 + 1)) << 1;
            long[] hashes = new long[capacity];
            int dataSize = 1;
            for (Map.Entry<String, TreeSet<Integer>> e : lengthsByFirstWord.entrySet()) {
                dataSize += 2 + e.getKey().length() + e.getValue().size();
            }
            int[] data = new int[dataSize];
            int at = 1;
            for (Map.Entry<String, TreeSet<Integer>> e : lengthsByFirstWord.entrySet()) {
                String word = e.getKey();
                int slot = spread(word.hashCode()) & (capacity - 1);
                while (hashes[slot] != 0) {
                    slot = (slot + 1) & (capacity - 1);
                }
                hashes[slot] = (long) at << 32 | (word.hashCode() & 0xFFFFFFFFL);
                data[at++] = word.length();
                for (int k = 0; k < word.length(); k++) {
                    data[at++] = word.charAt(k);
                }
                data[at++] = e.getValue().size();
                for (int length : e.getValue()) {
                    data[at++] = length;
                }
            }
            int phraseCapacity = Integer.highestOneBit(Math.max(4, byPhrase.size() * 2 + 1)) << 1;
            String[] keys = new String[phraseCapacity];
            long[] keyHashes = new long[phraseCapacity];
            @SuppressWarnings("unchecked")
            Phrase<T>[][] lists = (Phrase<T>[][]) new Phrase<?>[phraseCapacity][];
            byPhrase.forEach((normalized, entries) -> {
                int slot = spread(normalized.hashCode()) & (phraseCapacity - 1);
                while (keys[slot] != null) {
                    slot = (slot + 1) & (phraseCapacity - 1);
                }
                keys[slot] = normalized;
                keyHashes[slot] = occupied(normalized.hashCode());
                @SuppressWarnings("unchecked")
                Phrase<T>[] array = (Phrase<T>[]) entries.toArray(new Phrase<?>[0]);
                lists[slot] = array;
            });
            return new PhraseMatcher<>(hashes, data, keys, keyHashes, lists, count);
        }
    }
}
