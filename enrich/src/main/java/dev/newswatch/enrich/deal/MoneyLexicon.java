package dev.newswatch.enrich.deal;

import dev.newswatch.core.model.Qualifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

/**
 * How one language writes amounts of money: decimal separator, scale words ("miliardi", "Mrd.", "bn"),
 * number words ("un", "eine", "mil"), qualifier phrases ("oltre", "bis zu") and range words ("tra ... e").
 * Currency words and symbols are shared by all languages. Immutable; patterns are compiled once.
 */
final class MoneyLexicon {

    /** Spaces that may sit between a number and its scale or currency. */
    static final String SP = "[ \\u00A0\\u202F\\u2009]";
    /** Most patterns are lower case and run on {@link CaseFolding#lower(String)} text. */
    private static final int FLAGS = 0;
    /** Currency prefixes run on the original text: "US$" and "USD" are upper case there. */
    private static final int PREFIX_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String NOT_LETTER_AFTER = "(?![\\p{L}\\p{N}])";

    /** A scale word and its multiplier; {@code needsCurrency} for single letters such as "m" or "B". */
    record Scale(Pattern pattern, BigDecimal multiplier, boolean needsCurrency) {
    }

    /** A currency word or symbol and its ISO 4217 code. */
    record CurrencyWord(Pattern pattern, String code) {
    }

    /** A range: the word before the low bound and the connectors allowed before the high bound. */
    record RangeWords(Pattern start, Pattern connector) {
    }

    /** Currency words and symbols written after the number, most specific first ("Canadian dollars"). */
    private static final String[][] SUFFIX_TABLE = {
            {"CAD", "canadian dollars?|dollari canadesi|kanadische[n]? dollar|dollars? canadiens|d[oó]lares canadienses|CAD|C\\$"},
            {"AUD", "australian dollars?|dollari australiani|australische[n]? dollar|dollars? australiens|d[oó]lares australianos|AUD|A\\$"},
            {"HKD", "hong kong dollars?|HKD|HK\\$"},
            {"SGD", "singapore dollars?|SGD|S\\$"},
            {"USD", "us-dollars?|us dollars?|u\\.s\\. dollars?|dollari (?:usa|americani|statunitensi)|dollars? (?:am[eé]ricains|us)"
                    + "|d[oó]lares (?:estadounidenses|americanos)|dollars?|dollari|dollaro|d[oó]lares|d[oó]lar|USD|US\\$|\\$"},
            {"EUR", "euros?|EUR|€"},
            {"GBP", "(?:british )?pounds?(?: sterling)?|sterling|sterlin[ae]|(?:britische[n]? )?pfund(?: sterling)?"
                    + "|livres? sterling|libras? esterlinas?|GBP|£"},
            {"JPY", "yens?|yenes|JPY|¥|円"},
            {"CNY", "yuans?|renminbi|CNY|RMB|元"},
            {"CHF", "(?:swiss )?francs?(?: suisses)?|franchi(?: svizzeri)?|franco svizzero|(?:schweizer )?franken"
                    + "|francos(?: suizos)?|CHF"},
            {"INR", "rupees?|rupie|rupien|roupies|rupias|INR|₹"},
            {"KRW", "won|KRW|₩"},
            {"SEK", "(?:swedish )?kronor|corone svedesi|schwedische kronen|couronnes su[eé]doises|coronas suecas|SEK"},
            {"AED", "dirhams?|AED"},
            {"SAR", "riyals?|SAR"},
    };

    /** All suffix currencies in one pattern: group {@code c<i>} is row {@code i} of the table. */
    static final Pattern SUFFIX_CURRENCIES = combined(SUFFIX_TABLE);

    /** Symbols and codes written before the number, longest first so "US$" wins over "$". */
    static final List<CurrencyWord> PREFIX_CURRENCIES = currencies(new String[][] {
            {"USD", "U\\.S\\." + SP + "?\\$|US" + SP + "?\\$|USD|\\$"},
            {"CAD", "CA\\$|C\\$|CAD"},
            {"AUD", "AU\\$|A\\$|AUD"},
            {"HKD", "HK\\$|HKD"},
            {"SGD", "S\\$|SGD"},
            {"EUR", "€|EUR"},
            {"GBP", "£|GBP"},
            {"CNY", "CN¥|RMB|CNY"},
            {"JPY", "¥|JPY"},
            {"CHF", "CHF"},
            {"INR", "₹|Rs\\.?|INR"},
            {"KRW", "₩|KRW"},
            {"SEK", "SEK"},
            {"AED", "AED"},
            {"SAR", "SAR"},
    });

