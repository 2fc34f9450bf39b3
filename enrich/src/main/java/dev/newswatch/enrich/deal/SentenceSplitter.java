package dev.newswatch.enrich.deal;

import dev.newswatch.enrich.link.DottedNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts news text into sentences: at line breaks (not where a line only wraps a sentence that goes on, see
 * {@link #softWrap}), and after {@code .}, {@code !}, {@code ?} or {@code …}
 * (with any closing quotes or brackets) followed by white space, unless the period ends a known
 * abbreviation ("Inc.", "Mrd.", "Mio.", "U.S.", "Mr.", "St.") or a single initial (not a scale letter glued to a number,
 * "$50B.", nor the letter of a round, "Series B."), or the next word starts
 * in lower case. Decimal points ("6.6") are never followed by a space, so they never split; a period glued to
 * the next sentence by a page that joined its paragraphs splits too (see {@link #glued}). Stateless and
 * thread-safe.
 */
final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "inc", "corp", "co", "ltd", "llc", "plc", "bros", "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr",
            "vs", "etc", "approx", "ca", "nr", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "mrd", "mio", "bio", "mld", "mln", "mds", "md", "tsd", "mill",
            "bzw", "ggf", "inkl", "sig", "dott", "avv", "sra", "srta", "mme", "mlle", "gov", "sen", "dept");

    /** The words naming a funding round by its letter ("Series B"), as the five languages write them. */
    private static final List<String> ROUND_SERIES = List.of("series ", "serie ", "série ");

    /** The characters that can end a sentence: line breaks and the marks of {@link #endsSentence}. */
    private static final char[] BREAKS = {'\n', '\r', '\u2028', '\u2029', '.', '!', '?', '…'};

    List<Sentence> split(String text) {
        return split(text, null);
    }

    /**
     * As {@link #split(String)}, a line that ends with a word {@code lineWrapWord} matches wholly (the language's
     * function words of {@code lineWrapWords}, null for none) going on in the next line.
     */
    List<Sentence> split(String text, Pattern lineWrapWord) {
        List<Sentence> sentences = new ArrayList<>();
        int n = text.length();
        // Where each of BREAKS occurs next, found with String.indexOf (which scans far faster than a loop over
        // every character) and looked for again once passed; n when it does not occur again.
        int[] next = new int[BREAKS.length];
        Arrays.fill(next, -1);
        int from = 0;
        int i = 0;
        while (true) {
            int at = n;
            for (int b = 0; b < BREAKS.length; b++) {
                if (next[b] < i) {
                    int found = text.indexOf(BREAKS[b], i);
                    next[b] = found < 0 ? n : found;
                }
                at = Math.min(at, next[b]);
            }
            if (at >= n) {
                break;
            }
            char c = text.charAt(at);
            i = at + 1;
            if (c == '\n' && softWrap(text, at, lineWrapWord)) {
                continue;
            }
            if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028') {
                add(sentences, text, from, at);
                from = at + 1;
            } else if (endsSentence(text, at)) {
                int end = at + 1;
                while (end < n && isCloser(text.charAt(end))) {
                    end++;
                }
                add(sentences, text, from, end);
                from = end;
                i = end;
            }
        }
        add(sentences, text, from, n);
        return List.copyOf(sentences);
    }

    /**
     * Whether a line break only wraps a sentence that goes on: a single break between a line that ends with a letter,
     * a digit or a comma and a line that starts with a lower-case letter ("acquisterà per 26,2\nmiliardi di dollari").
     * Pages copied from fixed-width layouts break lines inside sentences; a headline or a paragraph ends with no
     * comma and the next one starts with a capital, so it still splits. A line that ends with a lower-case word of one
     * or two letters (a preposition, an article or a conjunction: "da Exor a\nDTZ", "of\nGoogle") goes on before a
     * capital too: no headline or paragraph ends with one.
     */
    static boolean softWrap(String text, int at) {
        return softWrap(text, at, null);
    }

    /**
     * As {@link #softWrap(String, int)}; a line that ends with a whole word {@code lineWrapWord} matches (a function
     * word of three letters or more of the text's language: "per\nBanca X", "for\nGoogle") also goes on before a
     * capital.
     */
    static boolean softWrap(String text, int at, Pattern lineWrapWord) {
        int n = text.length();
        if (at == 0 || at + 1 >= n) {
            return false;
        }
        int p = at - 1;
        while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p--;
        }
        if (p < 0) {
            return false;
        }
        char after = text.charAt(at + 1);
        if (Character.isUpperCase(after)) {
            return endsWithShortFunctionWord(text, p) || endsWithWrapWord(text, p, lineWrapWord);
        }
        if (!Character.isLowerCase(after)) {
            return false;
        }
        char before = text.charAt(p);
        return Character.isLetterOrDigit(before) || before == ',';
    }

    /** Whether the line ending at {@code last} ends with a lower-case word, after a space, that the pattern matches. */
    private static boolean endsWithWrapWord(String text, int last, Pattern lineWrapWord) {
        if (lineWrapWord == null) {
            return false;
        }
        int start = lowerCaseWordStart(text, last);
        return last - start >= 3 && start >= 0 && text.charAt(start) == ' '
                && lineWrapWord.matcher(text).region(start + 1, last + 1).matches();
    }

    /**
     * Whether the line ending at {@code last} ends with a lower-case word of one or two letters after a space, not
     * after a number ("40 bn" is a scale, which may end a headline).
     */
    private static boolean endsWithShortFunctionWord(String text, int last) {
        int start = lowerCaseWordStart(text, last);
        int length = last - start;
        if (length < 1 || length > 2 || start < 1 || text.charAt(start) != ' ') {
            return false;
        }
        return !Character.isDigit(text.charAt(start - 1));
    }

    /** The index before the run of lower-case letters that ends at {@code last} (-1 when it opens the text). */
    private static int lowerCaseWordStart(String text, int last) {
        int start = last;
        while (start >= 0 && Character.isLowerCase(text.charAt(start))) {
            start--;
        }
        return start;
    }

    private static boolean endsSentence(String text, int i) {
        if (itemNumber(text, i)) {
            return false;
        }
        int n = text.length();
        int j = i + 1;
        while (j < n && isCloser(text.charAt(j))) {
            j++;
        }
        if (j < n && !Character.isWhitespace(text.charAt(j))) {
            return glued(text, i, j) && !endsAbbreviation(text, i);
        }
        int k = j;
        while (k < n && Character.isWhitespace(text.charAt(k)) && text.charAt(k) != '\n') {
            k++;
        }
        if (k < n && Character.isLowerCase(text.charAt(k))) {
            return false;
        }
        return text.charAt(i) != '.' || !endsAbbreviation(text, i);
    }

    /**
     * Whether a period with no space after it still ends a sentence: pages whose paragraphs were joined without
     * a space ("with others.Brightwave raised ..."). Only a period after a lower-case word of two letters or
     * more, or after a number ("on March 6.Zentrix"), followed by a capital and a lower-case letter or an apostrophe
     * ("Reuters.L'acquisition"): "Amazon.com",
     * "Character.AI", "6.6", "H2.Ai" and "Origin.Bio" ({@link DottedNames#joins}) stay whole.
     */
    private static boolean glued(String text, int dot, int next) {
        if (text.charAt(dot) != '.' || next != dot + 1 || next + 1 >= text.length() || dot < 2) {
            return false;
        }
        // "... closed on March 6.Zentrix raised ...": a date or a number ends the sentence just as well
        boolean wordBefore = Character.isLowerCase(text.charAt(dot - 1)) && Character.isLowerCase(text.charAt(dot - 2))
                || Character.isDigit(text.charAt(dot - 1)) && !Character.isLetter(text.charAt(dot - 2));
        // "... Thomson Reuters.L'acquisition la plus importante ...": a capital elided before an apostrophe opens a
        // sentence too (French and Italian articles and prepositions: L', D', Dell')
        char second = text.charAt(next + 1);
        boolean elided = (second == '\'' || second == '’') && next + 2 < text.length()
                && Character.isLetter(text.charAt(next + 2));
        // "... the biotech Origin.Bio has raised ...": a dot between the halves of one name splits nothing
        return wordBefore && Character.isUpperCase(text.charAt(next)) && (Character.isLowerCase(second) || elided)
                && !DottedNames.joins(text, dot);
    }

    /**
     * Whether the period at {@code dot} closes the number of a numbered list item: one or two digits that open their
     * line ("1. Zentrix: 120 Mio. Euro", "12. Korvia"). The item goes on after it.
     */
    private static boolean itemNumber(String text, int dot) {
        if (text.charAt(dot) != '.') {
            return false;
        }
        int s = dot;
        while (s > 0 && Character.isDigit(text.charAt(s - 1))) {
            s--;
        }
        if (dot - s < 1 || dot - s > 2) {
            return false;
        }
        int b = s - 1;
        while (b >= 0 && (text.charAt(b) == ' ' || text.charAt(b) == '\t')) {
            b--;
        }
        return b < 0 || text.charAt(b) == '\n' || text.charAt(b) == '\r';
    }

    private static boolean endsAbbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        String word = text.substring(s, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            // "Oracle $50B. Investors ...": a scale letter glued to a number ends the amount, not an initial; and
            // "a $40m Series B. The round ...": the letter of a funding round is no initial either
            return s == 0 || !Character.isDigit(text.charAt(s - 1)) && !afterRoundSeries(text, s);
        }
        boolean dottedAcronym = s > 1 && text.charAt(s - 1) == '.' && Character.isLetter(text.charAt(s - 2));
        return dottedAcronym || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether "Series ", "Serie " or "Série " stands right before {@code at}. */
    private static boolean afterRoundSeries(String text, int at) {
        for (String series : ROUND_SERIES) {
            if (at > series.length() && text.regionMatches(true, at - series.length(), series, 0, series.length())
                    && !Character.isLetter(text.charAt(at - series.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == ')' || c == ']';
    }

    private static void add(List<Sentence> sentences, String text, int from, int to) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            sentences.add(new Sentence(sentences.size(), text.substring(s, e), s, e));
        }
    }
}
