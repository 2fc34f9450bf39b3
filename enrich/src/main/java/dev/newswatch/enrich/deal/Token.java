package dev.newswatch.enrich.deal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A word or a punctuation mark of a sentence, with its offsets in the article text. Elided articles
 * ("l'", "dell'", "d'") are words of their own so that "dell'azienda" reads as "dell'" + "azienda".
 */
record Token(int start, int end, boolean word) {

    /** The character types of {@code \p{L}}. */
    private static final int LETTER = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER;
    /** The character types of {@code [\p{L}\p{N}]}. */
    private static final int LETTER_OR_NUMBER = LETTER | 1 << Character.DECIMAL_DIGIT_NUMBER
            | 1 << Character.LETTER_NUMBER | 1 << Character.OTHER_NUMBER;
    /** What joins two runs of letters and digits into one word ("Run:ai", "AT&T", "co-founder", "Booking.com"). */
    private static final String JOINERS = "-:.&'’";

    /**
     * The tokens of {@code text[from, to)}: what {@code find()} of the pattern
     * {@code \p{L}+['’](?=\p{L})|[\p{L}\p{N}]+(?:[-:.&'’][\p{L}\p{N}]+)*|\S} in that region gives, in one pass over
     * the characters (every clause is cut into tokens; the matcher tried three alternatives at each of them). The
     * region's ends never split a surrogate pair: clauses end at punctuation or at the end of the text.
     */
    static List<Token> of(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            int c = text.codePointAt(i);
            int end;
            if (is(LETTER_OR_NUMBER, c)) {
                end = elisionEnd(text, i, to);
                if (end < 0) {
                    end = joinedRunEnd(text, i, to);
                }
            } else if (isAsciiSpace(c)) {
                i++;
                continue;
            } else {
                end = i + Character.charCount(c); // \S: one character of anything else
            }
            tokens.add(new Token(i, end, Character.isLetterOrDigit(text.charAt(i))));
            i = end;
        }
        return tokens;
    }

    /** {@code \p{L}+['’](?=\p{L})} at {@code i}: where an elided article ("l'", "dell'") ends, or -1. */
    private static int elisionEnd(String text, int i, int to) {
        int j = runEnd(text, i, to, LETTER);
        if (j == i || j + 1 >= to || text.charAt(j) != '\'' && text.charAt(j) != '’') {
            return -1;
        }
        return is(LETTER, text.codePointAt(j + 1)) ? j + 1 : -1;
    }

    /** {@code [\p{L}\p{N}]+(?:[-:.&'’][\p{L}\p{N}]+)*} at {@code i}, greedy: where the word ends. */
    private static int joinedRunEnd(String text, int i, int to) {
        int end = runEnd(text, i, to, LETTER_OR_NUMBER);
        while (end + 1 < to && JOINERS.indexOf(text.charAt(end)) >= 0
                && is(LETTER_OR_NUMBER, text.codePointAt(end + 1))) {
            end = runEnd(text, end + 1, to, LETTER_OR_NUMBER);
        }
        return end;
    }

    /** Where the run of characters of {@code types} from {@code i} ends, before {@code to}. */
    private static int runEnd(String text, int i, int to, int types) {
        int j = i;
        while (j < to) {
            int c = text.codePointAt(j);
            if (!is(types, c)) {
                break;
            }
            j += Character.charCount(c);
        }
        return j;
    }

    private static boolean is(int types, int codePoint) {
        return (types & 1 << Character.getType(codePoint)) != 0;
    }

    /** {@code \s} without {@link Pattern#UNICODE_CHARACTER_CLASS}: space, tab, line feed, vertical tab, form feed, return. */
    private static boolean isAsciiSpace(int c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** "U.S.", "Inc.": a full stop right after one of these ends an abbreviation, not a clause. */
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:^|[^\\p{L}\\p{N}])(?:\\p{L}{1,2}(?:\\.\\p{L}{1,2})+|inc|corp|co|ltd|jr|st|no|dr|mr|ms|bros)$",
            Pattern.CASE_INSENSITIVE);

    private static boolean endsAbbreviation(String text, int dot) {
        return ABBREVIATION.matcher(text).region(Math.max(0, dot - 12), dot).useTransparentBounds(true).find();
    }

    boolean overlaps(int from, int to) {
        return from < end && to > start;
    }

    /** Clause punctuation stops every search for a party or a context word. */
    boolean isClausePunctuation(String text) {
        if (word) {
            return false;
        }
        char c = text.charAt(start);
        if (c == '.') {
            return !endsAbbreviation(text, start);
        }
        if (c == ',') {
            return !betweenDigits(text, start);
        }
        return c == ';' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']' || c == '!' || c == '?';
    }

    /** "9,3 millions", "1,500": a comma with a digit on each side is part of a number, not clause punctuation. */
    private static boolean betweenDigits(String text, int comma) {
        return comma > 0 && comma + 1 < text.length() && Character.isDigit(text.charAt(comma - 1))
                && Character.isDigit(text.charAt(comma + 1));
    }
}
