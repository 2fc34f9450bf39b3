package dev.newswatch.enrich.deal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The currency rule of {@link MoneyParser}: an amount with a scale but no currency ("10 miliardi") takes the
 * currency of the nearest amount with one in its sentence, or else that of the last amount with one before it in
 * the text ("Weitere fünf Milliarden" after "3 Milliarden Euro" in an earlier sentence), or, on a page where no amount
 * has one, the language's usual currency right after a deal word ({@link MoneyLexicon#defaultCurrency}), unless a noun
 * after it says what is being counted ("10 million users"). Stateless.
 */
final class CurrencyInheritance {

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "and", "or", "in", "from", "by", "to", "for", "at", "with", "e", "ed", "o", "da", "per", "con", "nel",
            "nella", "a", "und", "oder", "von", "für", "mit", "im", "bis", "et", "ou", "en", "pour", "avec", "y",
            "por", "para", "à", "nei", "dal", "dalla", "into", "zu", "par", "ya", "già", "bereits", "déjà", "dans", "sur",
            "über", "auf", "sobre", "al", "alla", "allo", "ai", "au", "aux");

    /** "il round da 9 miliardi di Zentrix": "of" and a name after it own the money; it counts nothing. */
    private static final Set<String> GENITIVES = Set.of("di", "de", "del", "della", "dello", "du");

    /** How far before a bare amount a deal word of {@link MoneyLexicon#defaultCurrencyCue} may begin. */
    private static final int DEAL_CUE_WINDOW = 60;
    /** How far from a bare amount "in euros" may stand and still name its currency. */
    private static final int NAMED_CURRENCY_WINDOW = 40;
    /** "in" or "en" and a currency word (group 1), right after an amount. */
    private static final Pattern IN_CURRENCY_AFTER = Pattern.compile(
            "[ \\u00A0]+(?:in|en)[ \\u00A0]+(\\p{L}+)(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * "in" or "en" and a currency word (group 1), then at most four words and no digit, ending where the amount
     * begins.
     */
    private static final Pattern IN_CURRENCY_BEFORE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:in|en)[ \\u00A0]+(\\p{L}+)(?:[ \\u00A0,]+[\\p{L}'’]+){0,4}[ \\u00A0]*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private CurrencyInheritance() {
    }

    /**
     * Gives the amounts without a currency theirs, in place, and removes those that get none. {@code split} gives
     * the sentences of {@code text} and is called only when an amount needs them.
     */
    static void inherit(String text, MoneyLexicon lexicon, List<RawAmount> amounts, Supplier<List<Sentence>> split) {
        List<Sentence> sentences = null;
        RawAmount lastExplicit = null;
        boolean pageHasCurrency = amounts.stream().anyMatch(a -> a.currency() != null);
        for (int a = 0; a < amounts.size(); a++) {
            RawAmount amount = amounts.get(a);
            if (amount.currency() != null) {
                lastExplicit = amount;
                continue;
            }
            if (sentences == null) {
                sentences = split.get();
            }
            if (followedByContentWord(text, lexicon, amount.end())) {
                continue;
            }
            String named = namedCurrency(text, amount, a == 0 ? 0 : amounts.get(a - 1).end());
            if (named != null) {
                // "which in euros is about 1.5 billion", "que en euros son unos 1.500 millones",
                // "1,5 milliard en euros"
                amounts.set(a, amount.withCurrency(named));
                continue;
            }
            Sentence sentence = sentenceOf(sentences, amount.start());
            RawAmount nearest = null;
            // amounts that inherited a currency earlier in this loop count as having one
            for (RawAmount other : amounts) {
                if (other.currency() != null && sentence != null && sentence.contains(other.start())
                        && (nearest == null
                            || Math.abs(other.start() - amount.start()) < Math.abs(nearest.start() - amount.start()))) {
                    nearest = other;
                }
            }
            if (nearest == null) {
                nearest = lastExplicit;
            }
            if (nearest != null) {
                amounts.set(a, amount.withCurrency(nearest.currency()));
            } else if (!pageHasCurrency && lexicon.defaultCurrencyCue != null
                    && lexicon.defaultCurrencyCue.matcher(text).useTransparentBounds(true)
                            .region(Math.max(a == 0 ? 0 : amounts.get(a - 1).end(), amount.start() - DEAL_CUE_WINDOW),
                                    amount.start()).find()) {
                // no currency anywhere on the page, and the amount is what a deal word tells: "un round da 7 milioni",
                // "sammelt 5 Millionen ein", "lève 3 millions"; the language's usual currency
                amounts.set(a, amount.withCurrency(lexicon.defaultCurrency));
            }
        }
        amounts.removeIf(a -> a.currency() == null);
    }

    /**
     * The currency a bare amount is told in by "in" or "en" and a currency word: right after it ("1,5 milliard en
     * euros") or a few words before it, after the amount before it ("which in euros is about 1.5 billion", "che in
     * euro sono circa 1,5 miliardi", "das sind in Euro rund 1,5 Milliarden"). Null when none is named.
     */
    private static String namedCurrency(String text, RawAmount amount, int previousEnd) {
        Matcher after = IN_CURRENCY_AFTER.matcher(text).region(amount.end(), Math.min(text.length(),
                amount.end() + NAMED_CURRENCY_WINDOW));
        if (after.lookingAt()) {
            return currencyOf(text, after.start(1), after.end(1));
        }
        int from = Math.max(previousEnd, amount.start() - NAMED_CURRENCY_WINDOW);
        Matcher before = IN_CURRENCY_BEFORE.matcher(text).region(from, amount.start());
        if (before.find()) {
            return currencyOf(text, before.start(1), before.end(1));
        }
        return null;
    }

    private static String currencyOf(String text, int start, int end) {
        Matcher m = MoneyLexicon.SUFFIX_CURRENCIES.matcher(text.substring(start, end).toLowerCase(Locale.ROOT));
        return m.matches() ? MoneyLexicon.suffixCode(m) : null;
    }

    private static Sentence sentenceOf(List<Sentence> sentences, int offset) {
        for (Sentence sentence : sentences) {
            if (sentence.contains(offset)) {
                return sentence;
            }
        }
        return null;
    }

    private static boolean followedByContentWord(String text, MoneyLexicon lexicon, int end) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i++;
        }
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        if (j == i) {
            return false;
        }
        String word = text.substring(i, j).toLowerCase(Locale.ROOT);
        if (lexicon.nounsCapitalised && !Character.isUpperCase(text.charAt(i))) {
            // "fünf Milliarden sollen" is money, and "80 Milliarden in OpenAI"; "1 Mio. humanoide Roboter" counts robots
            return !FUNCTION_WORDS.contains(word) && startsCapitalisedWord(text, j);
        }
        int from = i;
        if (lexicon.moreWords.stream().anyMatch(more -> text.regionMatches(true, from, more, 0, more.length())
                && (from + more.length() == text.length() || !Character.isLetter(text.charAt(from + more.length()))))) {
            return false;
        }
        if (GENITIVES.contains(word) && startsName(text, j)) {
            return false;
        }
        return !FUNCTION_WORDS.contains(word)
                && (lexicon.participleAfterAmount == null || !lexicon.participleAfterAmount.matcher(word).matches());
    }

    /**
     * Whether a name follows {@code from} after spaces: a capital letter and then a lower-case one within the word
     * ("OpenAI", "Mistral"); an acronym alone ("GPU") is more often a thing counted.
     */
    private static boolean startsName(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i++;
        }
        if (i == from || i >= text.length() || !Character.isUpperCase(text.charAt(i))) {
            return false;
        }
        for (int k = i + 1; k < text.length() && Character.isLetter(text.charAt(k)); k++) {
            if (Character.isLowerCase(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsCapitalisedWord(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i++;
        }
        return i > from && i < text.length() && Character.isUpperCase(text.charAt(i));
    }
}
