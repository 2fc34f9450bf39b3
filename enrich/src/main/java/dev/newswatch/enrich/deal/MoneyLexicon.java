package dev.newswatch.enrich.deal;

import dev.newswatch.core.model.Qualifier;
import dev.newswatch.enrich.match.FirstChars;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one language writes amounts of money: decimal separator, scale words ("miliardi", "Mrd.", "bn"),
 * number words ("un", "eine", "mil"), qualifier phrases ("oltre", "bis zu") and range words ("tra ... e").
 * Currency words and symbols are shared by all languages. The words live in the {@code money} section of
 * {@code lexicon/<language>.yml} and in {@code lexicon/money.yml} next to this class, which document their keys;
 * the patterns are built from them once, when this class loads, failing with the file and key when one is
 * missing or does not compile. Immutable.
 */
final class MoneyLexicon {

    /** Spaces that may sit between a number and its scale or currency. */
    static final String SP = "[ \\u00A0\\u202F\\u2009]";
    /** 2^12 bits for the fingerprints of {@link #firstPairs}. */
    private static final int PAIR_BITS = 12;
    /** Most patterns are lower case and run on {@link CaseFolding#lower(String)} text. */
    private static final int FLAGS = 0;
    /** Currency prefixes run on the original text: "US$" and "USD" are upper case there. */
    private static final int PREFIX_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String NOT_LETTER_AFTER = "(?![\\p{L}\\p{N}])";

    /**
     * A scale word and its multiplier; {@code needsCurrency} for single letters such as "m" or "B"; {@code currency}
     * the ISO code of a scale word that also names its currency (Mexican "mdd", millones de dólares), else null;
     * {@code starts} the characters a match of {@code pattern} can begin with (it has no look-behind).
     */
    record Scale(Pattern pattern, BigDecimal multiplier, boolean needsCurrency, String currency, FirstChars starts) {
        Scale(Pattern pattern, BigDecimal multiplier, boolean needsCurrency, String currency) {
            this(pattern, multiplier, needsCurrency, currency, FirstChars.of(pattern));
        }
    }

    /** A currency word or symbol and its ISO 4217 code. */
    record CurrencyWord(Pattern pattern, String code) {
    }

    /** A range: the word before the low bound and the connectors allowed before the high bound. */
    record RangeWords(Pattern start, Pattern connector) {
    }

    /** The key of the money section in each language file. */
    static final String SECTION = "money";
    private static final Set<String> KEYS = Set.of("decimalSeparator", "spaceGroups", "scales", "numberWords",
            "qualifiers", "articles", "ranges", "fillers", "exactAfterNoun", "commaGroupsBeforeScale",
            "thousandsWords", "decimalWords", "plusWords", "nounsCapitalised", "moreWords",
            "participlesAfterAmount", "defaultCurrency", "defaultCurrencyCues");

    /** The ISO codes of the suffix currencies, in the order of their groups in {@link #SUFFIX_CURRENCIES}. */
    private static final List<String> SUFFIX_CODES;

    /** All suffix currencies in one pattern: group {@code c<i>} is the currency {@code SUFFIX_CODES.get(i)}. */
    static final Pattern SUFFIX_CURRENCIES;

    /** Symbols and codes written before the number, longest first so "US$" wins over "$". */
    static final List<CurrencyWord> PREFIX_CURRENCIES;

    static final Pattern OR_MORE;

    static {
        LexiconFile money = LexiconFile.of(LexiconFile.MONEY)
                .onlyKeys(Set.of("suffixCurrencies", "prefixCurrencies", "orMore"));
        Map<String, String> suffixes = currencyTable(money.get("suffixCurrencies"));
        SUFFIX_CODES = List.copyOf(suffixes.keySet());
        SUFFIX_CURRENCIES = combined(money.get("suffixCurrencies"), suffixes);
        PREFIX_CURRENCIES = currencies(money.get("prefixCurrencies"));
        LexiconFile orMore = money.get("orMore");
        OR_MORE = orMore.compile(SP + "*(?:" + orMore.alternatives() + ")" + NOT_LETTER_AFTER, FLAGS);
    }

    private static final Map<String, MoneyLexicon> BY_LANGUAGE = new LinkedHashMap<>();

