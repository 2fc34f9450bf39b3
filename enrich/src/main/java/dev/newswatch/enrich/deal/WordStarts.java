package dev.newswatch.enrich.deal;

import dev.newswatch.enrich.match.FirstChars;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a pattern whose matches always begin a word only where a word begins: much faster than
 * {@link Matcher#find()}, which tries every character. Stateless.
 */
final class WordStarts {

    private WordStarts() {
    }

    /** Whether {@code i} begins a word: a letter or digit not preceded by one. */
    static boolean isWordStart(String text, int i) {
        return Character.isLetterOrDigit(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
    }

    /**
     * The non-overlapping matches of {@code pattern} in [{@code from}, {@code to}) that begin a word; {@code starts}
     * are the characters its matches can begin with ({@link FirstChars#of(Pattern)}).
     */
    static List<Matcher> matches(Pattern pattern, FirstChars starts, String text, int from, int to) {
        List<Matcher> found = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (isWordStart(text, i) && starts.mayStart(text.charAt(i))) {
                Matcher m = pattern.matcher(text).region(i, to);
                m.useTransparentBounds(true);
                if (m.lookingAt()) {
                    found.add(m);
                    i = Math.max(m.end(), i + 1);
                    continue;
                }
            }
            i++;
        }
        return found;
    }

    /**
     * Whether {@code pattern} matches somewhere in [{@code from}, {@code to}) at the beginning of a word;
     * {@code starts} are the characters its matches can begin with ({@link FirstChars#of(Pattern)}).
     */
    static boolean any(Pattern pattern, FirstChars starts, String text, int from, int to) {
        Matcher m = pattern.matcher(text);
        m.useTransparentBounds(true);
        for (int i = from; i < to; i++) {
            if (isWordStart(text, i) && starts.mayStart(text.charAt(i)) && m.region(i, to).lookingAt()) {
                return true;
            }
        }
        return false;
    }
}
