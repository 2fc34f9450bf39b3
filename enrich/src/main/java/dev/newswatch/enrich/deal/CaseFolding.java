package dev.newswatch.enrich.deal;

import java.util.regex.Pattern;

/**
 * Lower-cases text once per article so that every pattern of this package runs without case folding per
 * match: character by character with {@link Character#toLowerCase(char)}, which uses no locale (a Turkish
 * JVM still lowers "I" to "i") and never changes the length, so offsets found in the lowered text are
 * offsets in the original. Hyphens that news sites write as U+2010 or U+2011 become plain hyphens and no-break
 * spaces plain spaces, and a backtick between letters an apostrophe, one character for one. Stateless.
 */
final class CaseFolding {

    private CaseFolding() {
    }

    static String lower(String text) {
        return lower(text, null);
    }

    /** As {@link #lower(String)}, with the function words that wrap a line ({@link SentenceSplitter#softWrap}). */
    static String lower(String text, Pattern lineWrapWord) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c < 0x80) {
                // ASCII, most of every text: what Character.toLowerCase gives, without its table lookups
                chars[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                if (c == '`' && backtickApostrophe(text, i)) {
                    // old wire copy writes the apostrophe as a backtick ("l`acquisition"): an apostrophe here
                    chars[i] = '\'';
                }
                if (c == '\n' && SentenceSplitter.softWrap(text, i, lineWrapWord)) {
                    // a line break inside a sentence that goes on ("da\nparte di"): a space for the patterns
                    chars[i] = ' ';
                }
                continue;
            }
            // non-breaking and soft hyphens as news sites write "US\u2011Dollar": plain hyphens for the patterns
            chars[i] = c == '\u2010' || c == '\u2011' ? '-' : c == '\u00A0' ? ' ' : Character.toLowerCase(c);
        }
        return new String(chars);
    }

    /** A backtick with a letter on each side ("L`AG", "d`euros") stands for an apostrophe. */
    private static boolean backtickApostrophe(String text, int i) {
        return i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1))
                && Character.isLetter(text.charAt(i + 1));
    }
}