    final char decimalSeparator;
    final boolean spaceGroups;
    final List<Scale> scales;
    final Pattern numberWords;
    final Map<String, BigDecimal> numberWordValues;
    /** The first words of the number words, grouped by length: {@code firstsByLength[n]} holds those of n letters. */
    private final String[][] firstsByLength;
    private final boolean[] firstLetters;
    /**
     * The first two letters of the first words of two letters or more, as {@link #PAIR_BITS}-bit fingerprints: most
     * words of a text begin with a letter some number word begins with, and only a few with two.
     */
    private final long[] firstPairs = new long[1 << (PAIR_BITS - 6)];
    /** Every qualifier phrase, matched at a window's end; group {@code q<i>} means {@code qualifierOfGroup.get(i)}. */
    final Pattern qualifiers;
    final List<Qualifier> qualifierOfGroup;
    final List<RangeWords> ranges;
    /** Words allowed between a number and its scale: "un ulteriore miliardo", "eine weitere Milliarde". */
    final Pattern filler;
    /**
     * Qualifier words that only mean "of" after a noun: German "ein Deal über 6,5 Mrd." is exactly 6.5
     * billion, "über 6,5 Mrd." alone is more than that. Null for languages without such words.
     */
    final Pattern exactAfterNoun;
    /** Whether "9,700 millones" is 9700 millones although the comma is the decimal separator. */
    final boolean commaGroupsBeforeScale;
    /**
     * "6 mil 400 millones": the thousands word and the number below a thousand that follow a number; group 1 is
     * that number. Null for languages without such a word.
     */
    final Pattern thousandsWord;
    /** The decimal word inside a number word ("eine komma sieben"); null for languages without one. */
    private final Pattern decimalWord;
    /** "-plus" after a number or its scale ("US$300-plus million"); null for languages without such a word. */
    final Pattern plus;
    /** Whether nouns, and only nouns, are capitalised, as in German. */
    final boolean nounsCapitalised;
    /** Words after an amount without currency that say "more" ("300 millions supplémentaires"); lower case. */
    final List<String> moreWords;
    /**
     * Participles (or adverbs) after an amount without a currency that say what happened to the money, not what is
     * counted ("un round da 8 miliardi guidato da X", "il miliardo raccolto a marzo", "invertirá 2.500 millones
     * directamente en X"): the amount still takes the currency of another one. Optional key {@code
     * participlesAfterAmount}; null where it is absent or empty.
     */
    final Pattern participleAfterAmount;
    /**
     * The currency a news text of this language leaves out ("EUR" for Italian, German, French and Spanish): taken by an
     * amount without one on a page where no amount has one, when {@link #defaultCurrencyCue} ends right before it.
     * Optional key {@code defaultCurrency}; null where absent (English).
     */
    final String defaultCurrency;
    /**
     * A deal word (round, raise, purchase, contract) and at most three words after it, ending where a bare amount
     * begins ("un round da 7", "sammelt 5", "lève 3"); runs on the original text, ignoring case. Optional key {@code
     * defaultCurrencyCues}; null where absent.
     */
    final Pattern defaultCurrencyCue;
    /**
     * The top-level key {@code respectively} of the language file ("rispettivamente", "beziehungsweise"): near one, a
     * bare number joined to an amount with a scale takes its scale ("90 e 25 milioni di euro"). Null where absent.
     */
    final Pattern respectively;
    /** A gap between two amounts made of a comma or a "respectively" word ("160 bzw. 70 Millionen"); null likewise. */
    final Pattern respectivelyGap;

    static {
        for (String language : LexiconFile.LANGUAGES) {
            BY_LANGUAGE.put(language, read(LexiconFile.of(language)));
        }
    }

    /** Reads the money section of a language file; fails with the file and key when something is wrong. */
    static MoneyLexicon read(LexiconFile languageFile) {
        LexiconFile respectively = languageFile.has("respectively") ? languageFile.get("respectively") : null;
        return new MoneyLexicon(languageFile.get(SECTION).onlyKeys(KEYS), respectively);
    }

