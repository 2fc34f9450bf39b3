package dev.newswatch.enrich.deal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Finds amounts of money in news text written in English, Italian, German, French or Spanish.
 *
 * <p>Understands currency symbols and codes before the number ({@code $10bn}, {@code US$2 billion},
 * {@code USD 2bn}, {@code €600m}, {@code £1bn}, {@code ¥}, {@code CHF}), currency words after it
 * ({@code 10 miliardi di dollari}, {@code 3,2 Milliarden Euro}, {@code 1,3 milliard d'euros},
 * {@code 15.700 millones de euros}), each language's separators ({@code 1.400 miliardi} is 1400 billion in
 * Italian, {@code 6,6} is six point six) and scales (German and French "Billion(en)" and Spanish "billón"
 * are 10^12; Spanish "mil millones" is 10^9), a few number words ("un miliardo", "eine Milliarde",
 * "mil millones", "mille miliardi"), qualifiers before the amount ("oltre", "mehr als", "up to", "près de",
 * "más de", "potrebbe superare i") or after it ("or more"), and ranges ("between $1bn and $2bn",
 * "tra 8 e 10 miliardi di dollari", "$1-2 billion").
 *
 * <p>Currency rule: an amount with a scale word but no currency ("10 miliardi") takes the currency of the
 * nearest amount with an explicit currency in the same sentence, provided the next word is not a noun
 * that says what is being counted ("10 million users"); with no such amount in the sentence it takes that of the
 * last one before it, and on a page where no amount has a currency it takes the language's usual one (euro in
 * Italian, German, French and Spanish; none in English) only right after a deal word ("un round da 7 milioni");
 * otherwise it is not reported, because guessing would turn counts into money. Plain numbers without scale or
 * currency ("2019", "15%") are never money.
 *
 * <p>The reading is split along these concepts: {@link MoneyNumbers} finds and reads numbers, {@link AmountReader}
 * their scale words, {@link CurrencyReader} the currency written around them, {@link MoneyRanges} ranges,
 * {@link CurrencyInheritance} the currency rule above and {@link MoneyQualifiers} the qualifiers; amounts in
 * progress are {@link RawAmount}s.
 *
 * <p>Stateless and thread-safe; the result is sorted by position and never null.
 */
public final class MoneyParser {

    private static final Pattern HYPHENATED_CURRENCY = Pattern.compile(
            "(?:thousand|million|billion|trillion)-(?:dollar|euro|pound|yen)s?$");

    private final SentenceSplitter splitter = new SentenceSplitter();

    /**
     * Every amount of money in {@code text}.
     *
     * @param text     the text; not null
     * @param language ISO 639-1 code ("en", "it", "de", "fr", "es"); null or another code reads as English
     * @return the amounts in text order; never null
     */
    public List<MoneyMention> find(String text, String language) {
        Objects.requireNonNull(text, "text");
        return find(text, CaseFolding.lower(text), language, () -> splitter.split(text));
    }

    /**
     * {@link #find(String, String)} for a caller that has already lowered the text or may need its sentences too
     * (the deal extractor): {@code lower} is {@link CaseFolding#lower(String)} of {@code text}, {@code sentences}
     * gives the sentences of {@code text} and is called only when an amount without a currency needs them.
     */
    List<MoneyMention> find(String text, String lower, String language, Supplier<List<Sentence>> sentences) {
        MoneyLexicon lexicon = MoneyLexicon.forLanguage(language);
        List<RawAmount> amounts = MoneyRanges.merge(lower, lexicon, amounts(text, lower, lexicon));
        if (amounts.isEmpty()) {
            return List.of();
        }
        amounts.removeIf(a -> a.currency() == null && !a.hasScale());
        amounts.removeIf(a -> countsThings(lower, a));
        CurrencyInheritance.inherit(text, lexicon, amounts, sentences);
        List<MoneyMention> mentions = new ArrayList<>();
        for (RawAmount amount : amounts) {
            if (amount.currency() != null) {
                mentions.add(MoneyQualifiers.qualify(text, lower, lexicon, amount));
            }
        }
        return List.copyOf(mentions);
    }

    /**
     * "two billion-dollar exits": a number word before a scale joined to its currency by a hyphen counts things that
     * are each worth that much; it is no amount.
     */
    private static boolean countsThings(String lower, RawAmount amount) {
        String written = lower.substring(amount.start(), amount.end());
        return !written.isEmpty() && Character.isLetter(written.charAt(0))
                && HYPHENATED_CURRENCY.matcher(written).find()
                && amount.end() + 1 < lower.length() && lower.charAt(amount.end()) == ' '
                && Character.isLetter(lower.charAt(amount.end() + 1));
    }

    /** The amount at each number that makes one, skipping numbers inside the previous amount. */
    private static List<RawAmount> amounts(String original, String text, MoneyLexicon lexicon) {
        List<RawAmount> amounts = new ArrayList<>();
        int lastEnd = -1;
        for (MoneyNumbers.NumberToken number : MoneyNumbers.find(original, text, lexicon)) {
            if (number.start() < lastEnd) {
                continue;
            }
            RawAmount amount = AmountReader.read(original, text, lexicon, number);
            if (amount != null) {
                amounts.add(amount);
                lastEnd = amount.end();
            }
        }
        return amounts;
    }
}
