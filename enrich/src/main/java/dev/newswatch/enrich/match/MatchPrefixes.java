package dev.newswatch.enrich.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first few characters a match of a pattern can begin with: {@link FirstChars} over up to {@value #DEPTH}
 * characters, for phrases whose first letter begins many words ("the government", "la ley de chips", "el
 * gobierno"), and for patterns that look behind or ahead anywhere ("(?<=lo )stato", "état(?! de )"), which a try on
 * characters alone cannot see through. Worked out once per pattern on the pattern with its look-arounds removed
 * ({@link Lookarounds#removed}), which matches wherever the pattern does: a beginning is possible when that pattern
 * matches it or reads past its end ({@link Matcher#hitEnd()}); each possible beginning is extended by every character
 * below {@link FirstChars#LIMIT}, up to {@value #DEPTH} characters or until more than {@value #MAX_BEGINNINGS}
 * beginnings of one length are possible. Characters from the limit on, and the end of the text, are always possible.
 * Immutable and thread-safe.
 */
public final class MatchPrefixes {

    /** The most characters a beginning is read to. */
    static final int DEPTH = 6;
    /** Beyond this many possible beginnings of one length, longer ones are not worked out. */
    static final int MAX_BEGINNINGS = 64;
    /** Bits per character in a packed beginning: every character below {@link FirstChars#LIMIT} fits. */
    private static final int BITS = 10;

    /** Per length (index 0: one character), the packed beginnings that may begin a match, sorted. */
    private final long[][] possible;
    /** Per length, the packed beginnings that are already a whole match, sorted: whatever follows may match. */
    private final long[][] matched;
    /** The first level as a table: most places are ruled out by their first character alone. */
    private final boolean[] firstPossible = new boolean[FirstChars.LIMIT];
    private final boolean[] firstMatched = new boolean[FirstChars.LIMIT];

    private MatchPrefixes(long[][] possible, long[][] matched) {
        this.possible = possible;
        this.matched = matched;
        for (char c = 0; c < FirstChars.LIMIT; c++) {
            firstPossible[c] = possible.length == 0 || Arrays.binarySearch(possible[0], c) >= 0;
            firstMatched[c] = possible.length == 0 || Arrays.binarySearch(matched[0], c) >= 0;
        }
    }

    /**
     * @param pattern any pattern; not null
     * @return the beginnings its matches may have (every beginning when the pattern is written in a way
     *         {@link Lookarounds#removed} cannot vouch for)
     */
    public static MatchPrefixes of(Pattern pattern) {
        Pattern plain = Lookarounds.removed(pattern);
        if (plain == null) {
            return new MatchPrefixes(new long[0][], new long[0][]);
        }
        List<long[]> possible = new ArrayList<>();
        List<long[]> matched = new ArrayList<>();
        List<String> beginnings = List.of("");
        while (possible.size() < DEPTH && beginnings.size() <= MAX_BEGINNINGS) {
            List<String> longer = new ArrayList<>();
            List<Long> whole = new ArrayList<>();
            for (String beginning : beginnings) {
                for (char c = 0; c < FirstChars.LIMIT; c++) {
                    String next = beginning + c;
                    Matcher m = plain.matcher(next);
                    if (m.lookingAt()) {
                        whole.add(pack(next));
                    } else if (m.hitEnd()) {
                        longer.add(next);
                    }
                }
            }
            possible.add(longer.stream().mapToLong(MatchPrefixes::pack).sorted().toArray());
            matched.add(whole.stream().mapToLong(Long::longValue).sorted().toArray());
            beginnings = longer;
        }
        return new MatchPrefixes(possible.toArray(long[][]::new), matched.toArray(long[][]::new));
    }

    /** Whether a match may begin at {@code i} of {@code text}; false only when none can. */
    public boolean mayStart(String text, int i) {
        char first = text.charAt(i);
        if (first >= FirstChars.LIMIT || firstMatched[first]) {
            return true;
        }
        if (!firstPossible[first]) {
            return false;
        }
        long key = first;
        for (int d = 1; d < possible.length; d++) {
            if (i + d >= text.length()) {
                return true;
            }
            char c = text.charAt(i + d);
            if (c >= FirstChars.LIMIT) {
                return true;
            }
            key = key << BITS | c;
            if (Arrays.binarySearch(matched[d], key) >= 0) {
                return true;
            }
            if (Arrays.binarySearch(possible[d], key) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a match may begin with {@code first} and then {@code second}, whatever follows: true wherever
     * {@link #mayStart} is true at a place with those two characters; false only when no match can begin with them.
     */
    public boolean mayBeginWith(char first, char second) {
        if (first >= FirstChars.LIMIT || firstMatched[first]) {
            return true;
        }
        if (!firstPossible[first]) {
            return false;
        }
        if (possible.length < 2 || second >= FirstChars.LIMIT) {
            return true;
        }
        long key = (long) first << BITS | second;
        return Arrays.binarySearch(matched[1], key) >= 0 || Arrays.binarySearch(possible[1], key) >= 0;
    }

    private static long pack(String beginning) {
        long key = 0;
        for (int i = 0; i < beginning.length(); i++) {
            key = key << BITS | beginning.charAt(i);
        }
        return key;
    }
}
