package dev.newswatch.enrich.deal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word or a punctuation mark of a sentence, with its offsets in the article text. Elided articles
 * ("l'", "dell'", "d'") are words of their own so that "dell'azienda" reads as "dell'" + "azienda".
 */
record Token(int start, int end, boolean word) {

    private static final Pattern TOKEN = Pattern.compile(
            "\\p{L}+['’](?=\\p{L})|[\\p{L}\\p{N}]+(?:[-:.&'’][\\p{L}\\p{N}]+)*|\\S");

    static List<Token> of(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            tokens.add(new Token(m.start(), m.end(), Character.isLetterOrDigit(text.charAt(m.start()))));
        }
        return tokens;
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
        return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']'
                || c == '!' || c == '?';
    }
}