    private MoneyLexicon(LexiconFile money, LexiconFile respectivelyWords) {
        String respectivelyAlternatives = respectivelyWords == null ? null : respectivelyWords.alternativesOrNull();
        this.respectively = respectivelyAlternatives == null ? null
                : respectivelyWords.compile("(?<![\\p{L}\\p{N}])(?:" + respectivelyAlternatives + ")" + NOT_LETTER_AFTER,
                        FLAGS);
        this.respectivelyGap = respectivelyAlternatives == null ? null
                : respectivelyWords.compile(SP + "*(?:,|,?" + SP + "*(?:" + respectivelyAlternatives + ")\\.?)" + SP + "*",
                        FLAGS);
        String fillers = money.get("fillers").alternatives();
        String articles = money.get("articles").alternatives();
        this.filler = money.get("fillers").compile(SP + "+(?:" + fillers + ")(?=" + SP + ")", FLAGS);
        LexiconFile exact = money.get("exactAfterNoun");
        String exactWords = exact.alternativesOrNull();
        this.exactAfterNoun = exactWords == null ? null : exact.compile("(?:" + exactWords + ")" + SP + "*", FLAGS);
        this.decimalSeparator = decimalSeparator(money.get("decimalSeparator"));
        this.spaceGroups = money.get("spaceGroups").bool();
        this.commaGroupsBeforeScale = money.get("commaGroupsBeforeScale").bool();
        this.nounsCapitalised = money.get("nounsCapitalised").bool();
        this.moreWords = money.get("moreWords").texts().stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        LexiconFile participles = money.has("participlesAfterAmount") ? money.get("participlesAfterAmount") : null;
        String participleWords = participles == null ? null : participles.alternativesOrNull();
        this.participleAfterAmount = participleWords == null ? null : participles.compile("(?:" + participleWords + ")",
                FLAGS);
        this.defaultCurrency = money.has("defaultCurrency") ? money.get("defaultCurrency").text() : null;
        if (defaultCurrency != null && !SUFFIX_CODES.contains(defaultCurrency)) {
            throw money.get("defaultCurrency").error("unknown currency code '" + defaultCurrency + "'");
        }
        LexiconFile cues = money.has("defaultCurrencyCues") ? money.get("defaultCurrencyCues") : null;
        String cueWords = cues == null ? null : cues.alternativesOrNull();
        this.defaultCurrencyCue = cueWords == null || defaultCurrency == null ? null
                : cues.compile("(?<![\\p{L}\\p{N}])(?:" + cueWords + ")\\p{L}*(?:" + SP + "+[\\p{L}'’]+){0,3}" + SP + "*$",
                        PREFIX_FLAGS);
        LexiconFile thousands = money.get("thousandsWords");
        String thousandsWords = thousands.alternativesOrNull();
        this.thousandsWord = thousandsWords == null ? null : thousands.compile(SP + "+(?:" + thousandsWords + ")"
                + SP + "+(\\d{1,3})(?![\\p{L}\\p{N}]|[.,]\\p{N})", FLAGS);
        LexiconFile plusWords = money.get("plusWords");
        String pluses = plusWords.alternativesOrNull();
        this.plus = pluses == null ? null
                : plusWords.compile("(?:" + SP + "|-)(?:" + pluses + ")" + NOT_LETTER_AFTER, FLAGS);
        List<Scale> scaleList = new ArrayList<>();
        List<String> wordScales = new ArrayList<>();
        for (LexiconFile s : money.get("scales").elements()) {
            s.onlyKeys(Set.of("words", "multiplier", "needsCurrency", "currency"));
            String words = s.get("words").alternatives();
            boolean needsCurrency = s.has("needsCurrency") && s.get("needsCurrency").bool();
            String currency = s.has("currency") ? currencyCode(s.get("currency")) : null;
            scaleList.add(new Scale(
                    s.compile("(?:" + SP + "|-)?(?:" + words + ")" + NOT_LETTER_AFTER, FLAGS),
                    s.get("multiplier").number(), needsCurrency, currency));
            if (!needsCurrency) {
                wordScales.add(words);
            }
        }
        if (scaleList.isEmpty()) {
            throw money.get("scales").error("must list at least one scale");
        }
        this.scales = List.copyOf(scaleList);
        Map<String, BigDecimal> words = new LinkedHashMap<>();
        List<String> alternatives = new ArrayList<>();
        money.get("numberWords").entries().forEach((word, value) -> {
            words.put(word, value.number());
            alternatives.add(Pattern.quote(word));
        });
        alternatives.sort(Comparator.comparingInt(String::length).reversed());
        this.numberWordValues = Map.copyOf(words);
        LexiconFile decimals = money.get("decimalWords");
        String decimalWords = decimals.alternativesOrNull();
        this.decimalWord = decimalWords == null ? null
                : decimals.compile(SP + "+(?:" + decimalWords + ")" + SP + "+", FLAGS);
        // "eine komma sieben": the word after the decimal word is a single digit
        List<String> digits = new ArrayList<>();
        words.forEach((word, value) -> {
            if (!word.contains(" ") && value.scale() <= 0 && value.signum() >= 0
                    && value.compareTo(BigDecimal.TEN) < 0) {
                digits.add(Pattern.quote(word));
            }
        });
        digits.sort(Comparator.comparingInt(String::length).reversed());
        String fraction = decimalWords == null || digits.isEmpty() ? ""
                : "(?:" + SP + "+(?:" + decimalWords + ")" + SP + "+(?:" + String.join("|", digits) + "))?";
        this.firstsByLength = byLength(words.keySet().stream()
                .map(word -> word.split(" ")[0])
                .collect(Collectors.toUnmodifiableSet()));
        this.firstLetters = firstLetters(firstsByLength);
        for (String[] firsts : firstsByLength) {
            for (String first : firsts) {
                if (first.length() >= 2) {
                    int bit = pairBit(first.charAt(0), first.charAt(1));
                    firstPairs[bit >>> 6] |= 1L << bit;
                }
            }
        }
        // a number word counts only before a scale word: "un miliardo", not "un accordo"
        this.numberWords = money.get("numberWords").compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives)
                + ")" + fraction + "(?=" + SP + "+(?:(?:" + fillers + ")" + SP + "+)?(?:" + String.join("|", wordScales) + ")"
                + NOT_LETTER_AFTER + ")", FLAGS);
        List<Qualifier> groups = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        money.get("qualifiers").entries().forEach((name, list) -> {
            phrases.add("(?<q" + groups.size() + ">" + list.alternatives() + ")");
            groups.add(list.enumValue(Qualifier.class, name));
        });
        this.qualifierOfGroup = List.copyOf(groups);
        this.qualifiers = money.get("qualifiers").compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", phrases)
                + ")(?:" + SP + "+(?:" + articles + "))?" + SP + "*$", FLAGS);
        List<RangeWords> rangeList = new ArrayList<>();
        for (LexiconFile r : money.get("ranges").elements()) {
            r.onlyKeys(Set.of("start", "connector"));
            rangeList.add(new RangeWords(
                    r.compile("(?<![\\p{L}\\p{N}])(?:" + r.get("start").alternatives() + ")(?:" + SP + "+(?:"
                            + articles + "))?" + SP + "*$", FLAGS),
                    r.compile(SP + "*(?:" + r.get("connector").alternatives() + ")(?:" + SP + "+(?:" + articles
                            + "))?" + SP + "*", FLAGS)));
        }
        this.ranges = List.copyOf(rangeList);
    }

    private static char decimalSeparator(LexiconFile value) {
        String text = value.text();
        if (!text.equals(".") && !text.equals(",")) {
            throw value.error("must be \".\" or \",\", got '" + text + "'");
        }
        return text.charAt(0);
    }

    /** The spaces {@link #SP} stands for. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    /** The lexicon for an ISO 639-1 code; English for null or a language not covered. */
    static MoneyLexicon forLanguage(String language) {
        if (language == null) {
            return BY_LANGUAGE.get("en");
        }
        String code = language.toLowerCase(Locale.ROOT);
        int dash = code.indexOf('-');
        if (dash > 0) {
            code = code.substring(0, dash);
        }
        return BY_LANGUAGE.getOrDefault(code, BY_LANGUAGE.get("en"));
    }

    /** Whether the (lower-case) word at {@code i} is, or begins, a number word of this language. */
    boolean startsNumberWord(String text, int i) {
        // Runs at every word start of every article: compares in place instead of cutting the word out.
        char initial = text.charAt(i);
        if (initial < firstLetters.length && !firstLetters[initial]) {
            return false;
        }
        if (i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) {
            // a word of two letters or more is a first word only if its first two letters begin one
            int bit = pairBit(initial, text.charAt(i + 1));
            if ((firstPairs[bit >>> 6] & 1L << bit) == 0) {
                return false;
            }
        }
        int j = i;
        while (j < text.length() && j - i < firstsByLength.length && Character.isLetter(text.charAt(j))) {
            j++;
        }
        int length = j - i;
        if (length >= firstsByLength.length) {
            return false;
        }
        for (String first : firstsByLength[length]) {
            if (text.startsWith(first, i)) {
                return true;
            }
        }
        return false;
    }

    private static int pairBit(char first, char second) {
        return ((first * 31 + second) * 0x9E3779B9) >>> (Integer.SIZE - PAIR_BITS);
    }

    /** Which characters below 0x250 begin a first word of {@link #firstsByLength}; characters above are checked. */
    private static boolean[] firstLetters(String[][] byLength) {
        boolean[] table = new boolean[0x250];
        for (String[] words : byLength) {
            for (String word : words) {
                if (!word.isEmpty() && word.charAt(0) < table.length) {
                    table[word.charAt(0)] = true;
                }
            }
        }
        return table;
    }

    private static String[][] byLength(Set<String> words) {
        int longest = words.stream().mapToInt(String::length).max().orElse(0);
        String[][] table = new String[longest + 1][];
        for (int n = 0; n <= longest; n++) {
            int length = n;
            table[n] = words.stream().filter(w -> w.length() == length).sorted().toArray(String[]::new);
        }
        return table;
    }

    /** The value of a number word as matched in the text (any case), with its decimal word if any. */
    BigDecimal numberWordValue(String word) {
        String key = word.toLowerCase(Locale.ROOT).replace('\u00A0', ' ');
        Matcher decimal = decimalWord == null ? null : decimalWord.matcher(key);
        if (decimal == null || !decimal.find()) {
            return numberWordValues.get(key);
        }
        BigDecimal whole = numberWordValues.get(key.substring(0, decimal.start()));
        BigDecimal tenths = numberWordValues.get(key.substring(decimal.end()));
        return whole == null || tenths == null ? null : whole.add(tenths.movePointLeft(1));
    }

    /** The ISO code of the suffix currency that {@code m}, a match of {@link #SUFFIX_CURRENCIES}, found. */
    static String suffixCode(Matcher m) {
        for (int i = 0; i < SUFFIX_CODES.size(); i++) {
            if (m.group("c" + i) != null) {
                return SUFFIX_CODES.get(i);
            }
        }
        throw new IllegalStateException("no currency group matched in " + m.group());
    }

    /** The ISO 4217 code written in {@code value}; an error naming the file and key when it is none. */
    private static String currencyCode(LexiconFile value) {
        String code = value.text();
        try {
            Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw value.error("'" + code + "' is not an ISO 4217 currency code");
        }
        return code;
    }

    /** ISO code to its alternatives, in file order. */
    private static Map<String, String> currencyTable(LexiconFile table) {
        Map<String, String> out = new LinkedHashMap<>();
        table.entries().forEach((code, words) -> {
            try {
                Currency.getInstance(code);
            } catch (IllegalArgumentException e) {
                throw words.error("'" + code + "' is not an ISO 4217 currency code");
            }
            out.put(code, words.alternatives());
        });
        return out;
    }

    /** One pattern, lowered as the text it runs on is: group {@code c<i>} is the {@code i}-th currency. */
    private static Pattern combined(LexiconFile file, Map<String, String> table) {
        List<String> groups = new ArrayList<>();
        for (String words : table.values()) {
            groups.add("(?<c" + groups.size() + ">" + words + ")");
        }
        String alternatives = ("(?:" + String.join("|", groups) + ")").toLowerCase(Locale.ROOT);
        return file.compile(alternatives + NOT_LETTER_AFTER, FLAGS);
    }

    private static List<CurrencyWord> currencies(LexiconFile file) {
        List<CurrencyWord> list = new ArrayList<>();
        currencyTable(file).forEach((code, words) -> list.add(
                new CurrencyWord(file.compile("(?:" + words + ")" + NOT_LETTER_AFTER, PREFIX_FLAGS), code)));
        return List.copyOf(list);
    }
}
