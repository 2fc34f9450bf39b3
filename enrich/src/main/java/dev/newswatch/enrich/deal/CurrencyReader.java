package dev.newswatch.enrich.deal;

import dev.newswatch.enrich.match.FirstChars;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Currency detection for {@link MoneyParser}: a symbol or code right before a number ("$", "US$", "USD ", "€")
 * and a currency word after a number or its scale ("dollari", "di dollari", "d'euros", "-Dollar"). The words are
 * those of {@link MoneyLexicon}. Stateless.
 */
final class CurrencyReader {

    private static final String SP = MoneyLexicon.SP;
    private static final Pattern CONNECTOR = Pattern.compile(SP + "?(?:di|de|del|d['’])" + SP + "?");
    private static final Pattern OPTIONAL_SPACE = Pattern.compile(SP + "?");
    /** Between a scale and its currency: "10 milliards de", "29-Milliarden-Dollar-Anleihe". */
    private static final Pattern OPTIONAL_SPACE_OR_HYPHEN = Pattern.compile("(?:" + SP + "|-)?");
    private static final int PREFIX_WINDOW = 8;
    /**
     * The characters each of {@link MoneyLexicon#PREFIX_CURRENCIES} can begin with, in its order: most places of the
     * window before a number begin none, and skip the matchers.
     */
    private static final FirstChars[] PREFIX_STARTS = MoneyLexicon.PREFIX_CURRENCIES.stream()
            .map(currency -> FirstChars.of(currency.pattern())).toArray(FirstChars[]::new);

    /** A currency written in the text: its ISO code and where its words start and end. */
    record Written(String code, int start, int end) {
    }

    private CurrencyReader() {
    }

    /** The currency symbol or code right before the number at {@code numberStart} of the original text, or null. */
    static Written prefix(String text, int numberStart) {
        int last = numberStart - 1;
        if (last >= 0 && MoneyLexicon.isSpace(text.charAt(last))) {
            last--;
        }
        if (last < 0 || !mayEndPrefix(text.charAt(last)) && !endsArgentineDollar(text, last) && !endsRupee(text, last)) {
            return null;
        }
        int windowStart = Math.max(0, numberStart - PREFIX_WINDOW);
        for (int from = windowStart; from < numberStart; from++) {
            // a symbol may be glued to the word before it ("a staggering$2 billion"), a code may not
            if (from > 0 && Character.isLetterOrDigit(text.charAt(from - 1))
                    && (Character.isDigit(text.charAt(from - 1)) || Character.isLetterOrDigit(text.charAt(from)))) {
                continue;
            }
            // the region hides the number and what follows from the patterns, as a substring up to it would
            char first = text.charAt(from);
            for (int k = 0; k < PREFIX_STARTS.length; k++) {
                if (!PREFIX_STARTS[k].mayStart(first)) {
                    continue;
                }
                MoneyLexicon.CurrencyWord currency = MoneyLexicon.PREFIX_CURRENCIES.get(k);
                Matcher m = currency.pattern().matcher(text).region(from, numberStart);
                if (m.lookingAt() && OPTIONAL_SPACE.matcher(text).region(m.end(), numberStart).matches()) {
                    return new Written(currency.code(), from, numberStart);
                }
            }
        }
        return null;
    }

    /** Currency prefixes end with a symbol, an upper-case code letter, the dot of "Rs." or the slash of "S/". */
    /** The lower-case "u$s" of the Argentine and Uruguayan press, which {@link #mayEndPrefix} does not let through. */
    private static boolean endsArgentineDollar(String text, int last) {
        return last > 0 && text.charAt(last) == 's' && text.charAt(last - 1) == '$';
    }

    /** The "Rs" of the Indian press ("Rs 350 crore"), a word of its own, without the dot that {@code mayEndPrefix} reads. */
    private static boolean endsRupee(String text, int last) {
        return last > 0 && text.charAt(last) == 's' && text.charAt(last - 1) == 'R'
                && (last < 2 || !Character.isLetterOrDigit(text.charAt(last - 2)));
    }

    private static boolean mayEndPrefix(char c) {
        return "$€£¥₹₩./".indexOf(c) >= 0 || (Character.isLetter(c) && Character.isUpperCase(c));
    }

    /**
     * The currency written at {@code at} of the lowered text, after optional space and, when
     * {@code connectorAllowed}, a hyphen or "di"/"de"/"d'"; null when there is none.
     */
    static Written suffix(String text, int at, boolean connectorAllowed) {
        List<Integer> starts = new ArrayList<>();
        Matcher space = (connectorAllowed ? OPTIONAL_SPACE_OR_HYPHEN : OPTIONAL_SPACE).matcher(text)
                .region(at, text.length());
        starts.add(space.lookingAt() ? space.end() : at);
        if (connectorAllowed) {
            Matcher connector = CONNECTOR.matcher(text).region(at, text.length());
            if (connector.lookingAt()) {
                starts.add(connector.end());
            }
        }
        Matcher m = MoneyLexicon.SUFFIX_CURRENCIES.matcher(text);
        m.useTransparentBounds(true);
        for (int start : starts) {
            m.region(start, text.length());
            if (m.lookingAt()) {
                return new Written(MoneyLexicon.suffixCode(m), at, m.end());
            }
        }
        return null;
    }
}
