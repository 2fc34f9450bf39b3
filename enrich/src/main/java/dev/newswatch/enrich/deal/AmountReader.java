package dev.newswatch.enrich.deal;

import dev.newswatch.core.model.Qualifier;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scale words for {@link MoneyParser}: reads the amount at one number, with the thousands word after it ("6 mil
 * 400 millones"), its scale word ("miliardi", "Mrd.", "bn"; the longest that matches), "-plus" ("US$300-plus
 * million" is more than that), filler words between number and scale ("un ulteriore miliardo") and the currency
 * written before or after it. Stateless.
 */
final class AmountReader {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);
    /** A number with a decimal comma and one or two decimals, and the space after it ("13,2 "). */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("(?<![\\d.,])\\d{1,3},\\d{1,2}[ \u00A0]+");

    private AmountReader() {
    }

    /**
     * The amount at {@code number} of {@code text} ({@link CaseFolding#lower(String)} of {@code original}); null
     * when the number is worth nothing, or is a number word with no scale after it. Its currency may still be null.
     */
    static RawAmount read(String original, String text, MoneyLexicon lexicon, MoneyNumbers.NumberToken number) {
        int numberStart = number.start();
        int numberEnd = number.end();
        boolean word = number.word();
        String raw = text.substring(numberStart, numberEnd);
        BigDecimal value = word
                ? lexicon.numberWordValue(raw)
                : MoneyNumbers.parse(raw, lexicon.decimalSeparator);
        // "000 millones" is the tail of "2 000 millones" in a language that does not group with spaces
        if (value == null || value.signum() == 0) {
            return null;
        }
        CurrencyReader.Written prefix = CurrencyReader.prefix(original, numberStart);
        if (!word && lexicon.thousandsWord != null) {
            Matcher thousands = lexicon.thousandsWord.matcher(text).region(numberEnd, text.length());
            thousands.useTransparentBounds(true);
            if (thousands.lookingAt() && isLargeScale(longestScale(text, lexicon, thousands.end()))) {
                value = value.multiply(THOUSAND).add(new BigDecimal(thousands.group(1)));
                numberEnd = thousands.end();
            }
        }
        int end = numberEnd;
        int scaleAt = numberEnd;
        MoneyLexicon.Scale scale = longestScale(text, lexicon, numberEnd);
        boolean plus = false;
        if (scale == null && lexicon.plus != null) {
            Matcher p = lexicon.plus.matcher(text).region(numberEnd, text.length());
            p.useTransparentBounds(true);
            if (p.lookingAt()) {
                scale = longestScale(text, lexicon, p.end());
                scaleAt = p.end();
                plus = scale != null;
            }
        }
        if (scale == null) {
            Matcher filler = lexicon.filler.matcher(text).region(numberEnd, text.length());
            filler.useTransparentBounds(true);
            if (filler.lookingAt()) {
                MoneyLexicon.Scale afterFiller = longestScale(text, lexicon, filler.end());
                if (afterFiller != null && !afterFiller.needsCurrency()) {
                    scale = afterFiller;
                    scaleAt = filler.end();
                }
            }
        }
        int afterScale = numberEnd;
        if (scale != null) {
            Matcher sm = scale.pattern().matcher(text).region(scaleAt, text.length());
            sm.useTransparentBounds(true);
            sm.lookingAt();
            afterScale = sm.end();
            if (!plus && lexicon.plus != null) {
                Matcher p = lexicon.plus.matcher(text).region(afterScale, text.length());
                p.useTransparentBounds(true);
                if (p.lookingAt()) {
                    plus = true;
                    afterScale = p.end();
                }
            }
            // "9,700 millones" is 9.7 billion, but "5,375 miliardi" is 5.375 billion: nobody counts thousands of billions
            if (!word && lexicon.commaGroupsBeforeScale && isLargeScale(scale) && scale.multiplier().compareTo(BILLION) < 0
                    && MoneyNumbers.isCommaGroup(raw) && !writesDecimalCommaBeforeScale(text, lexicon)) {
                value = MoneyNumbers.parse(raw.replace(",", ""), lexicon.decimalSeparator);
            }
        }
        CurrencyReader.Written suffix = null;
        if (prefix == null) {
            suffix = CurrencyReader.suffix(text, scale == null ? numberEnd : afterScale, scale != null || word);
            if (suffix == null && scale != null && scale.needsCurrency()) {
                suffix = CurrencyReader.suffix(text, numberEnd, false);
                scale = null;
            }
        }
        if (scale != null && scale.needsCurrency() && prefix == null && suffix == null) {
            scale = null;
        }
        if (word && scale == null) {
            return null;
        }
        Qualifier qualifier = Qualifier.EXACT;
        BigDecimal multiplier = null;
        if (scale != null) {
            if (plus) {
                qualifier = Qualifier.MORE_THAN;
            }
            multiplier = scale.multiplier();
            value = value.multiply(multiplier);
            end = afterScale;
        }
        String currency = prefix != null ? prefix.code() : null;
        if (prefix != null && "$".equals(original.substring(prefix.start(), prefix.end()).strip())) {
            // "$240 million CAD", "$50m Australian dollars": a bare dollar sign whose currency is written after
            CurrencyReader.Written after = CurrencyReader.suffix(text, end, false);
            String written = after == null ? "" : original.substring(after.start(), after.end()).strip();
            // a code ("CAD") or a dollar word, not a word that may be something else ("won")
            if (after != null && !after.code().equals(prefix.code())
                    && (written.equals(written.toUpperCase(Locale.ROOT))
                    || text.substring(after.start(), after.end()).contains("dollar"))) {
                suffix = after;
            }
        }
        if (suffix != null) {
            currency = suffix.code();
            end = suffix.end();
        } else if (currency == null && scale != null && scale.currency() != null) {
            // "40 mdd": the scale word also names the currency (millones de dólares)
            currency = scale.currency();
        }
        int start = prefix != null ? prefix.start() : numberStart;
        return new RawAmount(value, null, currency, scale != null, multiplier, start, end, qualifier);
    }

    /**
     * Whether the text writes a decimal comma with one or two decimals before a scale of millions or more ("13,2
     * millones", "2,5 miliardi"): its writer uses the comma as the decimal separator, so "9,488 millones" in it is 9.488
     * million, not 9.488 billion. Read only when a comma group stands before a scale, which is rare.
     */
    private static boolean writesDecimalCommaBeforeScale(String text, MoneyLexicon lexicon) {
        Matcher decimal = DECIMAL_COMMA.matcher(text);
        while (decimal.find()) {
            if (isLargeScale(longestScale(text, lexicon, decimal.end()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a scale makes millions or more: only those take a thousands word or comma groups before them. */
    private static boolean isLargeScale(MoneyLexicon.Scale scale) {
        return scale != null && scale.multiplier().compareTo(MILLION) >= 0;
    }

    /** The scale word at {@code at} with the longest match; null when there is none. */
    private static MoneyLexicon.Scale longestScale(String text, MoneyLexicon lexicon, int at) {
        MoneyLexicon.Scale best = null;
        int bestEnd = -1;
        for (MoneyLexicon.Scale scale : lexicon.scales) {
            // most places begin no scale word: skip the matcher (made per scale) where none can begin
            if (at < text.length() && !scale.starts().mayStart(text.charAt(at))) {
                continue;
            }
            Matcher m = scale.pattern().matcher(text).region(at, text.length());
            m.useTransparentBounds(true);
            if (m.lookingAt() && m.end() > bestEnd) {
                best = scale;
                bestEnd = m.end();
            }
        }
        return best;
    }
}