    static final Pattern OR_MORE = Pattern.compile(
            SP + "*(?:or more|o più|o piu|o superiori|oder mehr|ou plus|o más|o mas)" + NOT_LETTER_AFTER, FLAGS);

    private static final Map<String, MoneyLexicon> BY_LANGUAGE = new LinkedHashMap<>();

    final char decimalSeparator;
    final boolean spaceGroups;
    final List<Scale> scales;
    final Pattern numberWords;
    final Map<String, BigDecimal> numberWordValues;
    /** The first words of the number words, grouped by length: {@code firstsByLength[n]} holds those of n letters. */
    private final String[][] firstsByLength;
    private final boolean[] firstLetters;
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

    static {
        BY_LANGUAGE.put("en", new MoneyLexicon('.', false,
                new Object[][] {
                    {"trillions?", "1e12"}, {"tn|trn|tr", "1e12"}, {"billions?", "1e9"}, {"bn|bln", "1e9"},
                    {"b", "1e9", true}, {"millions?", "1e6"}, {"mn|mln", "1e6"}, {"m", "1e6", true},
                    {"thousand", "1e3"}, {"k", "1e3", true}},
                new String[][] {{"a", "1"}, {"one", "1"}, {"two", "2"}, {"three", "3"}, {"four", "4"},
                    {"five", "5"}, {"six", "6"}, {"seven", "7"}, {"eight", "8"}, {"nine", "9"}, {"ten", "10"},
                    {"half a", "0.5"}, {"a hundred", "100"}},
                new String[][] {
                    {"MORE_THAN", "more than|over|above|in excess of|upwards of|north of|exceeding|exceeds?|exceeded"
                            + "|topping|tops?|surpass(?:ing|es|ed)?|beyond|greater than|higher than|well over"},
                    {"UP_TO", "up to|as much as|as high as|less than|under|below|no more than|a maximum of"
                            + "|capped at|at most"},
                    {"ABOUT", "about|around|roughly|nearly|almost|some|approximately|approx\\.?|an estimated"
                            + "|estimated|close to|circa|ca\\.|just under|just over|more or less"},
                    {"AT_LEAST", "at least|a minimum of|no less than|not less than"}},
                "the|a|an",
                new String[][] {{"between", "and"}, {"from", "to"}},
                "additional|further|extra|more|new", null));
        BY_LANGUAGE.put("it", new MoneyLexicon(',', false,
                new Object[][] {
                    {"mila miliardi", "1e12"}, {"miliardi|miliardo", "1e9"}, {"mld\\.?|mrd\\.?|mdl\\.?", "1e9"},
                    {"bn", "1e9"}, {"b", "1e9", true}, {"milioni|milione", "1e6"}, {"mln\\.?|mio\\.?", "1e6"},
                    {"m", "1e6", true}, {"mila", "1e3"}, {"k", "1e3", true}},
                new String[][] {{"un", "1"}, {"uno", "1"}, {"una", "1"}, {"due", "2"}, {"tre", "3"},
                    {"quattro", "4"}, {"cinque", "5"}, {"sei", "6"}, {"sette", "7"}, {"otto", "8"}, {"nove", "9"},
                    {"dieci", "10"}, {"venti", "20"}, {"cento", "100"}, {"mille", "1000"}, {"mezzo", "0.5"}},
                new String[][] {
                    {"MORE_THAN", "oltre|più di|piu di|più d['’]|superare|supera|superano|superato|supererà"
                            + "|supererebbe|superiore|superiori|sopra|al di sopra di"
                            + "|ben oltre"},
                    {"UP_TO", "fino a|fino ad|sino a|fino a un massimo di|un massimo di|massimo|meno di"
                            + "|inferiore|inferiori"},
                    {"ABOUT", "circa|quasi|intorno|attorno|all['’]incirca|approssimativamente|poco meno di"
                            + "|poco più di|poco piu di|nell['’]ordine di|sui|sulle|sugli"},
                    {"AT_LEAST", "almeno|non meno di|minimo|come minimo"}},
                "i|gli|le|il|lo|la|l['’]|a|ad|ai|agli|alle|al|allo|dei|degli|delle|del",
                new String[][] {{"tra|fra", "e|ed"}, {"da|dai|dagli", "a|ai|agli"}},
                "ulteriore|ulteriori|altro|altri|nuovo|nuovi", null));
        BY_LANGUAGE.put("de", new MoneyLexicon(',', false,
                new Object[][] {
                    {"billionen|billion", "1e12"}, {"bio\\.?", "1e12"}, {"milliarden|milliarde", "1e9"},
                    {"mrd\\.?|mia\\.?", "1e9"}, {"millionen|million", "1e6"}, {"mio\\.?", "1e6"},
                    {"tausend", "1e3"}, {"tsd\\.?", "1e3"}, {"bn", "1e9"}, {"b", "1e9", true}, {"m", "1e6", true}},
                new String[][] {{"eine halbe", "0.5"}, {"einer halben", "0.5"}, {"ein", "1"}, {"eine", "1"},
                    {"einer", "1"}, {"einem", "1"}, {"einen", "1"}, {"zwei", "2"}, {"drei", "3"}, {"vier", "4"},
                    {"fünf", "5"}, {"sechs", "6"}, {"sieben", "7"}, {"acht", "8"}, {"neun", "9"}, {"zehn", "10"},
                    {"zwanzig", "20"}, {"hundert", "100"}, {"tausend", "1000"}},
                new String[][] {
                    {"MORE_THAN", "mehr als|über|ueber|oberhalb von|weit über|deutlich mehr als|jenseits von"},
                    {"UP_TO", "bis zu|maximal|höchstens|weniger als|unter"},
                    {"ABOUT", "rund|etwa|ca\\.|circa|ungefähr|fast|knapp|nahezu|annähernd|beinahe"},
                    {"AT_LEAST", "mindestens|wenigstens|zumindest"}},
                "den|die|der",
                new String[][] {{"zwischen", "und"}, {"von", "bis"}},
                "weitere|weiteren|zusätzliche|zusätzlichen|neue|neuen", "über|ueber"));
        BY_LANGUAGE.put("fr", new MoneyLexicon(',', true,
                new Object[][] {
                    {"billions?", "1e12"}, {"milliards?", "1e9"}, {"mds?|mrds?|md", "1e9"},
                    {"millions?", "1e6"}, {"mio\\.?", "1e6"}, {"m", "1e6", true}, {"mille", "1e3"},
                    {"k", "1e3", true}, {"bn", "1e9"}},
                new String[][] {{"un", "1"}, {"une", "1"}, {"deux", "2"}, {"trois", "3"}, {"quatre", "4"},
                    {"cinq", "5"}, {"six", "6"}, {"sept", "7"}, {"huit", "8"}, {"neuf", "9"}, {"dix", "10"},
                    {"vingt", "20"}, {"cent", "100"}, {"mille", "1000"}, {"un demi", "0.5"}},
                new String[][] {
                    {"MORE_THAN", "plus de|plus d['’]|au-delà de|au-delà d['’]|supérieur à|supérieure à|dépasser"
                            + "|dépasse|dépassant|dépassera|dépasserait"},
                    {"UP_TO", "jusqu['’]à|au maximum|moins de|moins d['’]|au plus"},
                    {"ABOUT", "environ|près de|près d['’]|quelque|quelques|autour de|autour d['’]|presque"
                            + "|quasiment|approximativement|de l['’]ordre de|de l['’]ordre d['’]"},
                    {"AT_LEAST", "au moins|au minimum|pas moins de|pas moins d['’]"}},
                "les|la|le|l['’]",
                new String[][] {{"entre", "et"}, {"de|d['’]", "à"}},
                "autre|autres|nouveau|nouveaux|nouvel", null));
        BY_LANGUAGE.put("es", new MoneyLexicon(',', false,
                new Object[][] {
                    {"billones|billón|billon", "1e12"}, {"mil millones", "1e9"}, {"millardos?", "1e9"},
                    {"millones|millón|millon", "1e6"}, {"mill\\.?|mln\\.?", "1e6"}, {"m", "1e6", true},
                    {"mil", "1e3"}, {"bn", "1e9"}, {"k", "1e3", true}},
                new String[][] {{"un", "1"}, {"una", "1"}, {"uno", "1"}, {"dos", "2"}, {"tres", "3"},
                    {"cuatro", "4"}, {"cinco", "5"}, {"seis", "6"}, {"siete", "7"}, {"ocho", "8"}, {"nueve", "9"},
                    {"diez", "10"}, {"veinte", "20"}, {"cien", "100"}, {"mil", "1000"}, {"medio", "0.5"}},
                new String[][] {
                    {"MORE_THAN", "más de|mas de|superior a|superiores a|por encima de|superar|supera|superará"
                            + "|superaría|sobrepasar|sobrepasa"},
                    {"UP_TO", "hasta|menos de|un máximo de|como máximo"},
                    {"ABOUT", "alrededor de|unos|unas|cerca de|casi|aproximadamente|en torno a|del orden de"},
                    {"AT_LEAST", "al menos|por lo menos|como mínimo|no menos de"}},
                "los|las|el|la",
                new String[][] {{"entre", "y|e"}, {"de|desde", "a|hasta"}},
                "otro|otros|nuevo|nuevos", null));
    }

