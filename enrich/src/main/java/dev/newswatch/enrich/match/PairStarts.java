package dev.newswatch.enrich.match;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first two characters a match of a pattern can begin with, learned as texts are read: the first time a pair
 * of characters is seen at a place to try, the pattern with its look-arounds removed ({@link Lookarounds#removed})
 * is tried on those two characters alone, and the answer is kept. A pair is possible when that try matches or reads
 * past its end ({@link Matcher#hitEnd()}), as in {@link MatchPrefixes}; learning only the pairs that occur costs a
 * few hundred tries per pattern instead of the whole table of {@link MatchPrefixes} at start-up, for scans that try
 * many patterns at every word start (the deal cues: "in" and "co" begin many words and few cues). Pairs with a
 * character from {@link FirstChars#LIMIT} on, and places with fewer than two characters left, are always possible.
 *
 * <p>Thread-safe: the table is filled with benign races (a row or an answer another thread has not seen yet is worked
 * out again, with the same result).
 */
public final class PairStarts {

    private static final byte UNKNOWN = 0;
    private static final byte POSSIBLE = 1;
    private static final byte IMPOSSIBLE = 2;

    /** The pattern without look-arounds; null when it cannot be vouched for: then every place is possible. */
    private final Pattern plain;
    private final FirstChars firstChars;
    /** Per first character, the answers for the second (lazily made rows). */
    private final byte[][] rows = new byte[FirstChars.LIMIT][];

    private PairStarts(Pattern plain, FirstChars firstChars) {
        this.plain = plain;
        this.firstChars = firstChars;
    }

    /**
     * @param pattern    any pattern; not null
     * @param firstChars the characters its matches can begin with ({@link FirstChars#of(Pattern)}); not null
     */
    public static PairStarts of(Pattern pattern, FirstChars firstChars) {
        return new PairStarts(Lookarounds.removed(pattern), firstChars);
    }

    /**
     * Whether a match may begin at {@code i} of {@code text} when it may read up to {@code end}; false only when
     * none can.
     */
    public boolean mayStart(String text, int i, int end) {
        char first = text.charAt(i);
        if (!firstChars.mayStart(first)) {
            return false;
        }
        if (plain == null || first >= FirstChars.LIMIT || i + 1 >= end) {
            return true;
        }
        char second = text.charAt(i + 1);
        if (second >= FirstChars.LIMIT) {
            return true;
        }
        byte[] row = rows[first];
        if (row == null) {
            row = new byte[FirstChars.LIMIT];
            rows[first] = row;
        }
        byte known = row[second];
        if (known == UNKNOWN) {
            Matcher m = plain.matcher(new String(new char[] {first, second}));
            known = m.lookingAt() || m.hitEnd() ? POSSIBLE : IMPOSSIBLE;
            row[second] = known;
        }
        return known == POSSIBLE;
    }

    /**
     * Whether a match may begin with the three characters {@code first}, {@code second}, {@code third} when it may
     * read past them: the same test as for a pair, on three characters (not kept here; {@link PairStartsIndex} keeps
     * the answers of the places it sees). False only when none can.
     */
    public boolean mayBeginWith(char first, char second, char third) {
        if (!firstChars.mayStart(first)) {
            return false;
        }
        if (plain == null) {
            return true;
        }
        Matcher m = plain.matcher(new String(new char[] {first, second, third}));
        return m.lookingAt() || m.hitEnd();
    }
}
