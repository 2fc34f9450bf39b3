package dev.newswatch.enrich.match;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters a match of a pattern can begin with, so that a scan over word starts skips the
 * {@link Matcher#lookingAt()} calls that cannot succeed. Worked out once per pattern by trying it on each
 * character alone: when that attempt neither matches nor reaches the end of its one-character input
 * ({@link Matcher#hitEnd()}), it failed on the first character, and no text starting with that character can
 * match. Characters from {@link #LIMIT} on are always tried. Valid for patterns whose only look-behind is the
 * word-start guard at their beginning, which the scan satisfies anyway. Immutable and thread-safe.
 */
public final class FirstChars {

    /** Latin letters with their accents, digits and punctuation lie below; anything above is always tried. */
    public static final int LIMIT = 0x250;

    private final boolean[] possible;

    private FirstChars(boolean[] possible) {
        this.possible = possible;
    }

    /**
     * @param pattern a pattern whose only look-behind, if any, is a word-start guard at its beginning; not null
     * @return the characters its matches may begin with
     */
    public static FirstChars of(Pattern pattern) {
        boolean[] possible = new boolean[LIMIT];
        for (char c = 0; c < LIMIT; c++) {
            Matcher m = pattern.matcher(String.valueOf(c));
            m.useTransparentBounds(true);
            possible[c] = m.lookingAt() || m.hitEnd();
        }
        return new FirstChars(possible);
    }

    /** Whether a match may begin with {@code c}; false only when none can. */
    public boolean mayStart(char c) {
        return c >= LIMIT || possible[c];
    }
}
