package dev.newswatch.enrich.deal;

import dev.newswatch.enrich.match.FirstChars;
import dev.newswatch.enrich.match.KeywordMatcher;
import java.util.ArrayList;
import java.util.Arrays;
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
        // KeywordMatcher.isWordChar: Character.isLetterOrDigit, ASCII from a table (asked at every character)
        return KeywordMatcher.isWordChar(text.charAt(i)) && (i == 0 || !KeywordMatcher.isWordChar(text.charAt(i - 1)));
    }

    /** Where the words of {@code text} begin ({@link #isWordStart}), in order. */
    static int[] of(String text) {
        // every other character at most begins a word; writing each place and counting only word starts keeps the
        // loop free of branches (twice as fast over the bench corpus as a store under an if)
        int[] starts = new int[text.length() / 2 + 1];
        int count = 0;
        boolean afterLetterOrDigit = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letterOrDigit = KeywordMatcher.isWordChar(text.charAt(i));
            starts[count] = i;
            count += letterOrDigit && !afterLetterOrDigit ? 1 : 0;
            afterLetterOrDigit = letterOrDigit;
        }
        return Arrays.copyOf(starts, count);
    }

    /**
     * The non-overlapping matches of {@code pattern} in [{@code from}, {@code to}) that begin a word; {@code starts}
     * are the characters its matches can begin with ({@link FirstChars#of(Pattern)}).
     */
    static List<Matcher> matches(Pattern pattern, FirstChars starts, String text, int from, int to) {
        List<Matcher> found = new ArrayList<>();
        // one matcher, reset to each word start, until it matches: the list keeps it, so the next one is new
        Matcher m = null;
        int i = from;
        while (i < to) {
            if (isWordStart(text, i) && starts.mayStart(text.charAt(i))) {
                if (m == null) {
                    m = pattern.matcher(text);
                    m.useTransparentBounds(true);
                }
                if (m.region(i, to).lookingAt()) {
                    found.add(m);
                    i = Math.max(m.end(), i + 1);
                    m = null;
                    continue;
                }
            }
            i++;
        }
        return found;
    }

    /**
     * {@code pattern.matcher(text).region(from, to).find()} for a pattern whose matches open with the guard
     * {@code (?<![\p{L}\p{N}])} and read nothing else before their start ({@link DealLexicon#opensWithGuardOnly}):
     * the places right after a letter or digit, where the guard fails, are not tried; at the others the match is
     * tried as find() tries it there. A region with a surrogate is left to find() (the guard reads code points).
     */
    static boolean findAfterGuard(Pattern pattern, String text, int from, int to) {
        Matcher m = pattern.matcher(text).region(from, to);
        for (int i = from; i < to; i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return m.find();
            }
        }
        for (int p = from; p <= to; p++) {
            if (p > from && isLetterOrNumber(text.charAt(p - 1))) {
                continue;
            }
            if (m.region(p, to).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code c} is in {@code [\p{L}\p{N}]}: a letter, or a number of any kind ("2", "Ⅻ", "²"); the lexicon's
     * guard {@code (?<![\p{L}\p{N}])} fails right after such a character (a surrogate is neither).
     */
    static boolean isLetterOrNumber(char c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
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
