package dev.newswatch.enrich.deal;

import dev.newswatch.enrich.match.KeywordMatcher;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Number reading for {@link MoneyParser}: where numbers written in digits ("1.400", "6,6", "1 400" in French) or
 * as number words ("un", "eine", "mil") start in a text, and what digits written with a language's separators
 * are worth. Stateless.
 */
final class MoneyNumbers {

    private static final Pattern NUMBER = number("[.,\\u00A0\\u202F\\u2009]");
    /** French also groups thousands with a plain space: "1 400 milliards". */
    private static final Pattern NUMBER_WITH_SPACE_GROUPS = number("[., \\u00A0\\u202F\\u2009]");
    /** The spaces that group thousands, dropped before a number is read. */
    private static final Pattern GROUP_SPACES = Pattern.compile("[ \\u00A0\\u202F\\u2009]");

    /** A number in the text: digits, or a number word ({@code word}) that stands before a scale word. */
    record NumberToken(int start, int end, boolean word) {
    }

    private MoneyNumbers() {
    }

    /** Used only where a number may start: at a word start, or right after a currency code ("USD1.5 billion"). */
    private static Pattern number(String groupSeparator) {
        return Pattern.compile("(?:\\d{1,3}(?:" + groupSeparator + "\\d{3})+(?:[.,]\\d+)?"
                + "|\\d+(?:[.,]\\d+)?)(?![\\p{N}])");
    }

    /**
     * The numbers of {@code text} ({@link CaseFolding#lower(String)} of {@code original}), by start and, at one
     * start, longest first.
     */
    static List<NumberToken> find(String original, String text, MoneyLexicon lexicon) {
        List<NumberToken> numbers = new ArrayList<>();
        Matcher m = (lexicon.spaceGroups ? NUMBER_WITH_SPACE_GROUPS : NUMBER).matcher(text);
        Matcher w = lexicon.numberWords.matcher(text);
        m.useTransparentBounds(true);
        w.useTransparentBounds(true);
        // Matching only where a word starts is much faster than find() over every character. A word starts at a
        // letter or digit that does not follow one (WordStarts.isWordStart), tested once per character here.
        boolean afterLetterOrDigit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean letterOrDigit = KeywordMatcher.isWordChar(c); // Character.isLetterOrDigit, ASCII from a table
            boolean wordStart = letterOrDigit && !afterLetterOrDigit;
            afterLetterOrDigit = letterOrDigit;
            if (!wordStart && !(c >= '0' && c <= '9' && afterCurrencyCode(original, i))) {
                continue;
            }
            if (Character.isDigit(c)) {
                m.region(i, text.length());
                if (m.lookingAt()) {
                    numbers.add(new NumberToken(m.start(), m.end(), false));
                }
            } else if (lexicon.startsNumberWord(text, i)) {
                w.region(i, text.length());
                if (w.lookingAt()) {
                    numbers.add(new NumberToken(w.start(), w.end(), true));
                }
            }
        }
        numbers.sort(Comparator.comparingInt(NumberToken::start).thenComparingInt(n -> -n.end()));
        return numbers;
    }

    /**
     * "USD1.5 billion", "u$s230 millones": a digit right after a letter starts a number only when the letters are a
     * currency code (in any case: the Argentine "u$s" is often written in lower case).
     */
    private static boolean afterCurrencyCode(String original, int i) {
        return i > 0 && Character.isLetter(original.charAt(i - 1)) && CurrencyReader.prefix(original, i) != null;
    }

    /**
     * Reads digits written with the language's separators: when both "." and "," occur the last one is
     * the decimal point; a separator that occurs several times groups thousands; a single one is decimal
     * when it is the language's decimal separator, and otherwise groups thousands when exactly three digits
     * follow it ("1.400" in Italian, "1,400" in English). Null when the digits do not make a number.
     */
    static BigDecimal parse(String raw, char decimalSeparator) {
        String s = GROUP_SPACES.matcher(raw).replaceAll("");
        int dots = count(s, '.');
        int commas = count(s, ',');
        String digits;
        if (dots > 0 && commas > 0) {
            char decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
            char group = decimal == '.' ? ',' : '.';
            digits = s.replace(String.valueOf(group), "").replace(decimal, '.');
        } else if (dots + commas == 0) {
            digits = s;
        } else {
            char separator = dots > 0 ? '.' : ',';
            int afterSeparator = s.length() - s.lastIndexOf(separator) - 1;
            boolean grouping = dots + commas > 1 || (separator != decimalSeparator && afterSeparator == 3);
            digits = grouping ? s.replace(String.valueOf(separator), "") : s.replace(separator, '.');
        }
        try {
            return new BigDecimal(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "9,700": one comma followed by exactly three digits, nothing else but digits. */
    static boolean isCommaGroup(String raw) {
        int comma = raw.indexOf(',');
        if (comma < 1 || comma > 3 || raw.length() - comma != 4) {
            return false;
        }
        for (int i = 0; i < raw.length(); i++) {
            if (i != comma && !Character.isDigit(raw.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
