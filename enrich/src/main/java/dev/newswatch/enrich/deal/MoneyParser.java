package dev.newswatch.enrich.deal;

import dev.newswatch.core.model.Qualifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
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
 * that says what is being counted ("10 million users"); with no such amount in the sentence it is not
 * reported, whatever the language, because guessing dollars would turn counts into money. Plain numbers
 * without scale or currency ("2019", "15%") are never money.
 *
 * <p>Stateless and thread-safe; the result is sorted by position and never null.
 */
public final class MoneyParser {

    private static final String SP = MoneyLexicon.SP;
    private static final Pattern NUMBER = number("[.,\\u00A0\\u202F\\u2009]");
    /** French also groups thousands with a plain space: "1 400 milliards". */
    private static final Pattern NUMBER_WITH_SPACE_GROUPS = number("[., \\u00A0\\u202F\\u2009]");
    private static final Pattern DASH = Pattern.compile(SP + "*[-–—]" + SP + "*");
    private static final Pattern CONNECTOR = Pattern.compile(
            SP + "?(?:di|de|del|d['’])" + SP + "?");
    private static final Pattern OPTIONAL_SPACE = Pattern.compile(SP + "?");
    /** Between a scale and its currency: "10 milliards de", "29-Milliarden-Dollar-Anleihe". */
    private static final Pattern OPTIONAL_SPACE_OR_HYPHEN = Pattern.compile("(?:" + SP + "|-)?");
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "and", "or", "in", "from", "by", "to", "for", "at", "with", "e", "ed", "o", "da", "per", "con", "nel",
            "nella", "a", "und", "oder", "von", "für", "mit", "im", "bis", "et", "ou", "en", "pour", "avec", "y",
            "por", "para", "à", "nei", "dal", "dalla", "into", "zu", "par", "ya", "già", "bereits", "déjà");
    private static final int QUALIFIER_WINDOW = 60;
    private static final int PREFIX_WINDOW = 8;

    private final SentenceSplitter splitter = new SentenceSplitter();

    /** Used only where a number may start: at a word start, or right after a currency code ("USD1.5 billion"). */
    private static Pattern number(String groupSeparator) {
        return Pattern.compile("(?:\\d{1,3}(?:" + groupSeparator + "\\d{3})+(?:[.,]\\d+)?"
                + "|\\d+(?:[.,]\\d+)?)(?![\\p{N}])");
    }

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
        List<Atom> atoms = mergeRanges(lower, lexicon, atoms(text, lower, lexicon));
        if (atoms.isEmpty()) {
            return List.of();
        }
        atoms.removeIf(a -> a.currency == null && !a.hasScale);
        inheritCurrencies(text, lexicon, atoms, sentences);
        List<MoneyMention> mentions = new ArrayList<>();
        for (Atom atom : atoms) {
            if (atom.currency != null) {
                mentions.add(qualify(text, lower, lexicon, atom));
            }
        }
        return List.copyOf(mentions);
    }

    /** A number with what was found around it; mutable while the parse is in progress. */
    private static final class Atom {
        BigDecimal value;
        BigDecimal high;
        String currency;
        boolean hasScale;
        BigDecimal scale;
        int start;
        int end;
        Qualifier qualifier = Qualifier.EXACT;
    }

    private List<Atom> atoms(String original, String text, MoneyLexicon lexicon) {
        List<int[]> numbers = new ArrayList<>();
        Matcher m = (lexicon.spaceGroups ? NUMBER_WITH_SPACE_GROUPS : NUMBER).matcher(text);
        Matcher w = lexicon.numberWords.matcher(text);
        m.useTransparentBounds(true);
        w.useTransparentBounds(true);
        // Matching only where a word starts is much faster than find() over every character. A word starts at a
        // letter or digit that does not follow one (WordStarts.isWordStart), tested once per character here.
        boolean afterLetterOrDigit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean letterOrDigit = (c >= 'a' && c <= 'z') || Character.isLetterOrDigit(c);
            boolean wordStart = letterOrDigit && !afterLetterOrDigit;
            afterLetterOrDigit = letterOrDigit;
            if (!wordStart && !(c >= '0' && c <= '9' && afterCurrencyCode(original, i))) {
                continue;
            }
            if (Character.isDigit(c)) {
                m.region(i, text.length());
                if (m.lookingAt()) {
                    numbers.add(new int[] {m.start(), m.end(), 0});
                }
            } else if (lexicon.startsNumberWord(text, i)) {
                w.region(i, text.length());
                if (w.lookingAt()) {
                    numbers.add(new int[] {w.start(), w.end(), 1});
                }
            }
        }
        numbers.sort(Comparator.<int[]>comparingInt(n -> n[0]).thenComparingInt(n -> -n[1]));
        List<Atom> atoms = new ArrayList<>();
        int lastEnd = -1;
        for (int[] number : numbers) {
            if (number[0] < lastEnd) {
                continue;
            }
            Atom atom = atom(original, text, lexicon, number[0], number[1], number[2] == 1);
            if (atom != null) {
                atoms.add(atom);
                lastEnd = atom.end;
            }
        }
        return atoms;
    }

    /** "USD1.5 billion": a digit right after a letter starts a number only when the letters are a currency code. */
    private static boolean afterCurrencyCode(String original, int i) {
        return i > 0 && Character.isUpperCase(original.charAt(i - 1)) && prefix(original, i, new Atom()) >= 0;
    }

    private Atom atom(String original, String text, MoneyLexicon lexicon, int numberStart, int numberEnd,
                      boolean word) {
        String raw = text.substring(numberStart, numberEnd);
        BigDecimal value = word
                ? lexicon.numberWordValue(raw)
                : parseNumber(raw, lexicon.decimalSeparator);
        // "000 millones" is the tail of "2 000 millones" in a language that does not group with spaces
        if (value == null || value.signum() == 0) {
            return null;
        }
        Atom atom = new Atom();
        atom.start = numberStart;
        int prefixStart = prefix(original, numberStart, atom);
        if (!word && lexicon.thousandsWord != null) {
            Matcher thousands = lexicon.thousandsWord.matcher(text).region(numberEnd, text.length());
            thousands.useTransparentBounds(true);
            if (thousands.lookingAt() && isLargeScale(longestScale(text, lexicon, thousands.end()))) {
                value = value.multiply(THOUSAND).add(new BigDecimal(thousands.group(1)));
                numberEnd = thousands.end();
            }
        }
        atom.end = numberEnd;
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
            if (!word && lexicon.commaGroupsBeforeScale && isLargeScale(scale) && isCommaGroup(raw)) {
                value = parseNumber(raw.replace(",", ""), lexicon.decimalSeparator);
            }
        }
        int suffixEnd = -1;
        String suffixCurrency = null;
        if (atom.currency == null) {
            int[] found = new int[1];
            suffixCurrency = suffix(text, scale == null ? numberEnd : afterScale, scale != null || word, found);
            suffixEnd = found[0];
            if (suffixCurrency == null && scale != null && scale.needsCurrency()) {
                suffixCurrency = suffix(text, numberEnd, false, found);
                suffixEnd = found[0];
                scale = null;
            }
        }
        if (scale != null && scale.needsCurrency() && atom.currency == null && suffixCurrency == null) {
            scale = null;
        }
        if (word && scale == null) {
            return null;
        }
        if (scale != null) {
            if (plus) {
                atom.qualifier = Qualifier.MORE_THAN;
            }
            atom.hasScale = true;
            atom.scale = scale.multiplier();
            value = value.multiply(scale.multiplier());
            atom.end = afterScale;
        }
        if (suffixCurrency != null) {
            atom.currency = suffixCurrency;
            atom.end = suffixEnd;
        }
        if (prefixStart >= 0) {
            atom.start = prefixStart;
        }
        atom.value = value;
        return atom;
    }

    private static boolean isLargeScale(MoneyLexicon.Scale scale) {
        return scale != null && scale.multiplier().compareTo(MILLION) >= 0;
    }

    /** "9,700": one comma followed by exactly three digits, nothing else but digits. */
    private static boolean isCommaGroup(String raw) {
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

    /** Looks for a currency symbol or code right before the number; returns its start or -1. */
    private static int prefix(String text, int numberStart, Atom atom) {
        int last = numberStart - 1;
        if (last >= 0 && MoneyLexicon.isSpace(text.charAt(last))) {
            last--;
        }
        if (last < 0 || !mayEndPrefix(text.charAt(last))) {
            return -1;
        }
        int windowStart = Math.max(0, numberStart - PREFIX_WINDOW);
        for (int from = windowStart; from < numberStart; from++) {
            // a symbol may be glued to the word before it ("a staggering$2 billion"), a code may not
            if (from > 0 && Character.isLetterOrDigit(text.charAt(from - 1))
                    && (Character.isDigit(text.charAt(from - 1)) || Character.isLetterOrDigit(text.charAt(from)))) {
                continue;
            }
            String candidate = text.substring(from, numberStart);
            for (MoneyLexicon.CurrencyWord currency : MoneyLexicon.PREFIX_CURRENCIES) {
                Matcher m = currency.pattern().matcher(candidate);
                if (m.lookingAt() && OPTIONAL_SPACE.matcher(candidate.substring(m.end())).matches()) {
                    atom.currency = currency.code();
                    return from;
                }
            }
        }
        return -1;
    }

    /** Currency prefixes end with a symbol, an upper-case code letter or the dot of "Rs.". */
    private static boolean mayEndPrefix(char c) {
        return "$€£¥₹₩.".indexOf(c) >= 0 || (Character.isLetter(c) && Character.isUpperCase(c));
    }

    private static MoneyLexicon.Scale longestScale(String text, MoneyLexicon lexicon, int at) {
        MoneyLexicon.Scale best = null;
        int bestEnd = -1;
        for (MoneyLexicon.Scale scale : lexicon.scales) {
            Matcher m = scale.pattern().matcher(text).region(at, text.length());
            m.useTransparentBounds(true);
            if (m.lookingAt() && m.end() > bestEnd) {
                best = scale;
                bestEnd = m.end();
            }
        }
        return best;
    }

    /** The currency written at {@code at} (after optional space and, when allowed, "di"/"de"/"d'"). */
    private static String suffix(String text, int at, boolean connectorAllowed, int[] end) {
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
                end[0] = m.end();
                return MoneyLexicon.suffixCode(m);
            }
        }
        return null;
    }

    private static List<Atom> mergeRanges(String text, MoneyLexicon lexicon, List<Atom> atoms) {
        List<Atom> merged = new ArrayList<>();
        int i = 0;
        while (i < atoms.size()) {
            Atom low = atoms.get(i);
            if (i + 1 < atoms.size()) {
                Atom high = atoms.get(i + 1);
                int rangeStart = rangeStart(text, lexicon, low, high);
                if (rangeStart >= 0 && (high.hasScale || high.currency != null)) {
                    Atom range = range(low, high, rangeStart);
                    if (range != null) {
                        merged.add(range);
                        i += 2;
                        continue;
                    }
                }
            }
            merged.add(low);
            i++;
        }
        return merged;
    }

    /** Where the range made of {@code low} and {@code high} starts, or -1 when they are not a range. */
    private static int rangeStart(String text, MoneyLexicon lexicon, Atom low, Atom high) {
        String gap = text.substring(low.end, high.start);
        if (DASH.matcher(gap).matches()) {
            return low.start;
        }
        String before = text.substring(Math.max(0, low.start - QUALIFIER_WINDOW), low.start);
        for (MoneyLexicon.RangeWords words : lexicon.ranges) {
            if (words.connector().matcher(gap).matches()) {
                Matcher start = words.start().matcher(before);
                if (start.find()) {
                    return low.start - before.length() + start.start();
                }
            }
        }
        return -1;
    }

    private static Atom range(Atom low, Atom high, int start) {
        BigDecimal lowValue = low.value;
        if (!low.hasScale && high.hasScale) {
            lowValue = lowValue.multiply(high.scale);
        }
        if (lowValue.compareTo(high.value) > 0) {
            return null;
        }
        Atom range = new Atom();
        range.value = lowValue;
        range.high = high.value;
        range.currency = low.currency != null ? low.currency : high.currency;
        range.hasScale = low.hasScale || high.hasScale;
        range.scale = high.scale;
        range.start = start;
        range.end = high.end;
        range.qualifier = Qualifier.BETWEEN;
        return range;
    }

    /**
     * An amount with a scale but no currency takes the currency of the nearest amount with one in its sentence, or
     * else that of the last amount with one before it in the text ("Weitere fünf Milliarden" after "3 Milliarden
     * Euro" in an earlier sentence), unless a noun says what is being counted.
     */
    private static void inheritCurrencies(String text, MoneyLexicon lexicon, List<Atom> atoms,
                                          Supplier<List<Sentence>> split) {
        List<Sentence> sentences = null;
        Atom lastExplicit = null;
        for (Atom atom : atoms) {
            if (atom.currency != null) {
                lastExplicit = atom;
                continue;
            }
            if (sentences == null) {
                sentences = split.get();
            }
            if (followedByContentWord(text, lexicon, atom.end)) {
                continue;
            }
            Sentence sentence = sentenceOf(sentences, atom.start);
            Atom nearest = null;
            for (Atom other : atoms) {
                if (other.currency != null && sentence != null && sentence.contains(other.start)
                        && (nearest == null
                            || Math.abs(other.start - atom.start) < Math.abs(nearest.start - atom.start))) {
                    nearest = other;
                }
            }
            if (nearest == null) {
                nearest = lastExplicit;
            }
            if (nearest != null) {
                atom.currency = nearest.currency;
            }
        }
        atoms.removeIf(a -> a.currency == null);
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
        if (lexicon.nounsCapitalised && !Character.isUpperCase(text.charAt(i))) {
            // "fünf Milliarden sollen" is money; "1 Mio. humanoide Roboter" counts robots
            return startsCapitalisedWord(text, j);
        }
        return !FUNCTION_WORDS.contains(text.substring(i, j).toLowerCase(Locale.ROOT));
    }

    private static boolean startsCapitalisedWord(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i++;
        }
        return i > from && i < text.length() && Character.isUpperCase(text.charAt(i));
    }

    private static MoneyMention qualify(String original, String text, MoneyLexicon lexicon, Atom atom) {
        int start = atom.start;
        int end = atom.end;
        Qualifier qualifier = atom.qualifier;
        if (qualifier != Qualifier.BETWEEN) {
            String before = text.substring(Math.max(0, start - QUALIFIER_WINDOW), start);
            int best = -1;
            Matcher m = lexicon.qualifiers.matcher(before);
            if (m.find()) {
                best = m.start();
                for (int g = 0; g < lexicon.qualifierOfGroup.size(); g++) {
                    if (m.group("q" + g) != null) {
                        qualifier = lexicon.qualifierOfGroup.get(g);
                        break;
                    }
                }
            }
            if (best >= 0 && governedByNoun(original, lexicon, start - before.length() + best, start)) {
                qualifier = Qualifier.EXACT;
                best = -1;
            }
            if (best >= 0) {
                start = start - before.length() + best;
            } else {
                Matcher orMore = MoneyLexicon.OR_MORE.matcher(text).region(end, text.length());
                orMore.useTransparentBounds(true);
                if (orMore.lookingAt()) {
                    qualifier = Qualifier.AT_LEAST;
                    end = orMore.end();
                }
            }
        }
        return new MoneyMention(atom.value, atom.high, atom.currency, qualifier, start, end);
    }

    /** "ein Deal über 6,5 Mrd.": the qualifier word follows a capitalised noun that is not the first word. */
    private static boolean governedByNoun(String text, MoneyLexicon lexicon, int phraseStart, int amountStart) {
        if (lexicon.exactAfterNoun == null
                || !lexicon.exactAfterNoun.matcher(CaseFolding.lower(text.substring(phraseStart, amountStart)))
                        .matches()) {
            return false;
        }
        int e = phraseStart;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int s = e;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '-')) {
            s--;
        }
        if (s == e || !Character.isUpperCase(text.charAt(s))) {
            return false;
        }
        int p = s;
        while (p > 0 && Character.isWhitespace(text.charAt(p - 1))) {
            p--;
        }
        return p > 0 && ".!?\n:;".indexOf(text.charAt(p - 1)) < 0;
    }

    /**
     * Reads digits written with the language's separators: when both "." and "," occur the last one is
     * the decimal point; a separator that occurs several times groups thousands; a single one is decimal
     * when it is the language's decimal separator, and otherwise groups thousands when exactly three digits
     * follow it ("1.400" in Italian, "1,400" in English).
     */
    static BigDecimal parseNumber(String raw, char decimalSeparator) {
        String s = raw.replaceAll("[ \\u00A0\\u202F\\u2009]", "");
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
