package dev.newswatch.enrich.match;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A pattern with its look-ahead and look-behind groups removed, which matches wherever the pattern does (and more):
 * what a match can begin with can then be tried on a few characters alone, without the text around them that the
 * look-arounds would read. Stateless.
 */
final class Lookarounds {

    /**
     * Atomic groups, possessive quantifiers, back references and word boundaries: with these outside the look-arounds,
     * removing a look-around may lose a match, or a few characters alone may fail where the text would not. Inside a
     * look-around they go with it ("in(?=\\s+(?:usd)\\b)").
     */
    private static final Pattern UNSUPPORTED = Pattern.compile("\\(\\?>|[*+?}]\\+|\\\\[1-9kbBG]");
    /** Quoting, which the reading of groups below does not follow: written out first ({@link #unquoted}). */
    private static final Pattern QUOTING = Pattern.compile("\\\\Q");
    /** The opening of a look-ahead or look-behind group. */
    private static final Pattern LOOKAROUND = Pattern.compile("\\(\\?<?[=!]");

    private Lookarounds() {
    }

    /**
     * {@code pattern} without its look-arounds, with the same flags; null when it is written in a way this removal
     * cannot vouch for (see {@link #UNSUPPORTED}, comments mode, character classes it does not follow). Quoted parts are
     * written out as literal characters first.
     */
    static Pattern removed(Pattern pattern) {
        if ((pattern.flags() & Pattern.COMMENTS) != 0) {
            return null;
        }
        String source = pattern.pattern();
        if (QUOTING.matcher(source).find()) {
            source = unquoted(source);
        }
        StringBuilder kept = new StringBuilder(source.length());
        if (copy(source, 0, kept, false) != source.length() || UNSUPPORTED.matcher(kept).find()) {
            return null;
        }
        try {
            return Pattern.compile(kept.toString(), pattern.flags());
        } catch (PatternSyntaxException e) {
            return null;
        }
    }

    /**
     * {@code source} with each quoted part ({@code \Q...\E}, as {@link Pattern#quote} writes a phrase) written out as
     * literal characters, which the reading of groups below follows: an ASCII character that is no letter or digit
     * escaped with a backslash (always a literal in a pattern), any other as it is. The same pattern.
     */
    static String unquoted(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c != '\\' || i + 1 >= source.length()) {
                out.append(c);
                i++;
            } else if (source.charAt(i + 1) != 'Q') {
                out.append(source, i, i + 2);
                i += 2;
            } else {
                int end = source.indexOf("\\E", i + 2);
                int stop = end < 0 ? source.length() : end;
                for (int q = i + 2; q < stop; q++) {
                    char literal = source.charAt(q);
                    if (literal < 0x80 && !Character.isLetterOrDigit(literal)) {
                        out.append('\\');
                    }
                    out.append(literal);
                }
                i = end < 0 ? stop : end + 2;
            }
        }
        return out.toString();
    }

    /**
     * Copies {@code source} from {@code from} to {@code out} without its look-around groups, up to the end or, when
     * {@code inGroup}, up to the ')' closing the group being read; returns the index after what was read, or -1 when
     * the source has a character class this reading does not follow.
     */
    private static int copy(String source, int from, StringBuilder out, boolean inGroup) {
        int i = from;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\\') {
                out.append(source, i, Math.min(i + 2, source.length()));
                i += 2;
            } else if (c == '[') {
                int end = classEnd(source, i);
                if (end < 0) {
                    return -1;
                }
                out.append(source, i, end);
                i = end;
            } else if (c == ')' && inGroup) {
                return i;
            } else if (c == '(' && LOOKAROUND.matcher(source).region(i, source.length()).lookingAt()) {
                int body = i + (source.charAt(i + 2) == '<' ? 4 : 3);
                int close = copy(source, body, new StringBuilder(), true);
                if (close < 0) {
                    return -1;
                }
                i = close + 1;
            } else if (c == '(') {
                out.append(c);
                int close = copy(source, i + 1, out, true);
                if (close < 0) {
                    return -1;
                }
                out.append(')');
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return inGroup ? -1 : i;
    }

    /** The index after the ']' closing the class opened at {@code open}, or -1 when it is not plainly written. */
    private static int classEnd(String source, int open) {
        int depth = 0;
        for (int i = open; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                if (source.startsWith("]", i + 1) || source.startsWith("^]", i + 1)) {
                    return -1;
                }
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }
}