    private MoneyLexicon(char decimalSeparator, boolean spaceGroups, Object[][] scales, String[][] numberWords,
                         String[][] qualifiers, String articles, String[][] ranges, String fillers,
                         String exactAfterNoun) {
        this.filler = Pattern.compile(SP + "+(?:" + fillers + ")(?=" + SP + ")", FLAGS);
        this.exactAfterNoun = exactAfterNoun == null
                ? null : Pattern.compile("(?:" + exactAfterNoun + ")" + SP + "*", FLAGS);
        this.decimalSeparator = decimalSeparator;
        this.spaceGroups = spaceGroups;
        List<Scale> scaleList = new ArrayList<>();
        for (Object[] s : scales) {
            boolean needsCurrency = s.length > 2 && (Boolean) s[2];
            scaleList.add(new Scale(
                    Pattern.compile(SP + "?(?:" + s[0] + ")" + NOT_LETTER_AFTER, FLAGS),
                    new BigDecimal((String) s[1]), needsCurrency));
        }
        this.scales = List.copyOf(scaleList);
        Map<String, BigDecimal> words = new LinkedHashMap<>();
        List<String> alternatives = new ArrayList<>();
        for (String[] w : numberWords) {
            words.put(w[0], new BigDecimal(w[1]));
            alternatives.add(Pattern.quote(w[0]));
        }
        alternatives.sort(Comparator.comparingInt(String::length).reversed());
        this.numberWordValues = Map.copyOf(words);
        this.firstsByLength = byLength(words.keySet().stream()
                .map(word -> word.split(" ")[0])
                .collect(Collectors.toUnmodifiableSet()));
        this.firstLetters = firstLetters(firstsByLength);
        List<String> wordScales = new ArrayList<>();
        for (Object[] s : scales) {
            if (!(s.length > 2 && (Boolean) s[2])) {
                wordScales.add((String) s[0]);
            }
        }
        // a number word counts only before a scale word: "un miliardo", not "un accordo"
        this.numberWords = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?=" + SP
                + "+(?:(?:" + fillers + ")" + SP + "+)?(?:" + String.join("|", wordScales) + ")" + NOT_LETTER_AFTER + ")",
                FLAGS);
        List<Qualifier> groups = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        for (String[] q : qualifiers) {
            phrases.add("(?<q" + groups.size() + ">" + q[1] + ")");
            groups.add(Qualifier.valueOf(q[0]));
        }
        this.qualifierOfGroup = List.copyOf(groups);
        this.qualifiers = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", phrases) + ")(?:" + SP + "+(?:"
                + articles + "))?" + SP + "*$", FLAGS);
        List<RangeWords> rangeList = new ArrayList<>();
        for (String[] r : ranges) {
            rangeList.add(new RangeWords(
                    Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + r[0] + ")(?:" + SP + "+(?:" + articles + "))?" + SP + "*$",
                            FLAGS),
                    Pattern.compile(SP + "*(?:" + r[1] + ")(?:" + SP + "+(?:" + articles + "))?" + SP + "*", FLAGS)));
        }
        this.ranges = List.copyOf(rangeList);
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

    /** The value of a number word as matched in the text (any case). */
    BigDecimal numberWordValue(String word) {
        String key = word.toLowerCase(Locale.ROOT).replace('\u00A0', ' ');
        return numberWordValues.get(key);
    }

    /** The ISO code of the suffix currency that {@code m}, a match of {@link #SUFFIX_CURRENCIES}, found. */
    static String suffixCode(java.util.regex.Matcher m) {
        for (int i = 0; i < SUFFIX_TABLE.length; i++) {
            if (m.group("c" + i) != null) {
                return SUFFIX_TABLE[i][0];
            }
        }
        throw new IllegalStateException("no currency group matched in " + m.group());
    }

    private static Pattern combined(String[][] table) {
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < table.length; i++) {
            groups.add("(?<c" + i + ">" + table[i][1] + ")");
        }
        String alternatives = ("(?:" + String.join("|", groups) + ")").toLowerCase(Locale.ROOT);
        return Pattern.compile(alternatives + NOT_LETTER_AFTER, FLAGS);
    }

    private static List<CurrencyWord> currencies(String[][] table) {
        List<CurrencyWord> list = new ArrayList<>();
        for (String[] row : table) {
            list.add(new CurrencyWord(Pattern.compile("(?:" + row[1] + ")" + NOT_LETTER_AFTER, PREFIX_FLAGS), row[0]));
        }
        return List.copyOf(list);
    }
}
