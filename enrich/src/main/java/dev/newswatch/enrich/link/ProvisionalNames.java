package dev.newswatch.enrich.link;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newswatch.core.model.EntityMention;
import dev.newswatch.core.model.Party;
import dev.newswatch.enrich.ResourceYaml;
import dev.newswatch.enrich.match.FirstChars;
import dev.newswatch.enrich.match.PairStarts;
import dev.newswatch.enrich.match.PairStartsIndex;
import dev.newswatch.enrich.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds companies the entity table does not know yet: "the AI start-up Zentrix", "Zentrix Robotics, a Munich
 * company, has raised", "led by Halvora Capital", "l'acquisizione di Zentrix". A name is a run of capitalised
 * words; it becomes a company only where it stands in a company place of {@code company-cues.yml} (a
 * description before or after it, a deal role, or an organisation suffix such as "Labs" or "GmbH"), because
 * a capitalised word is not a company by itself. Once a name is read as a company, its other occurrences in
 * the same text are mentions too. The mentions are {@link EntityMention#provisional() provisional}, with the
 * id {@link Party#provisionalId(String)} of the name without its legal form.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProvisionalNames {

    private static final String RESOURCE = "company-cues.yml";
    /*
     * A word as written: letters and digits, with inner dots, colons, ampersands, apostrophes and hyphens; the
     * words of [\p{L}\p{N}](?:[\p{L}\p{N}&.:'’-]*[\p{L}\p{N}])?, read by wordStart and wordEnd without a
     * pattern because every character of every text with money goes through them.
     */
    /** The {@link Character#getType} categories of {@code \p{L}} and {@code \p{N}}. */
    private static final int LETTER_OR_NUMBER = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
            | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER | 1 << Character.OTHER_NUMBER;
    private static final String ADJ = "(?:\\s+[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*){0,5}";
    /** One adjective after the noun, not one that opens a complement ("creadora de ChatGPT"). */
    private static final String ONE_ADJ =
            "(?:\\s+(?!(?:de|di|da|del|della|dello|du|des)\\s)\\p{L}[\\p{L}-]*(?!\\s+(?:de|di|del|della|dello|du|des)\\s))?";
    /** Lower-case words that end no complement of a description: prepositions, articles, conjunctions. */
    private static final String FUNCTION_WORD = "(?:de|di|da|del|della|dello|du|des|la|le|les|el|los|las|il|lo|gli|"
            + "of|the|a|an|en|in|y|et|e|and|o|ou|or|con|avec|with|per|pour|para|por|for|à|au|aux|par|sur|al|alla|dal|"
            + "dalla)";
    /** A lower-case content word of a complement. */
    private static final String CONTENT_WORD = "(?-i:\\p{Ll})[\\p{L}'’-]*";
    /**
     * The first word of a complement: a content word or the acronym of artificial intelligence, a field as "di
     * robotica" is ("la startup di AI Zentrix", "la start-up d'IA Zentrix", "la startup de IA Zentrix").
     */
    private static final String COMPLEMENT_HEAD = "(?:" + CONTENT_WORD + "|(?-i:AI|IA|KI)(?![\\p{L}\\p{N}]))";
    /**
     * "in" of a field after a participle ("spécialisée dans", "specializzata in", "especializada en"), and "for" of whom
     * the company serves ("la néobanque pour indépendants", "la plataforma para autónomos").
     */
    private static final String FIELD_PREPOSITION = "en|dans|in|nel|nella|nei|nelle|pour|para|per";
    /**
     * A complement after a description's noun, an adjective allowed before it: "de la maintenance industrielle",
     * "d'engrais", "chilena de pagos digitales", "canadienne spécialisée en robotique" (up to two words before the
     * first preposition), one or two times a preposition (with an article) and one to three
     * lower-case content words, so that the name follows a content word ("le producteur d'engrais Zentrix"), never a
     * preposition ("la empresa que está detrás de Zentrix" is no place).
     */
    private static final String COMPLEMENT = "(?:\\s+(?!" + FUNCTION_WORD + "\\s)" + CONTENT_WORD + "){0,2}"
            + "(?:\\s+(?:(?:de|di|del|della|dello|du|des|of|" + FIELD_PREPOSITION + ")\\s+"
            + "(?:(?:la|le|les|el|los|las|il|lo|the)\\s+|l['’])?"
            + "|d['’]|dell['’]|nell['’])" + COMPLEMENT_HEAD
            + "(?:\\s+(?!" + FUNCTION_WORD + "\\s)" + CONTENT_WORD + "){0,2}){1,2}"
            + "(?!\\s+" + FUNCTION_WORD + "\\s)";
    /**
     * A lower-case elided article or preposition glued to a name: "d'Elon", "l'Anthropic", "dell'Europa"; one of
     * these, an apostrophe and an upper-case letter, what {@code (?:d|l|dell|...)['’](?=\\p{Lu})} matched at the
     * start of a word before {@link #elisionEnd} compared characters instead.
     */
    private static final Set<String> ELIDED = Set.of("d", "l", "dell", "dall", "all", "nell", "sull", "qu", "j", "n",
            "s", "c");
    /** Bullets and numbers that open a line of a round-up. */
    private static final Pattern LINE_OPENING = Pattern.compile("[ \\t]*(?:[•*·▪►▸‣–—-][ \\t]*|\\d{1,2}[.)][ \\t]+)?");
    /** A bullet inside a line, as in round-ups pasted into one paragraph: "... • Zentrix → 14 miliardi". */
    private static final Pattern BULLET_BEFORE = Pattern.compile("[•▪►▸‣][ \\t]*$");
    /** The marks of {@link #LINE_OPENING} and the bullets of {@link #BULLET_BEFORE}, for a look before the patterns. */
    private static final String LINE_MARKS = "•*·▪►▸‣–—-";
    private static final String BULLETS = "•▪►▸‣";
    /** Quotes that may open a name: straight, curly, German low and guillemets. */
    private static final String OPENING_QUOTES = "'\"„“‘‚«";
    private static final Pattern START_UP_APPOSITION = Pattern.compile("^,\\s+(?:the|a|an|la|una|une|el)\\s+"
            + "(?:[\\p{L}-]+\\s+){0,2}(?:start-?up|startup|company|maker|empresa|compañía|société|società)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MODIFIER = Pattern.compile(
            ".*-(?:based|backed|led|owned|funded|born|founded|like|style|powered|old|related|focused|driven|enabled"
                    + "|native|first|centric|linked|heavy|specific|ready|oriented"
                    // "ChatGPT-maker Zentrix", "TikTok-owner Zentrix": the product or company before the hyphen
                    + "|maker|creator|owner|parent|developer|operator)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * Where "[amount]" stands in a phrase until {@link #phrasesByFirstLetter} puts the amount pattern of
     * {@code amount-words} there (a literal that no phrase writes).
     */
    private static final String AMOUNT_MARK = "<amount>";
    /** How a phrase writes the place of an amount. */
    private static final String AMOUNT_MARK_WORD = "[amount]";
    /**
     * Up to three words before an amount: "up to", "jusqu'à", "fino a", "bis zu", "more than"; the amount may be
     * written "US$100.000 millones" or "10 mds $".
     */
    private static final String AMOUNT_LEAD = "(?:\\s+[\\p{L}][\\p{L}'’-]*){0,3}\\s+";
    /** A currency written after an amount: "de dólares", "d'euros", "US-Dollar", "dollari". */
    private static final String CURRENCY =
            "(?:(?:de|di)\\s+(?:dollars?|dollari|dólares|euros?)|d['’]euros?|(?:us-)?dollars?|euros?|usd|eur)";
    /**
     * A comma, an aside of up to 120 characters without a sentence or clause mark, and the comma that closes it:
     * "Zentrix, one of the hottest start-ups of the year, raised", "Zentrix, fondata nel 2019, ha raccolto".
     */
    private static final Pattern INSERT = Pattern.compile("\\s*,[^,.;:!?()\\[\\]\"“”«»\\n]{2,120},");
    /**
     * A place in brackets right after a name, one to three words each with a lower-case letter after its capital:
     * "Zentrix (Paris) lève", "Zentrix (Milano) raccoglie", "Zentrix (San Sebastián) capta". An abbreviation
     * ("(PS)", "(NASDAQ: ZTX)") is no place.
     */
    private static final Pattern BRACKETED_PLACE =
            Pattern.compile("^[ \\t]*\\(\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}?\\p{Ll}+){0,2}\\)");
    /**
     * A comma and a state or country glued to "-based" right after a name: "Austin, TX-based Zentrix", "Boulder,
     * Colo.-based", "Lyon, France-based". The name is the city of the company named after the modifier, no party.
     */
    private static final Pattern CITY_OF_BASED =
            Pattern.compile("^,[ \\t]+(?:\\p{Lu}[\\p{L}.]*[ \\t]+)?\\p{Lu}[\\p{L}.]*-based(?![\\p{L}\\p{N}])");
    /** The longest opening phrase of a founding before its comma ("Founded in 2021 by ... ,"). */
    private static final int FOUNDED_OPENING_REACH = 80;
    /** Characters before a name searched for a phrase of {@link #placePhrases}. */
    private static final int PLACE_PHRASE_CHARS = 60;
    /** How far before a name the items of a list of amounts that go into companies are read. */
    private static final int LIST_REACH = 300;
    /** How far after a name an aside and the deal verb after it are looked for. */
    private static final int INSERT_REACH = 200;
    private static final int MAX_NAME_WORDS = 5;
    /** Words at most before the year of a phrase of time between a company bought and its buyer ("en marzo de"). */
    private static final int YEAR_PHRASE_WORDS = 3;
    /** How many "Name (amount)" brackets a line needs to be a list of them. */
    private static final int BRACKETED_LIST_ITEMS = 2;
    /** A descriptor is a compound: longer than this ("Chipkonzern", not "Konzern" alone). */
    private static final int DESCRIPTOR_MIN_LENGTH = 8;
    /** A not-name with a genitive "s" is one too when longer than this ("Chinas", not "its"). */
    private static final int GENITIVE_MIN_LENGTH = 5;
    /**
     * German case endings a descriptor may carry: "des Chipkonzerns", "den Speicherspezialisten", and the feminine
     * forms "die Botox-Herstellerin", "der Software-Anbieterinnen".
     */
    private static final List<String> INFLECTIONS = List.of("", "s", "es", "n", "en", "in", "innen");

    private final Set<String> legalForms;
    private final Set<String> suffixes;
    private final ShortNames shortNames;
    private final Set<String> fundSuffixes;
    /** {@code fund-name-words}: not-names that stay inside a fund's name ({@link #insideFundName}), lower case. */
    private final Set<String> fundNameWords;
    /** {@code fund-suffixes} and {@code fund-name-endings}: the last words of a fund's name. */
    private final Set<String> fundNameEndings;
    private final Set<String> notNames;
    /** Words that join names into a list, in lower case ("and", "e", "et", "y", "und"). */
    private final Set<String> coordinators;
    /** Words right before a name that make it a place for {@link #coordinators} ("based in Lyon, and Korvia"). */
    private final Set<String> placePrepositions;
    private final RestPattern personAfter;
    /** One of the {@code person-after} roles anywhere: an aside that holds one describes a person. */
    private final Pattern personRole;
    /**
     * A role right after a name, without a comma: the name is the company of the person who holds it ("Zentrix chief
     * executive Anna Berg"), where "Anna Berg, chief executive" is a person.
     */
    private final RestPattern companyRoleAfter;
    /** A possessive and a round of funding or a listing: "Zentrix's Series B", "Zentrix's long-awaited IPO". */
    private final RestPattern possessiveRoundPhrase;
    /** A lower-case description right after a name, which the name only qualifies: "the Zentrix maker". */
    private final RestPattern modifiedNounAfter;
    /**
     * Endings of words that describe a company ("Chipkonzern"), each with each German case ending
     * ({@link #INFLECTIONS}), in lower case.
     */
    private final Set<String> descriptorForms;
    /** The lengths of {@link #descriptorForms}, each once, shortest first. */
    private final int[] descriptorFormLengths;
    /**
     * The last two characters of each of {@link #descriptorForms}, as bits at {@link #endKey}: a word whose bit is
     * clear ends with none of them, and {@link #endsWithDescriptor} makes no substring for it. Null when a form is
     * shorter than two characters.
     */
    private final long[] descriptorFormEnds;
    /** Per language, the "before" phrases grouped by their first letter ({@link #fold}), one pattern a group. */
    private final Map<String, PhraseGroups> before;
    private final Map<String, AfterPhrases> after;
    private final Set<String> firstNames;
    /** The "not before" phrases grouped by their first letter, as {@link #before}. */
    private final PhraseGroups notBefore;
    private final RestPattern possessiveRound;
    /** "Zentrix's takeover of Korvia": a possessive before a purchase of a named company. */
    private final RestPattern possessivePurchase;
    private final Pattern genitiveAmount;
    /**
     * An amount with its scale and a preposition of the one it is for, at the end of a head: "$50M for ", "50 millions
     * pour ".
     */
    private final Pattern amountFor;
    /** An amount right after a name that ends a list item: "Zentrix $480M,", "Zentrix: 50 millions;". */
    private final Pattern listedAmount;
    /** What {@link #listedAmount}'s amount and its item words may begin with: {@link #mayListAmount}. */
    private final FirstChars listedAmountFirst;
    private final FirstChars listedItemWordFirst;
    /** A capitalised word and such an amount, counted to tell a list of them from one mention. */
    private final Pattern namedListedAmount;
    /**
     * A further item of a list of amounts that go into companies, at the end of a head: ", 2 milliards dans ",
     * " and $2bn in ".
     */
    private final Pattern listedAmountInto;
    /** An amount with its scale at the end of a head: "a $7.75 billion " (before "Zentrix acquisition"). */
    private final Pattern amountRightBefore;
    /**
     * The end of a head that closes one item of a list of amounts and opens the next: "raised $300M and ",
     * "a levé 300 millions d'euros, ", "sammelte 300 Millionen Euro ein, ", "backed Zentrix with $500M and "; group
     * {@code prep} holds the word right before the amount, if any.
     */
    private final Pattern gappedItemHead;
    /** An amount right after a name, a comma between them or not: "Korvia $200M", "Korvia, 200 millions". */
    private final Pattern gappedItemRest;
    /** An amount and an {@code into-prepositions} word, found anywhere in a head: "5 milliards de dollars dans ". */
    private final Pattern amountInto;
    /** The prepositions of {@link #amountFor}, in lower case. */
    private final Set<String> forPrepositions;
    private final Pattern lineAmount;
    /** A bracket right after a name that holds only an amount: "Zentrix ($2.3bn)", "Zentrix (USD 75 million)". */
    private final Pattern bracketAmount;
    /** A capitalised word followed by such a bracket, counted to tell a list of them from one aside. */
    private final Pattern namedBracketAmount;
    /** Languages that capitalise every noun (German), where no line reads as title case. */
    private final Set<String> capitalisedNouns;
    /** Words that make no name with suffixes only ({@code generic-name-words}), as written. */
    private final Set<String> genericNameWords;
    /** Last parts of a hyphened compound whose first part is a company ("Zentrix-Gründer"), in lower case. */
    private final Set<String> compoundRoles;
    /**
     * Of {@link #compoundRoles}, those that describe the company named right after the compound ("der
     * Mobilfunk-Konzern Zentrix"): there the first part is the company's field, no company ({@code
     * field-compound-roles}).
     */
    private final Set<String> fieldCompoundRoles;
    /**
     * The deal verbs of one word of every language's {@code after} phrases, in lower case: written with a capital
     * inside a run of capitalised words, they are a headline's verb, not part of a name ("Zentrix Raises $50M").
     */
    private final Set<String> headlineVerbs;
    /** Per language, the nationality and agent cues of {@link NameCues}. */
    private final Map<String, NameCues> nameCues;
    /** Of the languages that capitalise nouns: the words after which a capitalised word is a noun ("die", "einen"). */
    private final Set<String> nounDeterminers;
    /** Of the languages that capitalise nouns: endings of nouns ("-ung", "-keit"), not of names. */
    private final List<String> nounEndings;
    /**
     * Of the languages that capitalise nouns: nouns that stand without an article where a deal puts a party
     * ("Oracle kauft Server für N", "Y investiert N in Personal"), in lower case.
     */
    private final Set<String> nounWords;
    /** Of the languages that capitalise nouns: articles, a single capitalised word right after one is a noun. */
    private final Set<String> nounArticles;
    /** Of the languages that capitalise nouns: the noun endings that no single-word name ends with ("-ung"). */
    private final List<String> bareNounEndings;
    /** Per language, the words right before a name that make it a place for {@link #slotReader} ("en Pologne"). */
    private final Map<String, Set<String>> placeWords;
    /** {@code name-articles}: capitalised articles that open a place's name inside a sentence ("Los Angeles"). */
    private final Set<String> nameArticles;
    /** Per language, {@code name-openers}: not-names that open a name when another word of the run follows. */
    private final Map<String, Set<String>> nameOpeners;
    /**
     * Per language, phrases right before a name that make it a place for {@link #slotReader} ("una nave logística en
     * Valdelomar"): a building or site and its preposition; absent where the language has none.
     */
    private final Map<String, Pattern> placePhrases;

    private ProvisionalNames(JsonNode root) {
        JsonNode common = root.path("common");
        this.legalForms = Set.copyOf(strings(common, "legal-forms"));
        this.suffixes = Set.copyOf(strings(common, "suffixes"));
        this.fundSuffixes = Set.copyOf(strings(common, "fund-suffixes"));
        Set<String> fundWords = new HashSet<>();
        strings(common, "fund-name-words").forEach(w -> fundWords.add(w.toLowerCase(Locale.ROOT)));
        this.fundNameWords = Set.copyOf(fundWords);
        Set<String> fundEndings = new HashSet<>(fundSuffixes);
        fundEndings.addAll(strings(common, "fund-name-endings"));
        this.fundNameEndings = Set.copyOf(fundEndings);
        this.nameArticles = Set.copyOf(strings(common, "name-articles"));
        Set<String> stop = new HashSet<>();
        strings(common, "not-names").forEach(w -> stop.add(w.replace('’', '\'').toLowerCase(Locale.ROOT)));
        // a nationality written as a capitalised noun describes the company after it: "le Français Zentrix"
        root.fieldNames().forEachRemaining(language -> root.get(language).path("nationalities")
                .forEach(w -> stop.add(w.asText().toLowerCase(Locale.ROOT))));
        this.notNames = Set.copyOf(stop);
        Set<String> joiners = new HashSet<>();
        strings(common, "coordinators").forEach(w -> joiners.add(w.toLowerCase(Locale.ROOT)));
        this.coordinators = Set.copyOf(joiners);
        Set<String> places = new HashSet<>();
        strings(common, "place-prepositions").forEach(w -> places.add(w.toLowerCase(Locale.ROOT)));
        this.placePrepositions = Set.copyOf(places);
        this.shortNames = new ShortNames(suffixes, notNames);
        this.personAfter = RestPattern.afterSpaceAndComma("(?:(?:the|its|il|la|der|die|le|el|l['’])\\s+)?(?:"
                + alternatives(strings(common, "person-after")) + ")(?![\\p{L}\\p{N}])");
        this.personRole = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives(strings(common, "person-after"))
                + ")(?![\\p{L}\\p{N}])", flags());
        this.companyRoleAfter = RestPattern.afterSpace("(?:" + alternatives(strings(common, "company-roles-after"))
                + ")(?![\\p{L}\\p{N}])");
        // a few words without a sentence mark between, a decimal point allowed ("Zentrix's $8.5 billion loan")
        this.possessiveRoundPhrase = RestPattern.at("['’]s\\s+(?:(?:[^.;!?\\n]|(?<=\\d)\\.(?=\\d)){0,60}?\\s)?(?:"
                + alternatives(strings(common, "possessive-round-phrases")) + ")(?![\\p{L}\\p{N}])");
        this.modifiedNounAfter = RestPattern.afterSpace("(?-i:" + alternatives(strings(common, "modified-nouns"))
                + ")(?![\\p{L}\\p{N}])");
        Set<String> forms = new HashSet<>();
        for (String ending : strings(common, "descriptor-endings")) {
            INFLECTIONS.forEach(inflection -> forms.add((ending + inflection).toLowerCase(Locale.ROOT)));
        }
        this.descriptorForms = Set.copyOf(forms);
        this.descriptorFormLengths = forms.stream().mapToInt(String::length).distinct().sorted().toArray();
        this.descriptorFormEnds = forms.stream().allMatch(f -> f.length() >= 2) ? endKeys(forms) : null;
        this.firstNames = Set.copyOf(strings(common, "first-names"));
        this.genericNameWords = Set.copyOf(strings(common, "generic-name-words"));
        this.compoundRoles = Set.copyOf(strings(common, "compound-roles").stream()
                .map(w -> w.toLowerCase(Locale.ROOT)).toList());
        this.fieldCompoundRoles = Set.copyOf(NameCues.optionalStrings(common, "field-compound-roles").stream()
                .map(w -> w.toLowerCase(Locale.ROOT)).toList());
        this.notBefore = phrasesByFirstLetter(strings(common, "not-before"), "\\s+$", "not-before", "common", null);
        String amount = "(?:[$€£]\\s?\\d[\\d.,]*(?:\\s?(?:" + alternatives(strings(common, "amount-words"))
                + "))?|\\d[\\d.,]*\\s?(?:" + alternatives(strings(common, "amount-words")) + "))(?![\\p{L}\\p{N}])";
        String round = "(?:" + alternatives(strings(common, "round-nouns")) + ")(?![\\p{L}\\p{N}])";
        List<String> fors = strings(common, "for-prepositions");
        this.forPrepositions = Set.copyOf(fors.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
        this.amountFor = Pattern.compile("(?<![\\p{L}\\p{N}])(?:(?:us|usd|eur)\\s?)?(?:[$€£]\\s?)?\\d[\\d.,]*\\s?(?:"
                + alternatives(strings(common, "amount-words")) + ")(?![\\p{L}\\p{N}])(?:\\s+" + CURRENCY
                + "|\\s?[$€£])?\\s+(?:" + alternatives(fors) + ")\\s+$", flags());
        String into = "(?:" + alternatives(strings(common, "into-prepositions")) + ")\\s+";
        String intoAmount = "(?:(?:us|usd|eur)\\s?)?(?:[$€£]\\s?)?\\d[\\d.,]*\\s?(?:"
                + alternatives(strings(common, "amount-words")) + ")(?![\\p{L}\\p{N}])(?:\\s+" + CURRENCY
                + "|\\s?[$€£])?\\s+";
        this.amountInto = Pattern.compile("(?<![\\p{L}\\p{N}])" + intoAmount + into, flags());
        this.amountRightBefore = Pattern.compile("(?<![\\p{L}\\p{N}])" + intoAmount + "$", flags());
        String joiner = "(?:\\s*[,;]\\s*(?:(?:" + alternatives(strings(common, "coordinators")) + ")\\s+)?|\\s+(?:"
                + alternatives(strings(common, "coordinators")) + ")\\s+)";
        this.gappedItemHead = Pattern.compile("(?:(?<![\\p{L}\\p{N}])(?<prep>\\p{L}+)\\s+)?(?<![\\p{L}\\p{N}])"
                + "(?:(?:us|usd|eur)\\s?)?" + amount + "(?:\\s+" + CURRENCY + "|\\s?[$€£])?"
                + "(?:\\s+(?-i:\\p{Ll})\\p{L}*)?" + joiner + "$", flags());
        this.gappedItemRest = Pattern.compile("^[ \\t]*,?[ \\t]*(?:(?:us|usd|eur)\\s?)?" + amount, flags());
        this.listedAmountInto = Pattern.compile("(?:[,;]|\\s(?:" + alternatives(strings(common, "coordinators"))
                + "))\\s+" + intoAmount + into + "$", flags());
        String itemEnd = "(?:\\s+" + CURRENCY + "|\\s?[$€£])?(?=\\s*(?:[,;.)]|$)|\\s+(?:" + alternatives(strings(common,
                "coordinators")) + ")\\s)";
        // "Zentrix: 50 millions;", "Zentrix — $480M,", "Zentrix, $480M;", "Zentrix, à 50 millions ;"
        String listed = "[ \\t]*(?:[:—–-][ \\t]*|,[ \\t]*(?:(?:"
                + alternatives(strings(common, "item-amount-words"))
                + ")[ \\t]+)?)?(?:(?:us|usd|eur)\\s?)?" + amount + itemEnd;
        this.listedAmount = Pattern.compile(listed, flags() | Pattern.MULTILINE);
        this.listedAmountFirst = FirstChars.of(Pattern.compile("(?:(?:us|usd|eur)\\s?)?" + amount, flags()));
        this.listedItemWordFirst = FirstChars.of(Pattern.compile("(?:" + alternatives(strings(common,
                "item-amount-words")) + ")[ \\t]+", flags()));
        this.namedListedAmount = Pattern.compile("(?-i:\\p{Lu})[\\p{L}\\p{N}.&'’-]*" + listed,
                flags() | Pattern.MULTILINE);
        String amountPlace = AMOUNT_LEAD + "(?:(?:us|usd|eur)\\s?)?" + amount + "(?:\\s+" + CURRENCY + "|\\s?[$€£])?";
        String word = "[\\p{L}~≈][\\p{L}-]*\\s+";
        // "Zentrix's $80 million Series B", "Zentrix's $140 million acquisition of Korvia"
        String roundOrPurchase = "(?:" + alternatives(strings(common, "round-nouns")) + "|"
                + alternatives(strings(common, "purchase-nouns")) + ")(?![\\p{L}\\p{N}])";
        this.possessiveRound = RestPattern.at("['’]s\\s+(?:" + word + "){0,2}" + amount + "\\s*(?:"
                + "(?:dollars?|euros?|usd|eur)\\s+)?(?:" + word + "){0,2}" + roundOrPurchase);
        this.possessivePurchase = RestPattern.at("['’]s\\s+(?:" + word + "){0,2}(?:"
                + alternatives(strings(common, "possessive-purchase-phrases")) + ")\\s+(?-i:\\p{Lu})");
        String currency = CURRENCY;
        String genitive = "(?:d['’]|(?:de|di|del|della|dello|de\\s+la)\\s+)$";
        // the currency before the number stands for the one after it: "US$2.000 millones de Zentrix"
        String signedAmount = "(?:(?:us)?[$€£]\\s?|(?:usd|eur)\\s?)\\d[\\d.,]*\\s?(?:"
                + alternatives(strings(common, "amount-words")) + ")(?![\\p{L}\\p{N}])";
        this.genitiveAmount = Pattern.compile("(?:" + round + "\\s+(?:" + word + "){0,3}" + amount + "\\s+(?:"
                + currency + "\\s+)?|" + amount + "\\s+" + currency + "\\s+|" + signedAmount + "\\s+)" + genitive,
                flags());
        String bracket = "\\(\\s*(?:(?:usd|us\\$|eur)\\s*)?" + amount + "(?:\\s?[$€£]|\\s+" + currency + ")?\\s*\\)";
        // "Zentrix dans le spatial (170 millions)": up to three lower-case words of a field may precede the bracket
        String field = "(?:\\s+(?:" + alternatives(strings(common, "field-prepositions"))
                + ")(?:\\s+(?-i:\\p{Ll})[\\p{L}'’-]*){1,3})?";
        this.bracketAmount = Pattern.compile("^" + field + "\\s*" + bracket, flags());
        this.namedBracketAmount = Pattern.compile("(?-i:\\p{Lu})[\\p{L}\\p{N}.&'’-]*" + field + "\\s*" + bracket,
                flags());
        this.lineAmount = Pattern.compile("^[ \\t]*(?:\\([^()\\n]{0,60}\\)[ \\t]*)?(?:->|[—–→:|-])[ \\t]*(?:"
                + word + ")?[~≈]?" + amount, flags());
        Map<String, PhraseGroups> beforeMap = new LinkedHashMap<>();
        Map<String, AfterPhrases> afterMap = new LinkedHashMap<>();
        Set<String> nounCapitals = new HashSet<>();
        Set<String> determiners = new HashSet<>();
        List<String> endings = new ArrayList<>();
        Set<String> nouns = new HashSet<>();
        Set<String> articles = new HashSet<>();
        List<String> bareEndings = new ArrayList<>();
        Map<String, NameCues> cuesMap = new HashMap<>();
        Map<String, Set<String>> slotPlaces = new HashMap<>();
        Map<String, Set<String>> openers = new HashMap<>();
        Map<String, Pattern> slotPlacePhrases = new HashMap<>();
        root.fieldNames().forEachRemaining(language -> {
            if (!language.equals("common")) {
                JsonNode node = root.get(language);
                if (node.path("capitalised-nouns").asBoolean(false)) {
                    nounCapitals.add(language);
                    determiners.addAll(strings(node, "noun-determiners"));
                    endings.addAll(strings(node, "noun-endings"));
                    NameCues.optionalStrings(node, "noun-words").forEach(w -> nouns.add(w.toLowerCase(Locale.ROOT)));
                    NameCues.optionalStrings(node, "noun-articles")
                            .forEach(w -> articles.add(w.toLowerCase(Locale.ROOT)));
                    NameCues.optionalStrings(node, "bare-noun-endings")
                            .forEach(w -> bareEndings.add(w.toLowerCase(Locale.ROOT)));
                }
                beforeMap.put(language, beforePatterns(strings(node, "before"), language, amountPlace));
                // "[amount]" in an after phrase: a verb-final clause holds the amount ("Zentrix, das eine Runde
                // über 11,5 Millionen Euro abgeschlossen hat")
                // an adverb between the subject and its verb: "Zentrix recently raised", "Zentrix también cerró"
                List<String> adverbs = NameCues.optionalStrings(node, "adverbs");
                String adverb = adverbs.isEmpty() ? "" : "(?:(?:" + alternatives(adverbs) + ")\\s+)?";
                afterMap.put(language, AfterPhrases.of(adverbs, adverb, strings(node, "after"),
                        phrases -> withAmounts(alternatives(phrases), amountPlace, "after", language)));
                cuesMap.put(language, NameCues.of(node));
                slotPlaces.put(language, node.has("slot-place-words")
                        ? Set.copyOf(strings(node, "slot-place-words")) : Set.of());
                Set<String> opening = new HashSet<>();
                NameCues.optionalStrings(node, "name-openers").forEach(w -> opening.add(w.toLowerCase(Locale.ROOT)));
                openers.put(language, Set.copyOf(opening));
                if (node.has("slot-place-phrases")) {
                    slotPlacePhrases.put(language, Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
                            + String.join("|", strings(node, "slot-place-phrases")) + ")\\s+$", flags()));
                }
            }
        });
        this.nameCues = Map.copyOf(cuesMap);
        Set<String> verbs = new HashSet<>();
        root.fieldNames().forEachRemaining(language -> {
            if (!language.equals("common")) {
                strings(root.get(language), "after").stream().filter(w -> w.indexOf(' ') < 0 && w.indexOf('[') < 0)
                        .forEach(w -> verbs.add(w.toLowerCase(Locale.ROOT)));
            }
        });
        strings(common, "not-headline-verbs").forEach(w -> verbs.remove(w.toLowerCase(Locale.ROOT)));
        this.headlineVerbs = Set.copyOf(verbs);
        this.before = Map.copyOf(beforeMap);
        this.after = Map.copyOf(afterMap);
        this.capitalisedNouns = Set.copyOf(nounCapitals);
        this.nounDeterminers = Set.copyOf(determiners);
        this.nounEndings = List.copyOf(endings);
        this.nounWords = Set.copyOf(nouns);
        this.nounArticles = Set.copyOf(articles);
        this.bareNounEndings = List.copyOf(bareEndings);
        this.placeWords = Map.copyOf(slotPlaces);
        this.nameOpeners = Map.copyOf(openers);
        this.placePhrases = Map.copyOf(slotPlacePhrases);
    }

    /**
     * Longer fund names around a known name: "from Tandrix Oak Partners" when the table knows "Tandrix", "led by
     * B Growth Capital" when it knows "Growth Capital". A known name followed by capitalised words that end with a
     * {@code fund-suffixes} word (the first of them no suffix, so "Sequoia Capital" stays the table's Sequoia), or a
     * known name that opens with a fund or generic word right after a capitalised word inside the sentence, is only
     * part of the fund's name: the fund is the company the sentence names.
     *
     * @param text  the article text; not null
     * @param known the mentions of table entities, offsets in {@code text}; not modified
     * @return a provisional mention of each longer name, in the order of {@code known}; empty when none, never null
     */
    public List<EntityMention> fundNamesAroundKnown(String text, List<EntityMention> known) {
        List<EntityMention> out = new ArrayList<>(0);
        for (EntityMention mention : known) {
            if (mention.provisional() || mention.end() > text.length()) {
                continue;
            }
            int end = fundWordsAfter(text, mention.end());
            int start = end > mention.end() ? mention.start() : capitalisedWordBefore(text, mention);
            if (end == mention.end() && start == mention.start()) {
                continue;
            }
            if (!overlapsOther(known, mention, start, end)) {
                String surface = text.substring(start, end);
                out.add(new EntityMention(id(surface), withoutLegalForm(surface), surface, start, end, true));
            }
        }
        return out;
    }

    /**
     * Longer names that open with a known name and name another company, a unit or a sister firm: "Hitachi Chemical"
     * when the table knows "Hitachi". A known name followed by one or two capitalised words, none of them a suffix,
     * legal form, fund or generic word, not-name, first name, headline verb, company cue word or acronym, stands for
     * the longer name when the text writes that longer name at least twice: once may be a product or a headline
     * ("Zentrix Cloud" in one line), the same longer name again is a company the article follows. The longer name is
     * read as a provisional company where it stands; the known name alone elsewhere stays the known company.
     *
     * @param text  the article text; not null
     * @param known the mentions of table entities, offsets in {@code text}; not modified
     * @return a provisional mention of each longer name, in the order of {@code known}; empty when none, never null
     */
    public List<EntityMention> unitNamesAfterKnown(String text, List<EntityMention> known) {
        List<EntityMention> out = new ArrayList<>(0);
        for (EntityMention mention : known) {
            if (mention.provisional() || mention.end() > text.length()) {
                continue;
            }
            int end = unitWordsAfter(text, mention.end());
            if (end == mention.end()) {
                continue;
            }
            int from = mention.start();
            String surface = text.substring(from, end);
            if (!overlapsOther(known, mention, from, end) && timesWritten(text, surface) >= 2) {
                out.add(new EntityMention(id(surface), withoutLegalForm(surface), surface, from, end, true));
            }
        }
        return out;
    }

    /** The end of one or two capitalised words after {@code at} that may go on a company's name, or {@code at}. */
    private int unitWordsAfter(String text, int at) {
        int end = at;
        for (int words = 0; words < 2; words++) {
            if (end + 1 >= text.length() || text.charAt(end) != ' ' || !Character.isUpperCase(text.charAt(end + 1))) {
                return end;
            }
            int wordEnd = end + 1;
            boolean lower = false;
            while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
                lower |= Character.isLowerCase(text.charAt(wordEnd));
                wordEnd++;
            }
            if (wordEnd < text.length() && (Character.isDigit(text.charAt(wordEnd)) || text.charAt(wordEnd) == '-'
                    || text.charAt(wordEnd) == '.' && wordEnd + 1 < text.length()
                    && Character.isLetter(text.charAt(wordEnd + 1)))) {
                return end;
            }
            String word = text.substring(end + 1, wordEnd);
            String lowered = word.toLowerCase(Locale.ROOT);
            if (!lower || suffixes.contains(word) || legalForms.contains(word) || fundSuffixes.contains(word)
                    || genericNameWords.contains(word) || notNames.contains(lowered) || firstNames.contains(lowered)
                    || firstNames.contains(word) || headlineVerbs.contains(lowered)
                    || EntityLinker.CUE_WORDS.contains(TextNormalizer.normalize(lowered).text().strip())) {
                return end;
            }
            end = wordEnd;
        }
        return end;
    }

    /** How often {@code surface} is written in {@code text} as whole words. */
    private static int timesWritten(String text, String surface) {
        int count = 0;
        for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
            int after = at + surface.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (after == text.length() || !Character.isLetterOrDigit(text.charAt(after)))) {
                count++;
            }
        }
        return count;
    }

    /** The end of up to three capitalised words after {@code at} that end with a fund word, or {@code at}. */
    private int fundWordsAfter(String text, int at) {
        int end = at;
        for (int words = 0; words < 3; words++) {
            if (end + 1 >= text.length() || text.charAt(end) != ' ' || !Character.isUpperCase(text.charAt(end + 1))) {
                return at;
            }
            int wordEnd = end + 1;
            while (wordEnd < text.length() && Character.isLetterOrDigit(text.charAt(wordEnd))) {
                wordEnd++;
            }
            String word = text.substring(end + 1, wordEnd);
            if (words == 0 && (suffixes.contains(word) || legalForms.contains(word))) {
                return at;
            }
            end = wordEnd;
            if (fundSuffixes.contains(word)) {
                return end;
            }
        }
        return at;
    }

    /**
     * The start of the capitalised word right before a known name that opens with a fund or generic word ("B" of
     * "B Growth Capital"), or the mention's start: not a word that opens the sentence, nor a not-name.
     */
    private int capitalisedWordBefore(String text, EntityMention mention) {
        int space = mention.surface().indexOf(' ');
        String first = space < 0 ? mention.surface() : mention.surface().substring(0, space);
        if (!fundSuffixes.contains(first) && !genericNameWords.contains(first)) {
            return mention.start();
        }
        int blank = mention.start() - 1;
        if (blank < 1 || text.charAt(blank) != ' ') {
            return mention.start();
        }
        int wordStart = blank;
        while (wordStart > 0 && Character.isLetterOrDigit(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, blank);
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || notNames.contains(word.toLowerCase(Locale.ROOT))) {
            return mention.start();
        }
        return opensSentenceAt(text, wordStart) ? mention.start() : wordStart;
    }

    /**
     * Mentions of companies of {@code named} by their short form ("Abnormal" after "Abnormal Security"), see
     * {@link ShortNames}.
     *
     * @param named the mentions found so far (known and provisional); not modified
     * @return new mentions only; never null
     */
    public List<EntityMention> shortForms(String text, List<EntityMention> named) {
        return shortNames.find(text, named);
    }

    /**
     * Whether a person's name ({@link #personNameEndsAt}) stands right before {@code at} in {@code text}, or before up
     * to {@code lowerCaseWords} lower-case words that end there ("Elon Musk has agreed to"), none of them before
     * {@code from}.
     */
    public boolean personNameBefore(String text, int from, int at, int lowerCaseWords) {
        int end = at;
        for (int words = 0; words <= lowerCaseWords && end > from; words++) {
            if (personNameEndsAt(text, end)) {
                return true;
            }
            int wordEnd = end;
            while (wordEnd > from && Character.isWhitespace(text.charAt(wordEnd - 1))) {
                wordEnd--;
            }
            int start = wordEnd;
            while (start > from && Character.isLetter(text.charAt(start - 1))) {
                start--;
            }
            if (start == wordEnd || !Character.isLowerCase(text.charAt(start))) {
                return false;
            }
            end = start;
        }
        return false;
    }

    /**
     * Whether the words of {@code text} that end at {@code end} (spaces before it skipped) name a person: a given name
     * ({@code first-names}) and up to three more capitalised words, none of them a company suffix ("Elon Musk",
     * "Anna Berg").
     */
    public boolean personNameEndsAt(String text, int end) {
        int at = end;
        while (at > 0 && Character.isWhitespace(text.charAt(at - 1))) {
            at--;
        }
        List<String> words = new ArrayList<>();
        while (words.size() < 4 && at > 0) {
            int start = at;
            while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
                start--;
            }
            if (start == at || !Character.isUpperCase(text.charAt(start))) {
                break;
            }
            words.add(0, text.substring(start, at));
            if (words.size() >= 2 && firstNames.contains(words.get(0))
                    && words.subList(1, words.size()).stream().noneMatch(suffixes::contains)) {
                return true;
            }
            at = start;
            if (at == 0 || text.charAt(at - 1) != ' ') {
                break;
            }
            at--;
        }
        return false;
    }

    /**
     * Names that stand in none of the company places of {@link #find} but may fill a party's place in a deal: the runs
     * of capitalised words in {@code [from, to)} that overlap no mention of {@code named}. The caller, the deal
     * reader, makes one a company only where the grammar that reads known companies gives it a party's place ("SoftBank
     * has invested $500 million in Corvana", "Tandrix hat Corvana für 2 Milliarden Dollar gekauft"): a capitalised
     * word is not a company by itself. Left out here: people (a given name and another word, or the surname of one
     * named before), names before a person word or a modified noun, sources ({@code not-before}), names in a line
     * written in title case without a suffix, a single word written in lower case elsewhere in the text, a single word
     * that opens its sentence (a common word: "Investors poured ...") and stands only once in the text, and where every
     * noun is capitalised (German) a single word that stands only once, a name right after an article or a determiner
     * ({@code noun-determiners}) and one with a noun ending ({@code noun-endings}).
     *
     * The text's runs of capitalised words are read once, when the reader is made; {@link SlotReader#candidates}
     * then picks those of each sentence.
     *
     * @param text     the article text; not null
     * @param language ISO 639-1 code; null reads as English
     * @param named    the mentions found so far, known and provisional; not modified
     */
    public SlotReader slotReader(String text, String language, List<EntityMention> named) {
        return new SlotReader(text, language == null ? "en" : language, named);
    }

    /** The candidates of {@link #slotReader} for one text, sentence by sentence. Not thread-safe. */
    public final class SlotReader {
        private final String text;
        private final String lang;
        private final List<Run> runs;
        private final Set<String> surnames;
        private final boolean nounCapitals;

        private SlotReader(String text, String lang, List<EntityMention> named) {
            this.text = text;
            this.lang = lang;
            this.nounCapitals = capitalisedNouns.contains(lang);
            this.runs = runs(text, named, nameOpeners.getOrDefault(lang, Set.of()), nounCapitals);
            this.surnames = surnames(runs);
        }

        /** Whether the language writes every noun with a capital ({@code capitalised-nouns}: German). */
        public boolean nounCapitals() {
            return nounCapitals;
        }

        /**
         * The candidates in the span {@code [from, to)}, a sentence: provisional mentions in text order; never null.
         */
        public List<EntityMention> candidates(int from, int to) {
            return candidates(from, to, null);
        }

        /**
         * {@link #candidates(int, int)}, and a single word that opens the sentence and stands once in the text too,
         * unless {@code commonWord} says it is a common word of the language ("Investors", "Officials"): for a party
         * the grammar leaves out of a deal it has read ("Tandrix will pay $300 million for Celonis", the payer).
         *
         * @param commonWord whether a word, in lower case, is a common word of the language; null keeps such a
         *                   word out
         */
        public List<EntityMention> candidates(int from, int to, Predicate<String> commonWord) {
            List<EntityMention> out = new ArrayList<>();
            for (Run run : runs) {
                if (run.start() >= from && run.end() <= to && isCandidate(run, from, false, commonWord)) {
                    out.add(new EntityMention(id(run.name()), withoutLegalForm(run.name()),
                            text.substring(run.start(), run.end()), run.start(), run.end(), true));
                }
            }
            return out;
        }

        /**
         * Whether a run of two capitalised words or more that would be a candidate ({@link #candidates}) starts at
         * {@code at} in the span from {@code from}, a line written in title case included: whether a sentence opens
         * with a name of its own, though capitals in such a line alone make no company.
         */
        public boolean multiWordNameAt(int from, int at) {
            for (Run run : runs) {
                if (run.start() == at) {
                    return run.name().indexOf(' ') > 0 && isCandidate(run, from, true, null);
                }
            }
            return false;
        }

        private boolean isCandidate(Run run, int from, boolean titleCaseToo, Predicate<String> commonWord) {
            String rest = text.substring(run.end(), Math.min(text.length(), run.end() + 80));
            if (!Character.isUpperCase(run.name().charAt(0)) || inBrackets(text, run) || truncatedCompound(text, run)
                    || !nounCapitals && afterCapitalisedNotName(text, run) && !opensSentence(text, run, from)
                    || isPerson(run) || surnames.contains(run.name()) || personAfter.matches(rest)
                    || modifiedNounAfter.matches(rest) || namedAsSource(text, run)
                    || CITY_OF_BASED.matcher(rest).lookingAt()
                    || !titleCaseToo && !nounCapitals && inTitleCaseLine(text, run) && !hasSuffix(run)) {
                return false;
            }
            if (run.name().indexOf(' ') < 0 && (writtenInLowerCase(text, run.name()) || shortAcronym(run.name())
                    || (nounCapitals || opensSentence(text, run, from) && (commonWord == null
                            || commonWord.test(run.name().toLowerCase(Locale.ROOT))))
                            && occurrences(text, run.name()) < 2)) {
                return false;
            }
            return !(elidedLowerCase(run.name()) || wordBefore(text, run, placeWords.getOrDefault(lang, Set.of()))
                    || placePhraseBefore(text, run, placePhrases.get(lang))
                    || nounCapitals && (afterDeterminer(text, run) || opensWithDeterminer(run.name())
                            || hasNounEnding(run.name())));
        }
    }

    /**
     * Whether a run of several words opens with one of the {@code noun-determiners}, capitalised at the start of a
     * sentence or headline: "Neue Geldspritze: X bekommt ..." is a noun phrase, no name.
     */
    private boolean opensWithDeterminer(String name) {
        int space = name.indexOf(' ');
        return space > 0 && nounDeterminers.contains(name.substring(0, space).toLowerCase(Locale.ROOT));
    }

    /** A word with a noun ending, or a company noun however short ("Tochter", "Konzern"): a noun, not a name. */
    private boolean nounAfterAdjective(String word) {
        return hasNounEnding(word) || descriptorForms.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code word} ends with one of the language's {@code noun-endings} ("-ung", "-runde") or is one of its
     * {@code noun-words} ("Server", "Personal").
     */
    private boolean hasNounEnding(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return nounWords.contains(lower) || nounEndings.stream().anyMatch(lower::endsWith);
    }

    /** A capital, then only lower-case letters, each part of a hyphened compound alike ("Sparte", "Start-up"). */
    private static boolean writtenAsNoun(String word) {
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLowerCase(c) && !(c == '-' && i + 1 < word.length())
                    && !(word.charAt(i - 1) == '-' && Character.isLetter(c))) {
                return false;
            }
        }
        return Character.isUpperCase(word.charAt(0));
    }

    /**
     * Where every noun has a capital: whether a name of one word is a noun rather than a name, by its ending or its
     * word ({@code bare-noun-endings}, {@code noun-words}: "Forschung", "Immobilien", "Server") or by an article right
     * before it ({@code
     * noun-articles}: "die Sparte", "das Werk"). A company place then makes no company of it ("Oracle hat die Sparte
     * für N übernommen", "Y investiert N in Forschung"). A word written otherwise than a noun, with a capital or a digit
     * after its first letter ("die KfW", "die DKB", "N26"), is a name.
     */
    private boolean bareNoun(String text, Run run) {
        if (run.name().indexOf(' ') >= 0 || !writtenAsNoun(run.name())) {
            return false;
        }
        String lower = run.name().toLowerCase(Locale.ROOT);
        return nounWords.contains(lower) || bareNounEndings.stream().anyMatch(lower::endsWith)
                || wordBefore(text, run, nounArticles);
    }

    /** Whether {@code word} stands somewhere in the text written all in lower case, as a whole word. */
    private static boolean writtenInLowerCase(String text, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return !w.equals(word) && occurrences(text, w) > 0;
    }


    /**
     * Whether one of the language's {@code noun-determiners} stands before the name, alone or with up to two
     * lower-case words between ("die Angriffsdrohnen", "die beiden Konzerne").
     */
    private boolean afterDeterminer(String text, Run run) {
        int end = run.start();
        for (int words = 0; words < 3; words++) {
            while (end > 0 && isRegexSpace(text.charAt(end - 1))) {
                end--;
            }
            int start = end;
            while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
                start--;
            }
            if (start == end) {
                // "5 Akquisitionen": a number before the word counts it
                return end > 0 && Character.isDigit(text.charAt(end - 1));
            }
            String word = text.substring(start, end);
            if (nounDeterminers.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
            // lower-case words and inflected capitalised adjectives ("das Deutsche Zentrum") may stand between; a
            // capitalised word with a noun ending is the determiner's own noun ("In der Runde hat X")
            if (!Character.isLowerCase(word.charAt(0)) && (!word.endsWith("e") || hasNounEnding(word))) {
                return false;
            }
            end = start;
        }
        return false;
    }

    /** "una nave logística en Valdelomar": a phrase of {@link #placePhrases} ends right before the name. */
    private static boolean placePhraseBefore(String text, Run run, Pattern phrases) {
        return phrases != null
                && phrases.matcher(text).region(Math.max(0, run.start() - PLACE_PHRASE_CHARS), run.start()).find();
    }

    /** Whether the word right before the name, in lower case, is one of {@code words}. */
    private static boolean wordBefore(String text, Run run, Set<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        int end = run.start();
        while (end > 0 && isRegexSpace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start < end && words.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }

    /** "das Bundesministerium (BMWi)", "un prêt (MBIL)": a name alone in brackets abbreviates what stands before. */
    private static boolean inBrackets(String text, Run run) {
        return run.start() > 0 && text.charAt(run.start() - 1) == '(' && run.end() < text.length()
                && text.charAt(run.end()) == ')';
    }

    /** "für Luft- und Raumfahrt": the first part of a compound whose head comes later. */
    private static boolean truncatedCompound(String text, Run run) {
        return run.end() + 1 < text.length() && text.charAt(run.end()) == '-' && isRegexSpace(text.charAt(run.end() + 1));
    }

    /**
     * "von Global Switch", "La Banca": a capitalised word of {@code not-names} right before the name was cut from it,
     * so the rest is no name of its own.
     */
    private boolean afterCapitalisedNotName(String text, Run run) {
        int end = run.start();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start < end && Character.isUpperCase(text.charAt(start))
                && notNames.contains(text.substring(start, end).toLowerCase(Locale.ROOT))
                && !amountBefore(text, start);
    }

    /** "für 2 Milliarden Dollar Corvana": a number shortly before, so the word before the name ends an amount. */
    private static boolean amountBefore(String text, int at) {
        for (int i = at - 1; i >= Math.max(0, at - 20); i--) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** "GEN", "UE", "PMI": an upper-case word of two or three letters is an abbreviation more often than a name. */
    private static boolean shortAcronym(String name) {
        return name.length() <= 3 && name.chars().allMatch(Character::isUpperCase);
    }

    /**
     * Whether only white space, punctuation and capitalised words that are no names ("Les", "Meanwhile") stand
     * between the start of the sentence (or of the line) and the name: a capital there says nothing.
     */
    private boolean opensSentence(String text, Run run, int sentenceStart) {
        int i = run.start();
        while (i > sentenceStart) {
            char c = text.charAt(i - 1);
            if (c == '\n') {
                return true;
            }
            if (Character.isLetter(c)) {
                int start = i;
                while (start > sentenceStart && Character.isLetter(text.charAt(start - 1))) {
                    start--;
                }
                if (!Character.isUpperCase(text.charAt(start)) || !isNotName(text, new Word(start, i))) {
                    return false;
                }
                i = start;
            } else if (Character.isDigit(c)) {
                return false;
            } else {
                i--;
            }
        }
        return true;
    }

    /** How often {@code word} stands in the text as a whole word, with this case. */
    private static int occurrences(String text, String word) {
        int n = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                n++;
            }
        }
        return n;
    }

    /** The finder with the bundled {@code company-cues.yml}. */
    public static ProvisionalNames bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final ProvisionalNames BUNDLED = new ProvisionalNames(ResourceYaml.read(ProvisionalNames.class, RESOURCE));
    }

    /**
     * The "before" phrases of a language grouped by their first letter, each group compiled into one pattern
     * that ends at the end of the text it is given. {@link #endsWithBefore} tries a group only where its letter
     * stands, which finds the same phrases as one pattern of all of them tried at every position.
     */
    private static PhraseGroups beforePatterns(List<String> phrases, String language, String amountPlace) {
        return phrasesByFirstLetter(phrases,
                "(?:\\s+(?:the|a|an|il|lo|la|l['’]|le|les|der|die|das|den|dem|des|el|los|las|del|della|dello|du|de))?\\s+$",
                "before", language, amountPlace);
    }

    /**
     * Phrases grouped by their first letter ({@link #fold}), each group compiled into one pattern
     * {@code (?<![\p{L}\p{N}])(?:phrases)ending} for {@link #endsWithBefore}.
     */
    private static PhraseGroups phrasesByFirstLetter(List<String> phrases, String ending, String key,
                                                                String language, String amountPlace) {
        Map<Character, List<String>> groups = new HashMap<>();
        for (String phrase : phrases) {
            String trimmed = phrase.trim();
            if (trimmed.isEmpty() || !Character.isLetterOrDigit(trimmed.charAt(0))) {
                throw new IllegalStateException(RESOURCE + ": the '" + key + "' phrase '" + phrase + "' of '"
                        + language + "' must start with a letter or digit");
            }
            groups.computeIfAbsent(fold(trimmed.charAt(0)), k -> new ArrayList<>()).add(phrase);
        }
        Map<Character, Phrases> patterns = new HashMap<>();
        groups.forEach((first, group) -> patterns.put(first, new Phrases(Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
                + withAmounts(alternatives(group), amountPlace, key, language) + ")" + ending, flags()),
                secondLetters(group), LeadingWords.of(group))));
        return PhraseGroups.of(patterns);
    }

    /** The phrases' regex with the amount pattern where they wrote "[amount]" ({@link #AMOUNT_MARK}). */
    private static String withAmounts(String regex, String amountPlace, String key, String language) {
        if (!regex.contains(AMOUNT_MARK)) {
            return regex;
        }
        if (amountPlace == null) {
            throw new IllegalStateException(RESOURCE + ": '" + key + "' phrases of '" + language
                    + "' cannot hold [amount]");
        }
        return regex.replace(AMOUNT_MARK, amountPlace);
    }

    /** Phrase groups by folded first letter, looked up for every word start: an array below 0x250, a map above. */
    private record PhraseGroups(Phrases[] latin, Map<Character, Phrases> others) {

        private static final int LATIN = 0x250;

        static PhraseGroups of(Map<Character, Phrases> groups) {
            Phrases[] latin = new Phrases[LATIN];
            Map<Character, Phrases> others = new HashMap<>();
            groups.forEach((first, phrases) -> {
                if (first < LATIN) {
                    latin[first] = phrases;
                } else {
                    others.put(first, phrases);
                }
            });
            return new PhraseGroups(latin, Map.copyOf(others));
        }

        /** The phrases whose first letter folds to {@code folded}; null when none does. */
        Phrases get(char folded) {
            return folded < LATIN ? latin[folded] : others.get(folded);
        }
    }

    /**
     * The phrases of one first letter as one pattern, and the second letters ({@link #fold}) they can go on
     * with; null when one of them can go on with anything else (a one-letter word, an apostrophe).
     */
    private record Phrases(Pattern pattern, String secondLetters, LeadingWords leadingWords) {
        /** Whether a match may start at {@code p}: cheaper than the pattern, which makes a Matcher. */
        boolean mayStartAt(String head, int p) {
            return (secondLetters == null || p + 1 < head.length() && secondLetters.indexOf(fold(head.charAt(p + 1))) >= 0)
                    && leadingWords.standAt(head, p);
        }
    }

    /**
     * The leading letters and digits of each phrase of a group ("acquisition" of "acquisition of", "l" of
     * "l'azienda"), folded ({@link #fold}), by length. Every match of the group's pattern begins with one of them as
     * quoted literals, followed by a character that is no letter or digit (white space, a comma, a hyphen, an
     * apostrophe): so the word of letters and digits at the match's start has exactly that length. A phrase whose
     * leading letters stop at a surrogate is only a prefix ({@code prefixes}), compared at any length.
     */
    private record LeadingWords(char[][][] byLength, char[][] prefixes) {

        /**
         * The leading words of "after" phrases ({@link LeadingWord#ofAfterPhrase}); null when a phrase has none.
         */
        static LeadingWords ofAfterPhrases(List<String> phrases, boolean comma) {
            Set<String> words = new LinkedHashSet<>();
            Set<String> prefixes = new LinkedHashSet<>();
            for (String phrase : phrases) {
                LeadingWord word = LeadingWord.ofAfterPhrase(phrase, comma);
                if (word == null) {
                    return null;
                }
                (word.whole() ? words : prefixes).add(word.folded());
            }
            return of(words, prefixes);
        }

        static LeadingWords of(List<String> phrases) {
            Set<String> words = new LinkedHashSet<>();
            Set<String> prefixes = new LinkedHashSet<>();
            for (String phrase : phrases) {
                String trimmed = phrase.trim();
                StringBuilder word = new StringBuilder();
                boolean whole = true;
                for (int k = 0; k < trimmed.length(); k++) {
                    char c = trimmed.charAt(k);
                    if (Character.isSurrogate(c)) {
                        whole = false;
                        break;
                    }
                    if (!Character.isLetterOrDigit(c)) {
                        break;
                    }
                    word.append(fold(c));
                }
                (whole ? words : prefixes).add(word.toString());
            }
            return of(words, prefixes);
        }

        private static LeadingWords of(Set<String> words, Set<String> prefixes) {
            int longest = words.stream().mapToInt(String::length).max().orElse(0);
            char[][][] byLength = new char[longest + 1][][];
            for (int n = 0; n <= longest; n++) {
                int length = n;
                byLength[n] = words.stream().filter(w -> w.length() == length).map(String::toCharArray)
                        .toArray(char[][]::new);
            }
            return new LeadingWords(byLength, prefixes.stream().map(String::toCharArray).toArray(char[][]::new));
        }

        /**
         * Whether one phrase's leading letters stand at {@code p}, compared as the pattern compares a literal under
         * {@link Pattern#CASE_INSENSITIVE} and {@link Pattern#UNICODE_CASE} (equal, or equal once both are folded,
         * which accepts a little more than the pattern).
         */
        boolean standAt(String head, int p) {
            int end = p;
            while (end < head.length() && end - p < byLength.length && Character.isLetterOrDigit(head.charAt(end))) {
                end++;
            }
            if (end - p < byLength.length && (end == head.length() || !Character.isLetterOrDigit(head.charAt(end)))) {
                for (char[] word : byLength[end - p]) {
                    if (foldedAt(head, p, word)) {
                        return true;
                    }
                }
            }
            for (char[] prefix : prefixes) {
                if (p + prefix.length <= head.length() && foldedAt(head, p, prefix)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean foldedAt(String head, int p, char[] folded) {
            for (int k = 0; k < folded.length; k++) {
                char c = head.charAt(p + k);
                if (c != folded[k] && fold(c) != folded[k]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The second letters of phrases, folded; null when a phrase's second character is no letter or digit. */
    private static String secondLetters(List<String> phrases) {
        StringBuilder out = new StringBuilder();
        for (String phrase : phrases) {
            String trimmed = phrase.trim();
            if (trimmed.length() < 2 || !Character.isLetterOrDigit(trimmed.charAt(1))
                    || Character.isSurrogate(trimmed.charAt(1))) {
                return null;
            }
            out.append(fold(trimmed.charAt(1)));
        }
        return out.toString();
    }

    /** {@link #fold} of the characters below 0x250, looked up at every word start of the text before a name. */
    private static final char[] FOLDED = new char[0x250];

    static {
        for (char c = 0; c < FOLDED.length; c++) {
            FOLDED[c] = Character.toLowerCase(Character.toUpperCase(c));
        }
    }

    /** A character as {@link Pattern#CASE_INSENSITIVE} with {@link Pattern#UNICODE_CASE} compares it. */
    private static char fold(char c) {
        return c < FOLDED.length ? FOLDED[c] : Character.toLowerCase(Character.toUpperCase(c));
    }

    /**
     * Whether {@code head} ends with a "before" phrase (and an optional article). Tries the phrases of one first
     * letter at each word start with that letter, rather than all phrases at every position: the same answer
     * as one pattern with {@code find()}, several times faster; it runs for most capitalised words.
     */
    private static boolean endsWithBefore(String head, PhraseGroups byFirstLetter) {
        if (!endsWithSpace(head)) {
            return false;
        }
        // One matcher per group over this head, reset to each word start (region() keeps the transparent bounds)
        Pattern last = null;
        Matcher matcher = null;
        for (int p = 0; p < head.length(); p++) {
            // The patterns start with (?<![\p{L}\p{N}]): they cannot match right after a letter or digit.
            // Nor at a character that is no letter or digit: every phrase starts with one (phrasesByFirstLetter).
            if (p > 0 && Character.isLetterOrDigit(head.charAt(p - 1)) || !Character.isLetterOrDigit(head.charAt(p))) {
                continue;
            }
            Phrases phrases = byFirstLetter.get(fold(head.charAt(p)));
            if (phrases == null || !phrases.mayStartAt(head, p)) {
                continue;
            }
            if (phrases.pattern() != last) {
                last = phrases.pattern();
                matcher = last.matcher(head).useTransparentBounds(true);
            }
            if (matcher.region(p, head.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static int flags() {
        return Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    }

    private static List<String> strings(JsonNode node, String key) {
        JsonNode list = node.get(key);
        if (list == null || !list.isArray()) {
            throw new IllegalStateException(RESOURCE + " lacks the list '" + key + "'");
        }
        List<String> out = new ArrayList<>();
        list.forEach(v -> out.add(v.asText()));
        return out;
    }

    /** The parts of a phrase that {@link #alternatives} writes as patterns of their own, not as literals. */
    private static final Set<String> PLACEHOLDERS = Set.of("[adj]", "[compl]", "[adj1]", "[amount]");

    /** Phrases as one alternation, longest first, with white space, "[adj]" and "[adj1]" made flexible. */
    private static String alternatives(List<String> phrases) {
        return String.join("|", phrases.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(p -> {
                    StringBuilder regex = new StringBuilder();
                    for (String part : p.trim().split("\\s+")) {
                        if (part.equals("[adj]")) {
                            regex.append(ADJ);
                            continue;
                        }
                        if (part.equals("[compl]")) {
                            regex.append(COMPLEMENT);
                            continue;
                        }
                        if (part.equals("[adj1]")) {
                            regex.append(ONE_ADJ);
                            continue;
                        }
                        if (part.equals("[amount]")) {
                            regex.append(AMOUNT_MARK);
                            continue;
                        }
                        if (!regex.isEmpty() && !part.startsWith(",")) {
                            regex.append("\\s+");
                        } else if (!regex.isEmpty()) {
                            regex.append("\\s*");
                        }
                        regex.append(Pattern.quote(part).replaceAll("['’]", "\\\\E['’]\\\\Q"));
                    }
                    return regex.toString();
                })
                .toList());
    }

    /**
     * A pattern anchored at the start of the text after a name ({@code rest}): white space ({@code \s*}), with
     * {@code comma} an optional comma and white space again, then {@code core}; with the first two and three
     * characters the core can begin with ({@link PairStartsIndex}: the first letter lets almost every word after a
     * name through to the long alternations of verbs, its first three letters few). Most names are followed by none
     * of them where the core may start, and skip the matcher.
     */
    private record RestPattern(Pattern pattern, FirstChars coreFirst, PairStartsIndex coreStarts, boolean space,
                               boolean comma) {

        /** {@code ^\s*core}. */
        static RestPattern afterSpace(String core) {
            return of("^\\s*", core, true, false);
        }

        /** {@code ^\s*,?\s*core}. */
        static RestPattern afterSpaceAndComma(String core) {
            return of("^\\s*,?\\s*", core, true, true);
        }

        /** {@code ^core}. */
        static RestPattern at(String core) {
            return of("^", core, false, false);
        }

        private static RestPattern of(String lead, String core, boolean space, boolean comma) {
            Pattern corePattern = Pattern.compile(core, flags());
            FirstChars coreFirst = FirstChars.of(corePattern);
            return new RestPattern(Pattern.compile(lead + core, flags()), coreFirst,
                    new PairStartsIndex(List.of(PairStarts.of(corePattern, coreFirst))), space, comma);
        }

        /**
         * Whether the core may begin at {@code at} of {@code rest}; false only when it cannot. The first character
         * alone, from one small table, rules out most places.
         */
        private boolean coreMayStart(String rest, int at) {
            return coreFirst.mayStart(rest.charAt(at)) && coreStarts.candidates(rest, at, rest.length()).length > 0;
        }

        /** Whether the pattern matches at the start of {@code rest}, as {@code lookingAt()} answers. */
        boolean matches(String rest) {
            return mayMatch(rest) && pattern.matcher(rest).lookingAt();
        }

        /** False when the core can start at none of the places the lead may end at. */
        private boolean mayMatch(String rest) {
            int at = 0;
            if (space) {
                at = skipSpaces(rest, 0);
                if (at < 0) {
                    return true;
                }
                if (comma && rest.charAt(at) == ',') {
                    at = skipSpaces(rest, at + 1);
                    if (at < 0) {
                        return true;
                    }
                }
                return false;
            }
            return at >= rest.length() || coreMayStart(rest, at);
        }

        /**
         * From {@code from} over white space: -1 as soon as the core may start at a place (or the text ends), else
         * the first character that is no white space.
         */
        private int skipSpaces(String rest, int from) {
            for (int at = from; ; at++) {
                if (at >= rest.length() || coreMayStart(rest, at)) {
                    return -1;
                }
                if (!isRegexSpace(rest.charAt(at))) {
                    return at;
                }
            }
        }
    }

    /**
     * One group of {@link AfterPhrases}: its pattern ({@code ^\s*(?:phrases)}), and the leading words of its phrases
     * ({@link LeadingWords#ofAfterPhrases}), null when the group's matches need not begin with one of them.
     */
    private record AfterGroup(WordGatedPattern pattern, LeadingWords leadingWords, Map<String, WordGatedPattern> byWord,
                              WordGatedPattern prefixOnly) {

        /**
         * The group of {@code phrases} ({@code comma}: phrases that open with a comma), and when every phrase has a
         * leading word ({@link LeadingWord#ofAfterPhrase}), one pattern per whole leading word: its phrases and those
         * whose leading word is only a prefix. A whole word ends where the word of the text must end, so only the
         * phrases of the text's word (folded) and the prefixes can match there; the order of an alternation does not
         * change whether {@code lookingAt()} finds a match.
         */
        static AfterGroup of(List<String> phrases, boolean comma, Function<List<String>, String> alternatives) {
            WordGatedPattern pattern = WordGatedPattern.of(phrases, alternatives);
            Map<String, List<String>> wholes = new LinkedHashMap<>();
            List<String> prefixes = new ArrayList<>();
            for (String phrase : phrases) {
                LeadingWord word = LeadingWord.ofAfterPhrase(phrase, comma);
                if (word == null) {
                    return new AfterGroup(pattern, null, Map.of(), null);
                }
                if (word.whole()) {
                    wholes.computeIfAbsent(word.folded(), k -> new ArrayList<>()).add(phrase);
                } else {
                    prefixes.add(phrase);
                }
            }
            Map<String, WordGatedPattern> byWord = new HashMap<>();
            wholes.forEach((word, group) -> {
                List<String> tried = new ArrayList<>(group);
                tried.addAll(prefixes);
                byWord.put(word, WordGatedPattern.of(tried, alternatives));
            });
            return new AfterGroup(pattern, LeadingWords.ofAfterPhrases(phrases, comma), Map.copyOf(byWord),
                    prefixes.isEmpty() ? null : WordGatedPattern.of(prefixes, alternatives));
        }

        /**
         * Whether the pattern matches at the start of {@code rest}, as {@code lookingAt()} answers; {@code at}: where
         * a match's first word must stand (after the white space, and after the comma of a comma group).
         */
        boolean matches(String rest, int at) {
            if (leadingWords == null) {
                return pattern.matches(rest);
            }
            if (!leadingWords.standAt(rest, at)) {
                return false;
            }
            WordGatedPattern tried = byWord.get(foldedWordAt(rest, at));
            if (tried == null) {
                tried = prefixOnly;
            }
            return tried != null && tried.matches(rest);
        }

        /** The word of letters and digits at {@code at}, each character folded ({@link #fold}). */
        private static String foldedWordAt(String rest, int at) {
            int end = at;
            while (end < rest.length() && Character.isLetterOrDigit(rest.charAt(end))) {
                end++;
            }
            char[] word = new char[end - at];
            for (int k = 0; k < word.length; k++) {
                word[k] = fold(rest.charAt(at + k));
            }
            return new String(word);
        }
    }

    /**
     * The pattern of some "after" phrases ({@link AfterPhrases#withoutAdverb}) with, for each phrase, one word it writes
     * as it stands (its longest literal piece, folded with {@link #fold}): every match of the phrase holds that piece,
     * compared as the pattern compares it, so where the rest after a name holds none of the pieces no phrase matches
     * and the matcher is not run ("für [amount] übernommen" after every German noun followed by "für"). {@code pieces}
     * is null when some phrase writes nothing besides its leading word, which the caller has already found.
     */
    private record WordGatedPattern(Pattern pattern, String[] pieces) {

        static WordGatedPattern of(List<String> phrases, Function<List<String>, String> alternatives) {
            Pattern pattern = AfterPhrases.withoutAdverb(phrases, alternatives);
            Set<String> pieces = new LinkedHashSet<>();
            for (String phrase : phrases) {
                String piece = longestLiteralPiece(phrase);
                if (piece == null) {
                    return new WordGatedPattern(pattern, null);
                }
                pieces.add(piece);
            }
            return new WordGatedPattern(pattern, pieces.toArray(new String[0]));
        }

        /**
         * The longest piece of the phrase's words after its first one that {@link #alternatives} writes as a literal
         * (a part that is no placeholder, cut at its apostrophes, which the pattern lets be straight or curly), folded;
         * null when there is none or a piece holds a surrogate.
         */
        private static String longestLiteralPiece(String phrase) {
            String[] parts = phrase.trim().split("\\s+");
            String longest = null;
            for (int i = 1; i < parts.length; i++) {
                if (PLACEHOLDERS.contains(parts[i])) {
                    continue;
                }
                for (String piece : parts[i].split("['’]")) {
                    if (piece.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
                        return null;
                    }
                    if (!piece.isEmpty() && (longest == null || piece.length() >= longest.length())) {
                        longest = piece;
                    }
                }
            }
            return longest == null ? null : folded(longest);
        }

        /** Whether the pattern matches at the start of {@code rest}, as {@code lookingAt()} answers. */
        boolean matches(String rest) {
            if (pieces != null) {
                String folded = folded(rest);
                boolean some = false;
                for (String piece : pieces) {
                    if (folded.contains(piece)) {
                        some = true;
                        break;
                    }
                }
                if (!some) {
                    return false;
                }
            }
            return pattern.matcher(rest).lookingAt();
        }

        private static String folded(String s) {
            char[] out = new char[s.length()];
            for (int i = 0; i < out.length; i++) {
                out[i] = fold(s.charAt(i));
            }
            return new String(out);
        }
    }

    /**
     * The leading word of a phrase, folded ({@link #fold}); {@code whole} when a match of the phrase has exactly that
     * word of letters and digits where it begins, else it is only a prefix of it.
     */
    private record LeadingWord(String folded, boolean whole) {

        /**
         * The leading word of an "after" phrase ({@link #alternatives}), that of a comma phrase ({@code comma}) read
         * after the comma and the white space; null when the phrase does not begin with a letter or digit there (",
         * [adj] start-up"). A first word followed by a placeholder ("[adj]", "[compl]", which may begin with "d'"
         * glued to it) or holding a surrogate is only a prefix; followed by nothing ({@code (?![\p{L}\p{N}])}), by
         * white space or a comma before the next word, or by a character of no word inside it (an apostrophe, a
         * hyphen), it is the whole word of letters and digits at the match's first word.
         */
        static LeadingWord ofAfterPhrase(String phrase, boolean comma) {
            String trimmed = phrase.trim();
            if (comma) {
                trimmed = trimmed.substring(1).trim();
            }
            String[] parts = trimmed.split("\\s+");
            String first = parts[0];
            if (first.isEmpty() || Character.isSurrogate(first.charAt(0))
                    || !Character.isLetterOrDigit(first.charAt(0))) {
                return null;
            }
            StringBuilder word = new StringBuilder();
            boolean whole = true;
            int k = 0;
            for (; k < first.length(); k++) {
                char c = first.charAt(k);
                if (Character.isSurrogate(c)) {
                    whole = false;
                    break;
                }
                if (!Character.isLetterOrDigit(c)) {
                    break;
                }
                word.append(fold(c));
            }
            if (k == first.length() && parts.length > 1 && PLACEHOLDERS.contains(parts[1])) {
                whole = false;
            }
            return new LeadingWord(word.toString(), whole);
        }
    }

    /**
     * A language's "after" phrases after a name ({@code ^\s*}, an optional adverb, then a phrase): the whole
     * alternation ({@link RestPattern#afterSpace}), and the same phrases in groups by their first character (folded,
     * {@link #fold}), those that open with a comma by the first character after it. The matcher tries an
     * alternation's phrases one by one, and a word after a name lets one or two hundred of them through the whole
     * pattern's gate; a group holds a tenth of them or fewer. Every phrase begins with a letter, a digit, a comma or
     * a colon or an amount (in the group of each digit: an amount right after a name is read when written in digits),
     * never white space: unless an adverb stands first, a match begins right after the white space, with no adverb,
     * and only the group of the character there (and of the one after a comma) can match.
     */
    private record AfterPhrases(RestPattern whole, char[][] adverbs, Map<Character, AfterGroup> byFirst,
                                Map<Character, AfterGroup> afterComma, Pattern anyAfterComma) {

        private static final String ENDING = ")(?![\\p{L}\\p{N}])";

        /**
         * @param adverbs      the language's adverbs, each a word of letters
         * @param adverb       their optional regex before a phrase ({@code (?:(?:also|now)\s+)?}), empty for none
         * @param phrases      the "after" phrases, as written in the resource
         * @param alternatives the regex alternation of some of the phrases
         */
        static AfterPhrases of(List<String> adverbs, String adverb, List<String> phrases,
                               Function<List<String>, String> alternatives) {
            Map<Character, List<String>> groups = new HashMap<>();
            Map<Character, List<String>> commaGroups = new HashMap<>();
            List<String> anyAfterComma = new ArrayList<>();
            for (String phrase : phrases) {
                String trimmed = phrase.trim();
                char first = trimmed.charAt(0);
                if (first == ',') {
                    // ", the [adj] start-up": white space, then the first letter of the next word
                    String next = trimmed.substring(1).trim();
                    if (next.isEmpty() || !Character.isLetterOrDigit(next.charAt(0))) {
                        anyAfterComma.add(phrase);
                    } else {
                        commaGroups.computeIfAbsent(fold(next.charAt(0)), k -> new ArrayList<>()).add(phrase);
                    }
                } else if (Character.isLetterOrDigit(first) || first == ':') {
                    // ": levée de [amount]": a headline's colon after the name
                    groups.computeIfAbsent(fold(first), k -> new ArrayList<>()).add(phrase);
                } else if (trimmed.startsWith(AMOUNT_MARK_WORD)) {
                    // "dass Zentrix 10 Millionen Euro eingesammelt hat": an amount written in digits right after the
                    // name, in the group of each digit
                    for (char digit = '0'; digit <= '9'; digit++) {
                        groups.computeIfAbsent(digit, k -> new ArrayList<>()).add(phrase);
                    }
                } else {
                    throw new IllegalStateException(RESOURCE + ": the 'after' phrase '" + phrase
                            + "' must start with a letter, a digit, a comma, a colon or [amount]");
                }
            }
            char[][] folded = new char[adverbs.size()][];
            for (int i = 0; i < folded.length; i++) {
                String word = adverbs.get(i);
                if (!word.chars().allMatch(Character::isLetter)) {
                    throw new IllegalStateException(RESOURCE + ": the adverb '" + word + "' must be a word of letters");
                }
                folded[i] = new char[word.length()];
                for (int k = 0; k < word.length(); k++) {
                    folded[i][k] = fold(word.charAt(k));
                }
            }
            return new AfterPhrases(RestPattern.afterSpace(adverb + "(?:" + alternatives.apply(phrases) + ENDING),
                    folded, compiled(groups, alternatives, false), compiled(commaGroups, alternatives, true),
                    anyAfterComma.isEmpty() ? null : withoutAdverb(anyAfterComma, alternatives));
        }

        private static Map<Character, AfterGroup> compiled(Map<Character, List<String>> groups,
                                                           Function<List<String>, String> alternatives, boolean comma) {
            Map<Character, AfterGroup> patterns = new HashMap<>();
            groups.forEach((first, group) -> patterns.put(first, AfterGroup.of(group, comma, alternatives)));
            return Map.copyOf(patterns);
        }

        /** The phrases after white space, without the optional adverb: asked only where no adverb stands. */
        private static Pattern withoutAdverb(List<String> phrases, Function<List<String>, String> alternatives) {
            return Pattern.compile("^\\s*(?:" + alternatives.apply(phrases) + ENDING, flags());
        }

        /** Whether a phrase follows at the start of {@code rest}, as {@code lookingAt()} of the whole pattern answers. */
        boolean matches(String rest) {
            if (!whole.mayMatch(rest)) {
                return false;
            }
            int first = skipRegexSpaces(rest, 0);
            if (first == rest.length() || adverbAt(rest, first)) {
                return whole.pattern().matcher(rest).lookingAt();
            }
            char c = rest.charAt(first);
            if (c != ',') {
                return groupMatches(byFirst, c, rest, first);
            }
            int next = skipRegexSpaces(rest, first + 1);
            return anyAfterComma != null && anyAfterComma.matcher(rest).lookingAt()
                    || next < rest.length() && groupMatches(afterComma, rest.charAt(next), rest, next);
        }

        /** Whether the group of phrases whose first character matches {@code c} matches at the start of {@code rest}. */
        private static boolean groupMatches(Map<Character, AfterGroup> groups, char c, String rest, int at) {
            // a phrase's first character matches c when it is c or c folded (Pattern's SingleU and SliceU)
            AfterGroup folded = groups.get(fold(c));
            AfterGroup unfolded = c == fold(c) ? null : groups.get(c);
            return folded != null && folded.matches(rest, at) || unfolded != null && unfolded.matches(rest, at);
        }

        private static int skipRegexSpaces(String rest, int from) {
            int at = from;
            while (at < rest.length() && isRegexSpace(rest.charAt(at))) {
                at++;
            }
            return at;
        }

        /** Whether one of the adverbs, then white space, stands at {@code at} (compared as the pattern compares). */
        private boolean adverbAt(String rest, int at) {
            for (char[] adverb : adverbs) {
                if (at + adverb.length < rest.length() && isRegexSpace(rest.charAt(at + adverb.length))
                        && sameFoldedAt(rest, at, adverb)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean sameFoldedAt(String rest, int at, char[] folded) {
            for (int k = 0; k < folded.length; k++) {
                char c = rest.charAt(at + k);
                if (c != folded[k] && fold(c) != folded[k]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** One capitalised word of a run: its offsets in the text, without a possessive "'s". */
    private record Word(int start, int end) {
    }

    /** A run of capitalised words: its offsets in the text and the name it spells. */
    private record Run(int start, int end, String name) {
    }

    /**
     * The provisional mentions in {@code text}: names read as companies that overlap no {@code known}
     * mention, in text order.
     *
     * @param text     the article text; not null
     * @param language ISO 639-1 code; null or a language without cues reads as English
     * @param known    the mentions of table entities, offsets in {@code text}; not null
     */
    public List<EntityMention> find(String text, String language, List<EntityMention> known) {
        PhraseGroups beforePatterns = before.getOrDefault(language == null ? "en" : language, before.get("en"));
        AfterPhrases afterPattern = after.getOrDefault(language == null ? "en" : language, after.get("en"));
        List<Run> runs = runs(text, known, nameOpeners.getOrDefault(language == null ? "en" : language, Set.of()),
                capitalisedNouns.contains(language == null ? "en" : language));
        runs.addAll(lowerCaseNames(text, known, beforePatterns));
        runs.sort(Comparator.comparingInt(Run::start));
        Set<String> surnames = surnames(runs);
        boolean titleCase = !capitalisedNouns.contains(language == null ? "en" : language);
        NameCues cues = nameCues.getOrDefault(language == null ? "en" : language, NameCues.NONE);
        Map<String, String> companies = new LinkedHashMap<>();
        for (Run run : runs) {
            // a name read as a company once is one wherever else it stands: its other places are not read again
            if (!companies.containsKey(run.name())
                    && isCompany(text, run, beforePatterns, afterPattern, surnames, titleCase, cues)) {
                companies.put(run.name(), id(run.name()));
            }
        }
        addCoordinated(text, runs, known, companies, surnames);
        if (companies.isEmpty()) {
            return List.of();
        }
        List<EntityMention> mentions = new ArrayList<>();
        Map<String, String> canonical = new HashMap<>();
        shortFormsOfLongerNames(companies, canonical);
        List<Run> spelled = spelledOutAcronyms(text, runs, known, companies, canonical);
        runs.addAll(spelled);
        runs.sort(Comparator.comparingInt(Run::start));
        for (Run run : runs) {
            String id = companies.get(run.name());
            if (id == null) {
                id = companyEndingRun(run, companies);
                if (id == null) {
                    continue;
                }
            }
            String name = canonical.computeIfAbsent(id, k -> withoutLegalForm(run.name()));
            mentions.add(new EntityMention(id, name, text.substring(run.start(), run.end()), run.start(), run.end(),
                    true));
        }
        return mentions;
    }

    /**
     * Whether a provisional mention's name ends with a word that makes it a fund ("Halvora Capital", "Orvane
     * Ventures"; {@code fund-suffixes} in {@code company-cues.yml}): such a company invests, it is not paid by rounds.
     */
    public boolean namesFund(EntityMention mention) {
        if (!mention.provisional()) {
            return false;
        }
        return fundSuffixes.contains(lastOfSeveralWords(mention.name()));
    }

    /**
     * "Zentrix" and "Zentrix Security" both read as companies (the short form in a place of its own, "the round of
     * Zentrix"): the short form names the longer one, which gives the id and the name of both.
     */
    private void shortFormsOfLongerNames(Map<String, String> companies, Map<String, String> canonical) {
        if (companies.size() < 2) {
            return;
        }
        for (String shorter : List.copyOf(companies.keySet())) {
            for (String longer : companies.keySet()) {
                if (longer.startsWith(shorter + " ") && !legalForms.contains(longer.substring(shorter.length() + 1))) {
                    companies.put(shorter, companies.get(longer));
                    canonical.putIfAbsent(companies.get(longer), withoutLegalForm(longer));
                    break;
                }
            }
        }
    }

    /** An acronym in brackets: "(NAFK)". */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,8}");

    /**
     * "North America Fibre Korvia (NAFK)": an acronym in brackets read as a company stands for the
     * capitalised words right before the bracket whose initials spell it, even not-names ("North", "America"; small
     * lower-case words such as "of" may stand between): that long name is the company, and the acronym names it
     * wherever it stands. Returns the runs of the long names, to be mentioned with the others; the long name must
     * overlap no known mention. The acronym or a name inside the long one must have been read as a company
     * ("the start-up Rete Italiana di Calcolo (RIC)" reads "Rete Italiana" there).
     */
    private List<Run> spelledOutAcronyms(String text, List<Run> runs, List<EntityMention> known,
                                         Map<String, String> companies, Map<String, String> canonical) {
        List<Run> added = new ArrayList<>();
        for (Run run : runs) {
            String acronym = run.name();
            // the brackets first: they rule out almost every run without a matcher
            if (run.start() < 2 || text.charAt(run.start() - 1) != '(' || run.end() >= text.length()
                    || text.charAt(run.end()) != ')' || !ACRONYM.matcher(acronym).matches()) {
                continue;
            }
            int end = run.start() - 1;
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            int at = end;
            int letter = acronym.length();
            while (letter > 0 && at > 0) {
                int start = at;
                while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
                    start--;
                }
                String word = text.substring(start, at);
                if (word.isEmpty()) {
                    break;
                }
                if (Character.isUpperCase(word.charAt(0))) {
                    if (Character.toUpperCase(word.charAt(0)) != acronym.charAt(letter - 1)) {
                        break;
                    }
                    letter--;
                } else if (!SMALL_WORDS.contains(word) || letter == acronym.length()) {
                    break;
                }
                at = start;
                if (letter > 0) {
                    while (at > 0 && text.charAt(at - 1) == ' ') {
                        at--;
                    }
                }
            }
            int from = at;
            int to = end;
            if (letter > 0 || overlapsKnown(at, end, known) || !companies.containsKey(acronym) && runs.stream()
                    .noneMatch(r -> r.start() >= from && r.end() <= to && companies.containsKey(r.name()))) {
                continue;
            }
            String longName = text.substring(at, end);
            String id = id(longName);
            companies.put(acronym, id);
            canonical.put(id, withoutLegalForm(longName));
            companies.putIfAbsent(longName, id);
            added.add(new Run(at, end, longName));
        }
        runs.removeIf(r -> added.stream().anyMatch(a -> r.start() < a.end() && a.start() < r.end()));
        return added;
    }

    /** Lower-case words that may stand inside a spelled-out acronym: "Bank of ...", "Fondo di ...". */
    private static final Set<String> SMALL_WORDS = Set.of("of", "and", "for", "de", "di", "des", "du", "del", "der",
            "für", "und", "et", "e", "y", "&");

    /**
     * Names joined to a company by a coordinator of {@code coordinators} ("Zentrix and Korvia", "Zentrix e Korvia"),
     * or by commas inside such a list ("Nvidia, Zentrix, Korvia and Velantis"), are companies too; the company may
     * be known or provisional. People are not ("Zentrix and Anna Berg").
     */
    private void addCoordinated(String text, List<Run> runs, List<EntityMention> known, Map<String, String> companies,
                                Set<String> surnames) {
        if (companies.isEmpty() && known.isEmpty()) {
            return;
        }
        List<int[]> spans = new ArrayList<>();
        known.forEach(m -> spans.add(new int[] {m.start(), m.end()}));
        runs.stream().filter(r -> companies.containsKey(r.name()))
                .forEach(r -> spans.add(new int[] {r.start(), r.end()}));
        boolean grown = true;
        for (int pass = 0; pass < 2 && grown; pass++) {
            grown = false;
            for (Run run : runs) {
                if (companies.containsKey(run.name()) || !joinedToCompany(text, run, spans)
                        || afterPlacePreposition(text, run) || namedAsSource(text, run) || isPerson(run) || surnames.contains(run.name())
                        || personAfter.matches(text.substring(run.end(), Math.min(text.length(), run.end() + 80)))) {
                    continue;
                }
                companies.putIfAbsent(run.name(), id(run.name()));
                spans.add(new int[] {run.start(), run.end()});
                grown = true;
            }
        }
    }

    private boolean joinedToCompany(String text, Run run, List<int[]> spans) {
        for (int[] span : spans) {
            if (span[1] <= run.start() && run.start() - span[1] <= 8) {
                String gap = gap(text, span[1], run.start());
                if (coordinators.contains(gap) || gap.equals(",") && inList(text, run.end())) {
                    return true;
                }
            }
            if (span[0] >= run.end() && span[0] - run.end() <= 8) {
                String gap = gap(text, run.end(), span[0]);
                if (coordinators.contains(gap) || gap.equals(",") && inList(text, span[1])) {
                    return true;
                }
            }
            if (span[1] <= run.start() && run.start() - span[1] <= ASIDE_GAP_CHARS
                    && opensWithComma(text, span[1], run.start())
                    && asideThenCoordinator(gap(text, span[1], run.start()))
                    || span[0] >= run.end() && span[0] - run.end() <= ASIDE_GAP_CHARS
                    && opensWithComma(text, run.end(), span[0])
                    && asideThenCoordinator(gap(text, run.end(), span[0]))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the first character of {@code text[from, to)} after white space ({@link String#strip}) is a comma, as
     * {@link #asideThenCoordinator} needs of the gap; most names near a company have none, and skip the gap's copy.
     */
    private static boolean opensWithComma(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == ',';
            }
        }
        return false;
    }

    /** How long the gap between two names joined across an aside may be. */
    private static final int ASIDE_GAP_CHARS = 90;
    /** How many words the aside between two joined names may have. */
    private static final int ASIDE_WORDS = 6;

    /**
     * "Helsing, spécialiste des drones, et Brontivo", "Zentrix, a Lima start-up, and Korvia": a gap (stripped, in
     * lower case) made of a short aside between two commas, no figure and no other punctuation in it, then a
     * coordinator.
     */
    private boolean asideThenCoordinator(String gap) {
        int close = gap.lastIndexOf(',');
        if (!gap.startsWith(",") || close <= 0 || !coordinators.contains(gap.substring(close + 1).strip())) {
            return false;
        }
        String aside = gap.substring(1, close).strip();
        if (aside.isEmpty() || aside.chars().anyMatch(c -> Character.isDigit(c) || ",.;:()[]\"«»".indexOf(c) >= 0)) {
            return false;
        }
        return aside.split("\\s+").length <= ASIDE_WORDS;
    }

    /** The text before {@code run} that its before phrases are read in: up to 80 characters, no opening quote. */
    private static String head(String text, Run run) {
        return withoutOpeningQuote(text.substring(Math.max(0, run.start() - 80), run.start()));
    }

    /** "according to the Halvane Times, Quorvel, ...": a {@code not-before} phrase stands right before the name. */
    private boolean namedAsSource(String text, Run run) {
        return endsWithBefore(head(text, run), notBefore);
    }

    /** "based in Lyon": the word right before the name is one of {@link #placePrepositions}. */
    private boolean afterPlacePreposition(String text, Run run) {
        return wordBefore(text, run, placePrepositions);
    }

    /** The text between two names, without white space at its ends, in lower case. */
    private static String gap(String text, int from, int to) {
        return text.substring(from, to).strip().toLowerCase(Locale.ROOT);
    }

    /** Whether a name ending at {@code end} goes on with a comma or a coordinator: it stands inside a list. */
    private boolean inList(String text, int end) {
        int at = end;
        while (at < text.length() && isRegexSpace(text.charAt(at))) {
            at++;
        }
        if (at < text.length() && text.charAt(at) == ',') {
            return true;
        }
        int wordEnd = at;
        while (wordEnd < text.length() && !isRegexSpace(text.charAt(wordEnd))) {
            wordEnd++;
        }
        return wordEnd > at && coordinators.contains(text.substring(at, wordEnd).toLowerCase(Locale.ROOT));
    }

    /** "Meanwhile Zentrix" when "Zentrix" is a company: the run ends with a company's name. */
    private static String companyEndingRun(Run run, Map<String, String> companies) {
        for (Map.Entry<String, String> company : companies.entrySet()) {
            if (run.name().endsWith(" " + company.getKey())) {
                return company.getValue();
            }
        }
        return null;
    }

    private String id(String name) {
        return Party.provisionalId(withoutLegalForm(name));
    }

    private String withoutLegalForm(String name) {
        int space = name.lastIndexOf(' ');
        if (space > 0 && legalForms.contains(name.substring(space + 1))) {
            // "Zentrix & Co": the ampersand before the legal form goes with it
            return name.substring(0, space).replaceAll("(?:,|\\s+&)$", "");
        }
        return name;
    }

    private boolean isCompany(String text, Run run, PhraseGroups beforePatterns, AfterPhrases afterPattern,
                              Set<String> surnames, boolean titleCase, NameCues cues) {
        String rest = text.substring(run.end(), Math.min(text.length(), run.end() + 80));
        String head = head(text, run);
        // Where every noun has a capital, whether the name is a bare noun first: most capitalised words there are
        // nouns, and this cheap test spares them the company places. Then whether the name stands in a company
        // place, then whether a person or source place overrides it: most names stand in none, and skip the last
        // test (all of them are pure, so the order does not matter).
        return !(cues.nounsCapitalised() && bareNoun(text, run))
                && inCompanyPlace(text, run, head, rest, beforePatterns, afterPattern, cues)
                && !(personAfter.matches(rest) && !companyRoleAfter.matches(rest) || modifiedNounAfter.matches(rest)
                        || CITY_OF_BASED.matcher(rest).lookingAt()
                        || isPerson(run)
                        || surnames.contains(run.name())
                        || endsWithBefore(head, notBefore) || titleCase && !hasSuffix(run)
                                && (inTitleCaseLine(text, run) || headlineVerbInLine(text, run)));
    }

    private boolean hasSuffix(Run run) {
        return suffixes.contains(lastOfSeveralWords(run.name()));
    }

    /** The last word of a name of two words or more ("Labs" of "Zentrix Labs"); "" for a name of one word. */
    private static String lastOfSeveralWords(String name) {
        int space = name.lastIndexOf(' ');
        return space > 0 ? name.substring(space + 1) : "";
    }

    /**
     * Whether the name stands in a line written in title case ("Brightwave Buys The Planning Software Firm
     * Quellor For $2 Billion"), where capitals say nothing about names: a description or a deal verb there
     * makes no company, only a suffix does (the same name read as a company elsewhere in the text is still
     * found in the line). Title case: at least four words of four letters or more, three quarters of them
     * capitalised, not counting the name itself; or a shorter line whose words of four letters or more are all
     * capitalised, four or more with the name's.
     */
    private static boolean inTitleCaseLine(String text, Run run) {
        int from = text.lastIndexOf('\n', run.start()) + 1;
        int to = text.indexOf('\n', run.end());
        if (to < 0) {
            to = text.length();
        }
        int words = 0;
        int capitalised = 0;
        int i = from;
        while (i < to) {
            if (i == run.start()) {
                i = run.end();
                continue;
            }
            if (!Character.isLetter(text.charAt(i)) || i > from && Character.isLetter(text.charAt(i - 1))) {
                i++;
                continue;
            }
            // a hyphenated compound is one word: "Alimentation Couche-Tard achète X" has three, "GPU-Backed" one
            int end = i;
            while (end < to && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-' && end + 1 < to
                    && Character.isLetter(text.charAt(end + 1)) && end > i)) {
                end++;
            }
            if (end - i >= 4) {
                words++;
                if (Character.isUpperCase(text.charAt(i))) {
                    capitalised++;
                }
            }
            i = end;
        }
        if (words >= 4) {
            return capitalised * 4 >= words * 3;
        }
        // "$80M: Series A for Protein Design Platform": a short heading whose words of four letters or more are all
        // capitalised, the name's counted too
        return capitalised == words && capitalised >= 1 && capitalised + longWords(text, run) >= 4;
    }

    /** How many words of four letters or more the name has. */
    private static int longWords(String text, Run run) {
        int count = 0;
        for (String word : text.substring(run.start(), run.end()).split("[^\\p{L}]+")) {
            if (word.length() >= 4) {
                count++;
            }
        }
        return count;
    }

    /**
     * "Neues Unternehmen 'Zentrix'", "la start-up « Zentrix »": the head without the opening quote right before the
     * name, so that the description before the quote counts as right before the name.
     */
    private static String withoutOpeningQuote(String head) {
        int end = head.length();
        while (end > 0 && head.charAt(end - 1) == ' ') {
            end--;
        }
        if (end < 2 || OPENING_QUOTES.indexOf(head.charAt(end - 1)) < 0 || !isRegexSpace(head.charAt(end - 2))) {
            return head;
        }
        return head.substring(0, end - 1);
    }

    /** A suffix, a description or deal role after the name, a genitive amount before it, or a "before" phrase. */
    private boolean inCompanyPlace(String text, Run run, String head, String rest, PhraseGroups beforePatterns,
                                   AfterPhrases afterPattern, NameCues cues) {
        if (hasSuffix(run) || beforeCompoundRole(text, run) || companyRoleAfter.matches(rest)
                || possessiveRoundPhrase.matches(rest)) {
            return true;
        }
        if (afterPattern.matches(rest) && !cues.insideFrontedPhrase(text, run.start())
                || afterAside(text, run, head, afterPattern) || cues.afterBracketedPlace(rest)
                || possessiveRound.matches(rest)
                || possessivePurchase.matches(rest)
                || mayEndWithGenitiveAmount(head) && genitiveAmount.matcher(head).find()
                || endsWithFor(head) && amountFor.matcher(head).find()
                || opensAmountLine(text, run, rest) || bracketedInList(text, run, rest)
                || listedWithAmount(text, run, rest) || gappedListItem(head, rest)) {
            return true;
        }
        int stop = lastSentenceStop(head);
        String clause = stop >= 0 ? head.substring(stop + 1) : head;
        return endsWithBeforeOrElided(clause, beforePatterns) || continuesAmountsInto(text, run, beforePatterns)
                || descriptorRightBefore(head) || cues.nationalityRightBefore(clause)
                        // "die britische Regierung", "die italienische Tochter": where every noun has a capital, the
                        // word after the adjective may be the noun it qualifies
                        && !(cues.nounsCapitalised() && nounAfterAdjective(run.name().split(" ")[0]))
                || cues.afterFoundedOpening(clause)
                || cues.dealNounAfter() != null && cues.dealNounAfter().matches(rest) && amountRightBefore.matcher(head)
                        .find()
                || agentOfDescribedDeal(clause, beforePatterns, cues);
    }

    /**
     * "elle a injecté 5 milliards dans Korvia, 100 milliards dans Zentrix": a name after a further list item of an
     * amount and an into-preposition, when an earlier amount of the clause with the same kind of preposition stands
     * in a "before" place ("injecté [amount] dans").
     */
    private boolean continuesAmountsInto(String text, Run run, PhraseGroups beforePatterns) {
        int windowStart = Math.max(0, run.start() - LIST_REACH);
        if (!endsWithDigitsAndInto(text, windowStart, run.start())) {
            // most names: no substring of the window for them
            return false;
        }
        String window = text.substring(windowStart, run.start());
        String clause = window.substring(lastSentenceStop(window) + 1);
        Matcher item = listedAmountInto.matcher(clause);
        if (!item.find()) {
            return false;
        }
        Matcher earlier = amountInto.matcher(clause).region(0, item.start());
        while (earlier.find()) {
            if (endsWithBeforeOrElided(clause.substring(0, earlier.end()), beforePatterns)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A cheap test before {@link #listedAmountInto}: the clause {@code text[from, to)} holds a digit and its last
     * word ends as an into-preposition does (in, into, dans, nel, nella, en).
     */
    private static boolean endsWithDigitsAndInto(String clause, int from, int to) {
        int end = to;
        while (end > from && isRegexSpace(clause.charAt(end - 1))) {
            end--;
        }
        if (end == to || end - from < 2) {
            return false;
        }
        char last = fold(clause.charAt(end - 1));
        if ("nsoal".indexOf(last) < 0) {
            return false;
        }
        for (int i = from; i < end; i++) {
            if (clause.charAt(i) >= '0' && clause.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Whether the head's last word is one of {@link #forPrepositions}: most heads are not, and skip the pattern. */
    private boolean endsWithFor(String head) {
        int end = head.length();
        while (end > 0 && isRegexSpace(head.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(head.charAt(start - 1))) {
            start--;
        }
        return end < head.length() && start < end
                && forPrepositions.contains(head.substring(start, end).toLowerCase(Locale.ROOT));
    }

    /**
     * The subject of a deal verb with an aside between them: "Zentrix, a Munich firm founded in 2019, has raised"
     * (an aside set off by commas), and a name that is itself the aside of a description before it ("the AI company
     * of the group, Zentrix, has raised"). The aside is any text without a sentence or clause mark.
     */
    private boolean afterAside(String text, Run run, String head, AfterPhrases afterPattern) {
        int end = run.end();
        if (end >= text.length() || text.charAt(end) != ',') {
            return false;
        }
        String rest = text.substring(end, Math.min(text.length(), end + INSERT_REACH));
        if (endsWithComma(head) && afterPattern.matches(rest.substring(1))) {
            return true;
        }
        Matcher aside = INSERT.matcher(rest);
        return aside.lookingAt() && afterPattern.matches(rest.substring(aside.end()))
                && !personRole.matcher(rest).region(0, aside.end()).find();
    }

    /** Whether the head ends with a comma and white space: the name after it opens an aside. */
    private static boolean endsWithComma(String head) {
        int end = head.length();
        while (end > 0 && isRegexSpace(head.charAt(end - 1))) {
            end--;
        }
        return end > 0 && end < head.length() && head.charAt(end - 1) == ',';
    }

    /**
     * Whether the head, or the head with an elided "d'" at its end written out ({@link #withoutElision}), ends with
     * a "before" phrase; the second test only when the head does end so (otherwise it is the same head again).
     */
    private static boolean endsWithBeforeOrElided(String head, PhraseGroups beforePatterns) {
        if (endsWithBefore(head, beforePatterns)) {
            return true;
        }
        String unelided = withoutElision(head);
        return unelided != head && endsWithBefore(unelided, beforePatterns);
    }

    /**
     * "le rachat d'Zentrix": the head with an elided "d'" right before the name written out as "de ", so that the
     * "before" phrases that end with "de" ("rachat de", "auprès de") stand before elided names too; the head
     * itself when it does not end so.
     */
    private static String withoutElision(String head) {
        int end = head.length();
        if (end < 2 || !isApostrophe(head.charAt(end - 1)) || fold(head.charAt(end - 2)) != 'd'
                || end >= 3 && Character.isLetter(head.charAt(end - 3))) {
            return head;
        }
        return head.substring(0, end - 2) + "de ";
    }

    /**
     * "l'acquisition de Zentrix par Korvia", "the purchase of Zentrix by Korvia": a name after an agent preposition
     * ({@code agents} in {@code company-cues.yml}) that follows another name standing in a "before" place (a deal
     * role or a description). The other name is a run of up to {@link #MAX_NAME_WORDS} capitalised words.
     */
    private boolean agentOfDescribedDeal(String clause, PhraseGroups beforePatterns, NameCues cues) {
        int agentStart = cues.agentEnding(clause);
        if (agentStart < 0) {
            return false;
        }
        int end = beforeYearPhrase(clause, agentStart);
        int words = 0;
        while (words < MAX_NAME_WORDS) {
            int wordEnd = end;
            while (wordEnd > 0 && isRegexSpace(clause.charAt(wordEnd - 1))) {
                wordEnd--;
            }
            int wordStart = wordEnd;
            while (wordStart > 0 && !isRegexSpace(clause.charAt(wordStart - 1))
                    && !isApostrophe(clause.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordStart == wordEnd || !Character.isUpperCase(clause.charAt(wordStart))) {
                break;
            }
            end = wordStart;
            words++;
        }
        if (words == 0) {
            return false;
        }
        String before = clause.substring(0, end);
        return endsWithBeforeOrElided(before, beforePatterns);
    }

    /**
     * "le rachat de Korvia en 2006 par Zentrix", "the purchase of Korvia in March 2006 by Zentrix": where a phrase of
     * time that ends with a year right before {@code at} starts, with up to {@value #YEAR_PHRASE_WORDS} words before
     * the year, each in lower case or a not-name (a month); {@code at} when no year stands right before it.
     */
    private int beforeYearPhrase(String clause, int at) {
        int wordEnd = at;
        while (wordEnd > 0 && isRegexSpace(clause.charAt(wordEnd - 1))) {
            wordEnd--;
        }
        int wordStart = startOfWordEndingAt(clause, wordEnd);
        if (wordEnd - wordStart != 4 || !clause.substring(wordStart, wordEnd).chars().allMatch(Character::isDigit)) {
            return at;
        }
        int start = wordStart;
        for (int words = 0; words < YEAR_PHRASE_WORDS; words++) {
            int end = start;
            while (end > 0 && isRegexSpace(clause.charAt(end - 1))) {
                end--;
            }
            int begin = startOfWordEndingAt(clause, end);
            String word = clause.substring(begin, end);
            if (word.isEmpty() || !Character.isLowerCase(word.charAt(0))
                    && !notNames.contains(word.toLowerCase(Locale.ROOT))) {
                break;
            }
            start = begin;
        }
        return start;
    }

    /** The start of the word of letters and digits that ends at {@code end} of {@code clause}. */
    private static int startOfWordEndingAt(String clause, int end) {
        int start = end;
        while (start > 0 && Character.isLetterOrDigit(clause.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /**
     * Per language, two places of a name the entity table does not know: after an article and a nationality
     * written in lower case ("l'américain Zentrix", "la estadounidense Zentrix": a person would be "l'Américain"),
     * and after an agent preposition that follows a company in a deal role ("le rachat de Korvia par Zentrix").
     */
    private record NameCues(Set<String> nationalities, Set<String> articles, List<String> agents,
                            RestPattern dealNounAfter, Pattern foundedOpening, List<String> demonymEndings,
                            Set<String> frontedPrepositions, boolean nounsCapitalised, Set<String> nationalityNouns,
                            RestPattern bracketedPlaceVerbs) {

        static final NameCues NONE = new NameCues(Set.of(), Set.of(), List.of(), null, null, List.of(), Set.of(),
                false, Set.of(), null);
        /** The most characters of a fronted phrase before the name it holds ("Im Wege eines Aktientauschs"). */
        private static final int FRONTED_PHRASE_REACH = 60;
        /** A demonym read by its ending is longer than this ("marchigiana", "bordelaise"; not "mais"). */
        private static final int DEMONYM_MIN_LENGTH = 6;

        static NameCues of(JsonNode language) {
            List<String> dealNouns = optionalStrings(language, "amount-name-nouns");
            List<String> founded = optionalStrings(language, "founded-openers");
            List<String> bracketVerbs = optionalStrings(language, "after-bracketed-place");
            return new NameCues(Set.copyOf(optionalStrings(language, "nationalities")),
                    Set.copyOf(optionalStrings(language, "nationality-articles")),
                    optionalStrings(language, "agents").stream().map(a -> " " + a + " ").toList(),
                    dealNouns.isEmpty() ? null
                            : RestPattern.afterSpace("(?:" + alternatives(dealNouns) + ")(?![\\p{L}\\p{N}])"),
                    founded.isEmpty() ? null : Pattern.compile("^\\s*(?:" + alternatives(founded)
                            + ")(?![\\p{L}\\p{N}])[^,;:()\\n]{1," + FOUNDED_OPENING_REACH + "},\\s*$", flags()),
                    optionalStrings(language, "demonym-endings"),
                    Set.copyOf(optionalStrings(language, "fronted-prepositions")),
                    language.path("capitalised-nouns").asBoolean(false),
                    Set.copyOf(optionalStrings(language, "nationality-nouns")),
                    bracketVerbs.isEmpty() ? null
                            : RestPattern.afterSpace("(?:" + alternatives(bracketVerbs) + ")(?![\\p{L}\\p{N}])"));
        }

        /**
         * "Zentrix (Paris) lève N": whether a place in brackets ({@link #BRACKETED_PLACE}) and one of the language's
         * {@code after-bracketed-place} verbs follow the name.
         */
        boolean afterBracketedPlace(String rest) {
            if (bracketedPlaceVerbs == null || rest.isEmpty() || rest.charAt(0) != ' ' && rest.charAt(0) != '(') {
                return false;
            }
            Matcher place = BRACKETED_PLACE.matcher(rest);
            return place.lookingAt() && bracketedPlaceVerbs.matches(rest.substring(place.end()));
        }

        /**
         * "Per Aktientausch kauft X ...", "Im Wege eines Aktientauschs übernimmt X ...": whether the word at {@code
         * start} stands in a phrase that opens its sentence (or line) with one of {@code fronted-prepositions} and
         * holds no comma. In a verb-second clause that phrase is the whole first constituent: the noun right before
         * the verb belongs to it and is no subject of the verb, which follows the verb.
         */
        boolean insideFrontedPhrase(String text, int start) {
            if (frontedPrepositions.isEmpty()) {
                return false;
            }
            int from = start;
            while (from > 0 && start - from < FRONTED_PHRASE_REACH) {
                char c = text.charAt(from - 1);
                if (c == '\n' || c == ',' || c == ';' || c == ':' || (c == '.' || c == '!' || c == '?')
                        && (from == start || text.charAt(from) == ' ')) {
                    break;
                }
                from--;
            }
            if (from > 0 && start - from >= FRONTED_PHRASE_REACH) {
                return false;
            }
            if (from > 0 && text.charAt(from - 1) == ',') {
                return false;
            }
            // a bullet or a dash may open the line: "- Für 199 Milliarden Dollar ..."
            while (from < start && !Character.isLetter(text.charAt(from))) {
                from++;
            }
            int end = from;
            while (end < start && Character.isLetter(text.charAt(end))) {
                end++;
            }
            return end < start && frontedPrepositions.contains(text.substring(from, end).toLowerCase(Locale.ROOT));
        }

        /**
         * "Founded in 2021 by two researchers, Zentrix ...": whether the clause before the name is only an opening
         * phrase of the company's founding and its comma.
         */
        boolean afterFoundedOpening(String clause) {
            return foundedOpening != null && clause.indexOf(',') >= 0 && foundedOpening.matcher(clause).matches();
        }

        static List<String> optionalStrings(JsonNode node, String key) {
            List<String> out = new ArrayList<>();
            node.path(key).forEach(v -> out.add(v.asText().replace('’', '\'')));
            return out;
        }

        /** Whether the head ends with an article, a nationality in lower case and white space. */
        boolean nationalityRightBefore(String head) {
            int[] word = nationalities.isEmpty() ? null : lastWordBeforeSpace(head);
            // "le Canadien Zentrix": French news also writes the nationality of a company as a capitalised noun
            if (word == null || !isNationality(head.substring(word[0], word[1]))) {
                return false;
            }
            int start = word[0];
            if (start > 0 && isApostrophe(head.charAt(start - 1))) {
                int articleStart = start - 1;
                while (articleStart > 0 && Character.isLetter(head.charAt(articleStart - 1))) {
                    articleStart--;
                }
                return articles.contains(head.substring(articleStart, start - 1).toLowerCase(Locale.ROOT) + "'");
            }
            int[] before = wordBefore(head, start);
            if (before != null && articles.contains(head.substring(before[0], before[1]).toLowerCase(Locale.ROOT))) {
                return true;
            }
            // "la empresa cervecera británica Zentrix": an article, a company noun ({@code nationality-nouns}) and at
            // most one lower-case adjective before the nationality
            for (int words = 0; before != null && words < 2; words++) {
                String lower = head.substring(before[0], before[1]);
                if (!lower.equals(lower.toLowerCase(Locale.ROOT))) {
                    return false;
                }
                if (nationalityNouns.contains(lower)) {
                    int[] article = wordBefore(head, before[0]);
                    return article != null
                            && articles.contains(head.substring(article[0], article[1]).toLowerCase(Locale.ROOT));
                }
                before = wordBefore(head, before[0]);
            }
            return false;
        }

        /** Where the word of letters ending before the white space before {@code at} starts and ends; null if none. */
        private static int[] wordBefore(String head, int at) {
            int end = at;
            while (end > 0 && isRegexSpace(head.charAt(end - 1))) {
                end--;
            }
            int begin = end;
            while (begin > 0 && Character.isLetter(head.charAt(begin - 1))) {
                begin--;
            }
            return end < at && begin < end ? new int[] {begin, end} : null;
        }

        /**
         * A nationality of the list, capitalised or not, or a demonym in lower case read by its ending: "la
         * marchigiana Zentrix", "la bordelaise Zentrix", "la madrileña Zentrix" (a town's or a region's, which no
         * list holds).
         */
        private boolean isNationality(String word) {
            if (nationalities.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (word.length() <= DEMONYM_MIN_LENGTH || !Character.isLowerCase(word.charAt(0))) {
                return false;
            }
            for (String ending : demonymEndings) {
                if (word.endsWith(ending)) {
                    return true;
                }
            }
            return false;
        }

        /** Where the agent preposition that ends the head starts, or -1. */
        int agentEnding(String head) {
            for (String agent : agents) {
                if (head.length() >= agent.length() && head.regionMatches(true, head.length() - agent.length(),
                        agent, 0, agent.length())) {
                    return head.length() - agent.length();
                }
            }
            return -1;
        }
    }

    /**
     * "den Speicherspezialisten EMC", "der Chipkonzern Zentrix": a (German) compound that describes a company,
     * capitalised, right before the name.
     */
    private boolean descriptorRightBefore(String head) {
        int[] at = lastWordBeforeSpace(head);
        String word = at == null ? "" : head.substring(at[0], at[1]);
        return word.length() > DESCRIPTOR_MIN_LENGTH && Character.isUpperCase(word.charAt(0))
                && endsWithDescriptor(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Where the last word of {@code head} (letters and hyphens) starts and ends, when white space follows it up to the
     * end of the head; null when the head does not end with white space or no word stands before it.
     */
    private static int[] lastWordBeforeSpace(String head) {
        int end = head.length();
        while (end > 0 && isRegexSpace(head.charAt(end - 1))) {
            end--;
        }
        if (end == head.length()) {
            return null;
        }
        int start = end;
        while (start > 0 && (Character.isLetter(head.charAt(start - 1)) || head.charAt(start - 1) == '-')) {
            start--;
        }
        return start == end ? null : new int[] {start, end};
    }

    /** The last of ". ", "; " and a line feed in {@code head}: where its last sentence or clause begins. */
    private static int lastSentenceStop(String head) {
        for (int i = head.length() - 1; i >= 0; i--) {
            char c = head.charAt(i);
            if (c == '\n' || (c == '.' || c == ';') && i + 1 < head.length() && head.charAt(i + 1) == ' ') {
                return i;
            }
        }
        return -1;
    }

    /**
     * What every match of {@link #genitiveAmount} needs: an ASCII digit (its amount) and, at the end of the text
     * (or before a line terminator that ends it), "d'" or a word ending like "de", "di", "del", "della", "dello" and
     * "la" do, then white space. Most names fail it and skip the pattern, which {@code find()} would otherwise try
     * at every position of the 80 characters.
     */
    private static boolean mayEndWithGenitiveAmount(String head) {
        int length = head.length();
        int end = length;
        while (end > 0 && (isRegexSpace(head.charAt(end - 1)) || isFinalLineTerminator(head.charAt(end - 1)))) {
            end--;
        }
        if (end == 0) {
            return false;
        }
        char last = head.charAt(end - 1);
        boolean elided = isApostrophe(last) && end >= 2 && fold(head.charAt(end - 2)) == 'd';
        boolean genitiveWord = end < length && "eilao".indexOf(fold(last)) >= 0;
        if (!elided && !genitiveWord) {
            return false;
        }
        for (int i = 0; i < end; i++) {
            char c = head.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * What every match of a phrase group needs: the groups end with {@code \s+$}, and {@code $} matches at the end
     * of the text or before a line terminator that ends it.
     */
    private static boolean endsWithSpace(String head) {
        int last = head.length() - 1;
        if (last >= 0 && isRegexSpace(head.charAt(last))) {
            return true;
        }
        return last >= 1 && isFinalLineTerminator(head.charAt(last)) && isRegexSpace(head.charAt(last - 1));
    }

    /** The line terminators of {@code $} that {@code \s} does not match. */
    private static boolean isFinalLineTerminator(char c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** {@code \s} without {@link Pattern#UNICODE_CHARACTER_CLASS}: [ \t\n\x0B\f\r]. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** "acquisition of zentrix, the hardware start-up": a lower-case brand in a deal role and described as a company. */
    private List<Run> lowerCaseNames(String text, List<EntityMention> known, PhraseGroups beforePatterns) {
        List<Run> out = new ArrayList<>();
        for (int comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', comma + 1)) {
            int start = lowerCaseNameStart(text, comma);
            if (start < 0) {
                continue;
            }
            String word = text.substring(start, comma);
            if (notNames.contains(word) || overlapsKnown(start, comma, known)
                    || !START_UP_APPOSITION.matcher(text).region(comma, Math.min(text.length(), comma + 60))
                            .lookingAt()) {
                continue;
            }
            String head = text.substring(Math.max(0, start - 80), start);
            if (endsWithBefore(head, beforePatterns)) {
                out.add(new Run(start, comma, word));
            }
        }
        return out;
    }

    /**
     * Where the lower-case brand before the comma at {@code comma} starts, or -1: the match of
     * {@code (?<![\p{L}\p{N}'’-])\p{Ll}[\p{Ll}\p{N}]{1,11}(?=,)} that ends there, as {@code find()} over the
     * text gives it (the leftmost start; no match holds a comma, so each comma ends at most one). Compared
     * character by character because {@code find()} tried the pattern at every position of every text with money.
     */
    private static int lowerCaseNameStart(String text, int comma) {
        // Without a surrogate in the way, a match is the run of [\p{Ll}\p{N}] that ends at the comma, read backwards:
        // a start inside the run has a letter or digit before it, and one before it stops at the character ending
        // the run. The run may be 2 to 12 characters long.
        int from = comma;
        int limit = Math.max(0, comma - 13);
        while (from > limit && isLowerCaseOrNumber(text.charAt(from - 1))) {
            from--;
        }
        if (from == 0 || !Character.isSurrogate(text.charAt(from - 1))) {
            if (from < comma - 12 || from > comma - 2
                    || Character.getType(text.charAt(from)) != Character.LOWERCASE_LETTER
                    || from > 0 && isNameNeighbour(text.charAt(from - 1))) {
                return -1;
            }
            return from;
        }
        // twelve code points take at most 24 chars
        for (int p = Math.max(0, comma - 24); p <= comma - 2; p++) {
            if (p > 0 && isNameNeighbour(text.codePointAt(p - 1))) {
                continue;
            }
            int first = text.codePointAt(p);
            if (Character.getType(first) != Character.LOWERCASE_LETTER) {
                continue;
            }
            int q = p + Character.charCount(first);
            int more = 0;
            while (q < comma && more <= 11) {
                int c = text.codePointAt(q);
                if (!isLowerCaseOrNumber(c)) {
                    break;
                }
                q += Character.charCount(c);
                more++;
            }
            if (q == comma && more >= 1 && more <= 11) {
                return p;
            }
        }
        return -1;
    }

    /** {@code [\p{L}\p{N}'’-]}: what may not stand right before a lower-case brand. */
    private static boolean isNameNeighbour(int codePoint) {
        return isLetterOrNumber(codePoint) || codePoint == '\'' || codePoint == '’' || codePoint == '-';
    }

    /** {@code [\p{Ll}\p{N}]}. */
    private static boolean isLowerCaseOrNumber(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.LOWERCASE_LETTER || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** Whether a mention of {@code known} other than {@code self} overlaps {@code [start, end)}. */
    private static boolean overlapsOther(List<EntityMention> known, EntityMention self, int start, int end) {
        for (EntityMention k : known) {
            if (k != self && k.start() < end && start < k.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsKnown(int start, int end, List<EntityMention> known) {
        for (EntityMention k : known) {
            if (k.start() < end && start < k.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The week's largest rounds: Zentrix ($2.3bn), Halvora ($800m) and Quellor ($100m)": the name stands right before
     * a bracket that holds only an amount, and its line holds at least {@value #BRACKETED_LIST_ITEMS} such brackets
     * after capitalised words. One aside ("Leipzig (2,4 Milliarden)") is not a list.
     */
    private boolean bracketedInList(String text, Run run, String rest) {
        return rest.indexOf('(') >= 0 && bracketAmount.matcher(rest).lookingAt()
                && lineHoldsItems(text, run, namedBracketAmount);
    }

    /**
     * "(Zentrix $480M, Korvia $250M)", "Zentrix: 50 millions; Korvia: 20 millions": the name is followed by an amount
     * that ends a list item, and its line holds two or more such items.
     */
    private boolean listedWithAmount(String text, Run run, String rest) {
        return mayListAmount(rest) && listedAmount.matcher(rest).lookingAt()
                && lineHoldsItems(text, run, namedListedAmount);
    }

    /**
     * "Zentrix raised $300M and Korvia $200M", "Zentrix a levé 300 millions, Korvia 200 millions", "Nvidia backed
     * Zentrix with $500M and Korvia with $200M": a name that opens the next item of a list of amounts, its own
     * amount right after it (or after the same preposition as the item before), stands where the company of the
     * item before stood: the verb left out is that item's.
     */
    /**
     * False when {@link #listedAmount} cannot match at the start of {@code rest}: its amount (or, after a comma, an
     * item word) must begin after tabs and spaces, one of {@code :—–-,} and tabs and spaces again; most names are
     * followed by a word that begins neither.
     */
    private boolean mayListAmount(String rest) {
        int at = skipSpacesAndTabs(rest, 0);
        if (at >= rest.length()) {
            return false;
        }
        char c = rest.charAt(at);
        if (listedAmountFirst.mayStart(c)) {
            return true;
        }
        if (c != ',' && c != ':' && c != '—' && c != '–' && c != '-') {
            return false;
        }
        int next = skipSpacesAndTabs(rest, at + 1);
        return next < rest.length() && (listedAmountFirst.mayStart(rest.charAt(next))
                || c == ',' && listedItemWordFirst.mayStart(rest.charAt(next)));
    }

    private static int skipSpacesAndTabs(String s, int from) {
        int at = from;
        while (at < s.length() && (s.charAt(at) == ' ' || s.charAt(at) == '\t')) {
            at++;
        }
        return at;
    }

    private boolean gappedListItem(String head, String rest) {
        if (rest.isEmpty() || !endsWithJoiner(head) || !hasDigit(head)) {
            return false;
        }
        Matcher before = gappedItemHead.matcher(head);
        if (!before.find()) {
            return false;
        }
        if (gappedItemRest.matcher(rest).lookingAt()) {
            return true;
        }
        String prep = before.group("prep");
        if (prep == null) {
            return false;
        }
        String sameItem = "^\\s+" + Pattern.quote(prep) + "\\s+";
        Matcher samePrep = Pattern.compile(sameItem, flags()).matcher(rest);
        return samePrep.lookingAt() && gappedItemRest.matcher(rest.substring(samePrep.end())).lookingAt();
    }

    /** Whether the head ends with a comma, a semicolon or a coordinator: most heads do not, and skip the pattern. */
    private boolean endsWithJoiner(String head) {
        int end = head.length();
        while (end > 0 && isRegexSpace(head.charAt(end - 1))) {
            end--;
        }
        if (end == 0 || end == head.length()) {
            return false;
        }
        char last = head.charAt(end - 1);
        if (last == ',' || last == ';') {
            return true;
        }
        int start = end;
        while (start > 0 && !isRegexSpace(head.charAt(start - 1))) {
            start--;
        }
        return coordinators.contains(head.substring(start, end).toLowerCase(Locale.ROOT));
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Whether the line of {@code run} holds at least {@value #BRACKETED_LIST_ITEMS} matches of {@code item}. */
    private static boolean lineHoldsItems(String text, Run run, Pattern item) {
        int lineStart = text.lastIndexOf('\n', run.start() - 1) + 1;
        int lineEnd = text.indexOf('\n', run.end());
        Matcher items = item.matcher(text).region(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        int count = 0;
        while (count < BRACKETED_LIST_ITEMS && items.find()) {
            count++;
        }
        return count >= BRACKETED_LIST_ITEMS;
    }

    /** "• Zentrix — $95M (Series B)": the name opens a line or bullet of a round-up and the amount follows it. */
    private boolean opensAmountLine(String text, Run run, String rest) {
        // Where the line starts, read backwards over what may open a line only: most names stand after a word, and
        // the line break before them is not looked for; the bullet is looked for in the four characters before.
        int lineStart = run.start();
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && isLineOpening(text.charAt(lineStart - 1))) {
            lineStart--;
        }
        boolean onlyOpening = lineStart == 0 || text.charAt(lineStart - 1) == '\n';
        int bulletFrom = Math.max(0, run.start() - 4);
        for (int i = run.start() - 1; i >= bulletFrom; i--) {
            if (text.charAt(i) == '\n') {
                bulletFrom = i + 1;
                break;
            }
        }
        // Each pattern only after a look at the characters it needs: most names stand inside a line with no bullet.
        boolean opening = onlyOpening
                && LINE_OPENING.matcher(text).region(lineStart, run.start()).matches()
                || hasBullet(text, bulletFrom, run.start())
                && BULLET_BEFORE.matcher(text).region(bulletFrom, run.start()).find();
        return opening && lineAmount.matcher(rest).find();
    }

    /** Whether {@link #LINE_OPENING} can match {@code c}: a line opening that holds another character cannot match. */
    private static boolean isLineOpening(char c) {
        return c == ' ' || c == '\t' || c >= '0' && c <= '9' || c == '.' || c == ')' || LINE_MARKS.indexOf(c) >= 0;
    }

    /** Whether text[from, to) holds one of the bullets {@link #BULLET_BEFORE} needs. */
    private static boolean hasBullet(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (BULLETS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** "Anna Berg", "Jeff Bezos AI Lab": a given name and another word that does not make an organisation. */
    private boolean isPerson(Run run) {
        String[] words = run.name().split(" ");
        return words.length >= 2 && firstNames.contains(words[0]) && !words[1].equals("&")
                && !suffixes.contains(words[1]);
    }

    /** The other words of the people named in full, so that "Berg raised" after "Anna Berg" is a person too. */
    private Set<String> surnames(List<Run> runs) {
        Set<String> out = new HashSet<>();
        for (Run run : runs) {
            if (isPerson(run)) {
                String[] words = run.name().split(" ");
                for (int i = 1; i < words.length; i++) {
                    if (!suffixes.contains(words[i])) {
                        out.add(words[i]);
                    }
                }
            }
        }
        return out;
    }

    /** Runs of capitalised words that overlap no known mention, trimmed of words that are not names. */
    private List<Run> runs(String text, List<EntityMention> known, Set<String> openers, boolean nounCapitals) {
        List<Run> runs = new ArrayList<>();
        for (Piece piece : pieces(text, openers, nounCapitals)) {
            if (piece.words() != null && piece.overlaps(known)) {
                addAroundKnown(text, piece.words(), known, runs);
            } else if (piece.named() && !piece.setAsideBy(known)) {
                runs.add(piece.run());
            }
        }
        return runs;
    }

    /**
     * A run of capitalised words as {@link #addPiece} cut it, before the known mentions are asked: {@code genitiveOf}
     * is its first word without a genitive "s" ("SoftBank" of "SoftBanks ..."), null when that word has none;
     * {@code words} its words where every noun has a capital ({@link #addAroundKnown}), else null; {@code named}
     * whether it is a name by itself ({@link #namesSomething}).
     */
    private record Piece(Run run, String genitiveOf, List<Word> words, boolean named) {
        /** Whether a known mention overlaps the run. */
        boolean overlaps(List<EntityMention> known) {
            for (EntityMention m : known) {
                if (m.start() < run.end() && run.start() < m.end()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether a known mention overlaps the run, or the run opens with the genitive of a known mention's surface
         * ("SoftBanks" is the German genitive of a known "SoftBank", not a new company).
         */
        boolean setAsideBy(List<EntityMention> known) {
            for (EntityMention m : known) {
                if (m.start() < run.end() && run.start() < m.end()) {
                    return true;
                }
            }
            if (genitiveOf != null) {
                for (EntityMention m : known) {
                    if (m.surface().equals(genitiveOf)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** The pieces of the last text read, with what they were read with: {@link #find} and a slot reader share them. */
    private record Pieces(String text, Set<String> openers, boolean nounCapitals, List<Piece> pieces) {
    }

    /**
     * The last text's pieces: a slot reader made for the text {@link #find} read reads its capitalised words again
     * with other known mentions, which only {@link Piece#setAsideBy} asks. One immutable record: each thread sees a
     * whole one, and reads its text again when another thread's text stands there.
     */
    private volatile Pieces lastPieces;

    /** The text's pieces, known mentions not asked, in text order; read again unless it is the last text read. */
    private List<Piece> pieces(String text, Set<String> openers, boolean nounCapitals) {
        Pieces last = lastPieces;
        if (last != null && last.text() == text && last.nounCapitals() == nounCapitals
                && (last.openers() == openers || last.openers().equals(openers))) {
            return last.pieces();
        }
        List<Piece> pieces = List.copyOf(readPieces(text, openers, nounCapitals));
        lastPieces = new Pieces(text, openers, nounCapitals, pieces);
        return pieces;
    }

    /** {@link #pieces}, read. */
    private List<Piece> readPieces(String text, Set<String> openers, boolean nounCapitals) {
        List<Piece> runs = new ArrayList<>();
        int next = 0;
        int start;
        // one list of the current run's words, emptied after each run (addRun keeps only offsets)
        List<Word> current = new ArrayList<>();
        int lastEnd = -1;
        while ((start = wordStart(text, next)) >= 0) {
            int end = wordEnd(text, start);
            next = end;
            if (plainLowerCaseWord(text, start, end)) {
                // no apostrophe, hyphen or capital: no elision, role, former name or possessive, and no capital
                addRun(text, current, runs, openers, nounCapitals);
                current.clear();
                lastEnd = end;
                continue;
            }
            int elided = elisionEnd(text, start, end);
            if (elided >= 0) {
                addRun(text, current, runs, openers, nounCapitals);
                current.clear();
                lastEnd = -1;
                start = elided;
            }
            int role = roleCompoundHyphen(text, start, end);
            if (role >= 0) {
                // "Zentrix-Gründer Anna Berg": the name is the compound's first part, the person starts a run of its own
                end = role;
            }
            int former = formerPrefixEnd(text, start, end);
            if (former >= 0) {
                addRun(text, current, runs, openers, nounCapitals);
                current.clear();
                lastEnd = -1;
                start = former;
            }
            boolean hasPossessive = endsPossessive(text, start, end);
            if (hasPossessive) {
                end -= 2;
            }
            boolean capital = isCapitalised(text, start, end);
            boolean joined = lastEnd >= 0 && isNameGap(text, lastEnd, start);
            if (!capital || !joined) {
                addRun(text, current, runs, openers, nounCapitals);
                current.clear();
            }
            if (capital) {
                current.add(new Word(start, end));
            }
            lastEnd = hasPossessive ? -1 : end;
            if (hasPossessive) {
                addRun(text, current, runs, openers, nounCapitals);
                current.clear();
            }
        }
        addRun(text, current, runs, openers, nounCapitals);
        return runs;
    }

    /** Whether the word is all a-z and 0-9: most words of every text, which the other tests of {@link #runs} pass by. */
    private static boolean plainLowerCaseWord(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where an elided article or preposition glued to the word {@code text[start, end)} ends ("l'" of
     * "l'Anthropic"): what the pattern in {@link #ELIDED}'s comment gave as {@code end()} with {@code lookingAt()}
     * in the region of the word,
     * or -1 when it does not match. Every word of every text with money goes through it, so it compares
     * characters: the alternatives contain no apostrophe, so only the text before the word's first apostrophe
     * can be one.
     */
    private static int elisionEnd(String text, int start, int end) {
        int limit = Math.min(end, start + 5); // "dell'", the longest, has its apostrophe at start + 4
        for (int i = start; i < limit; i++) {
            char c = text.charAt(i);
            if (isApostrophe(c)) {
                // (?=\p{Lu}) inside the region: an upper-case letter right after the apostrophe, within the word
                if (i == start || i + 1 >= end
                        || Character.getType(text.codePointAt(i + 1)) != Character.UPPERCASE_LETTER
                        || !ELIDED.contains(elidedWord(text, start, i))) {
                    return -1;
                }
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * The letters before an apostrophe, in lower case when only the first is a capital ("L" of "L'Anthropic" at the
     * start of a sentence); as written otherwise.
     */
    private static String elidedWord(String text, int start, int apostrophe) {
        String word = text.substring(start, apostrophe);
        return Character.isUpperCase(word.charAt(0)) ? word.toLowerCase(Locale.ROOT) : word;
    }

    /**
     * "L'entreprise", "D'après", "Qu'elle": an elided article or preposition with a capital only because it opens a
     * sentence, glued to a lower-case word; such a word is no name.
     */
    private static boolean elidedLowerCase(String w) {
        int limit = Math.min(w.length() - 1, 5);
        for (int i = 1; i < limit; i++) {
            if (isApostrophe(w.charAt(i))) {
                return Character.isLowerCase(w.charAt(i + 1)) && ELIDED.contains(w.substring(0, i).toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    /**
     * Where the last hyphen of a capitalised compound stands when the part after it is one of {@link #compoundRoles}
     * ("Zentrix-Gründer", "Zentrix-CEO"); -1 otherwise.
     */
    private int roleCompoundHyphen(String text, int start, int end) {
        if (!Character.isUpperCase(text.charAt(start))) {
            return -1;
        }
        int hyphen = end - 2;
        while (hyphen > start + 1 && text.charAt(hyphen) != '-') {
            hyphen--;
        }
        return hyphen > start + 1 && text.charAt(hyphen) == '-'
                && compoundRoles.contains(text.substring(hyphen + 1, end).toLowerCase(Locale.ROOT))
                && !describesNameAfter(text, text.substring(hyphen + 1, end), end) ? hyphen : -1;
    }

    /**
     * "der Mobilfunk-Konzern Zentrix", "den Chemie-Konzern Korvia": a compound whose last part {@code role} is one of
     * {@link #fieldCompoundRoles} and that a capitalised word follows describes that word's company; its first part is
     * a field, not a company ("der Siemens-Konzern übernimmt" still names Siemens).
     */
    private boolean describesNameAfter(String text, String role, int end) {
        if (!fieldCompoundRoles.contains(role.toLowerCase(Locale.ROOT))) {
            return false;
        }
        int next = end;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        return next > end && next < text.length() && Character.isUpperCase(text.charAt(next));
    }

    /** "Zentrix" of "Zentrix-Gründer": the name is followed by a hyphen and one of {@link #compoundRoles}. */
    private boolean beforeCompoundRole(String text, Run run) {
        int at = run.end();
        if (at >= text.length() || text.charAt(at) != '-') {
            return false;
        }
        int end = at + 1;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end > at + 1 && compoundRoles.contains(text.substring(at + 1, end).toLowerCase(Locale.ROOT))
                && !describesNameAfter(text, text.substring(at + 1, end), end);
    }

    /**
     * Where the prefix "ex-" of a former name ends ("ex-Zentrix Semiconductors": the name is "Zentrix
     * Semiconductors"), when a capital follows it; -1 otherwise.
     */
    private static int formerPrefixEnd(String text, int start, int end) {
        return end - start > 4 && text.charAt(start + 2) == '-' && (text.charAt(start) == 'e' || text.charAt(start) == 'E')
                && text.charAt(start + 1) == 'x' && Character.isUpperCase(text.charAt(start + 3)) ? start + 3 : -1;
    }

    /** Where the next word starts at or after {@code from}; -1 when there is none. */
    private static int wordStart(String text, int from) {
        for (int i = from; i < text.length(); ) {
            char ch = text.charAt(i);
            if (ch < 0x80) {
                // ASCII, most of every text: one char, one code point
                if (isAsciiLetterOrDigit(ch)) {
                    return i;
                }
                i++;
                continue;
            }
            int c = text.codePointAt(i);
            if (isLetterOrNumber(c)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /** Where the word at {@code start} ends: after its last letter or digit before a character of no word. */
    private static int wordEnd(String text, int start) {
        int end = start + Character.charCount(text.codePointAt(start));
        for (int i = end; i < text.length(); ) {
            char ch = text.charAt(i);
            if (ch < 0x80) {
                // ASCII, most of every text: one char, one code point, compared without a table or a string search
                if (isAsciiLetterOrDigit(ch)) {
                    i++;
                    end = i;
                } else if (isInnerPunctuation(ch) && !gluedSentenceStop(text, i)) {
                    i++;
                } else {
                    break;
                }
                continue;
            }
            int c = text.codePointAt(i);
            if (isLetterOrNumber(c)) {
                i += Character.charCount(c);
                end = i;
            } else if (isInnerPunctuation(c) && !gluedSentenceStop(text, i)) {
                i++;
            } else {
                break;
            }
        }
        return end;
    }

    /**
     * "closed on March 6.Zentrix raised", "among others.Zentrix": a period between a lower-case letter or a digit and
     * a capitalised word ends a sentence a page glued to the next one, not a word ("Booking.com", "X.AI" stay whole),
     * unless the dot joins the halves of one name ("Origin.Bio", {@link DottedNames#joins}).
     */
    private static boolean gluedSentenceStop(String text, int at) {
        if (text.charAt(at) != '.' || at == 0 || at + 2 >= text.length()) {
            return false;
        }
        char before = text.charAt(at - 1);
        return (Character.isLowerCase(before) || Character.isDigit(before))
                && Character.isUpperCase(text.charAt(at + 1)) && Character.isLowerCase(text.charAt(at + 2))
                && !DottedNames.joins(text, at);
    }

    /** What may stand inside a word besides letters and digits: {@code & . : ' ’ -}. */
    private static boolean isInnerPunctuation(int c) {
        return c == '&' || c == '.' || c == ':' || c == '\'' || c == '’' || c == '-';
    }

    /** a-z, A-Z, 0-9: {@link #isLetterOrNumber} of a character below 0x80. */
    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** {@code \p{L}} or {@code \p{N}}. */
    private static boolean isLetterOrNumber(int codePoint) {
        if (codePoint < 0x80) {
            // ASCII, most of every text, without the category lookup: its only letters and numbers are a-z, A-Z, 0-9
            return codePoint >= 'a' && codePoint <= 'z' || codePoint >= 'A' && codePoint <= 'Z'
                    || codePoint >= '0' && codePoint <= '9';
        }
        return (LETTER_OR_NUMBER & 1 << Character.getType(codePoint)) != 0;
    }

    /** "Zentrix's": the word ends with an apostrophe and s. */
    private static boolean endsPossessive(String text, int start, int end) {
        return end - start >= 2 && text.charAt(end - 1) == 's' && isApostrophe(text.charAt(end - 2));
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    /**
     * Whether {@code text[from, to)} may stand between two words of one name: one space (or a non-breaking
     * one), or " & ". Runs once per word, so it compares characters rather than matching a pattern.
     */
    private static boolean isNameGap(String text, int from, int to) {
        return switch (to - from) {
            case 1 -> isSpace(text.charAt(from));
            case 3 -> isSpace(text.charAt(from)) && text.charAt(from + 1) == '&' && isSpace(text.charAt(from + 2));
            default -> false;
        };
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0';
    }

    private static boolean isCapitalised(String text, int start, int end) {
        char first = text.charAt(start);
        if (Character.isUpperCase(first)) {
            return true;
        }
        // "xAI", "eBay": a lower-case first letter with a capital inside; "1X", "3D": a digit first, then a capital
        for (int i = start + 1; i < end; i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return Character.isLetter(first) || Character.isDigit(first);
            }
        }
        return false;
    }

    /** Cuts a run of capitalised words at the words that are never part of a name and keeps the pieces. */
    private void addRun(String text, List<Word> words, List<Piece> runs, Set<String> openers, boolean nounCapitals) {
        int from = 0;
        boolean afterArticle = false;
        for (int i = 0; i <= words.size(); i++) {
            boolean cut = i == words.size() || (isNotName(text, words.get(i))
                    && !(i > from && suffixes.contains(text.substring(words.get(i).start(), words.get(i).end())))
                    && !opensName(text, words, i, from, openers) && !insideFundName(text, words, i));
            if (cut) {
                if (!afterArticle && !(nounCapitals && placeAdjectiveBefore(text, words, from, i))) {
                    // "in Los Angeles": a capitalised article inside a sentence opens a place's name, not a company's
                    addPiece(text, words, from, i, runs, nounCapitals);
                }
                afterArticle = i < words.size() && capitalisedArticleInSentence(text, words.get(i));
                from = i + 1;
            } else if (i > from && isHeadlineVerb(text, words.get(i))) {
                // "Zentrix Raises $50M": the verb of a headline in title case ends the name before it
                addPiece(text, words, from, i, runs, nounCapitals);
                from = i + 1;
            } else if (i > from && opensPersonName(text, words, i)) {
                // "the CEO of Zentrix Anna Berg": the company ends where the person's name begins
                addPiece(text, words, from, i, runs, nounCapitals);
                from = i;
            }
        }
    }

    /**
     * "des Luxemburger Stahlkonzerns Arcelor", "der Wiener Zahlungsdienst Korvia": where every noun is capitalised, a
     * lone word in -er right before a descriptor that a name follows is the adjective of a place (written with a
     * capital and never inflected), no name of its own.
     */
    private boolean placeAdjectiveBefore(String text, List<Word> words, int from, int i) {
        if (i != from + 1 || i + 1 >= words.size()) {
            return false;
        }
        Word adjective = words.get(from);
        Word noun = words.get(i);
        String lower = text.substring(noun.start(), noun.end()).toLowerCase(Locale.ROOT);
        return text.startsWith("er", adjective.end() - 2) && adjective.end() - adjective.start() > 3
                && (endsWithDescriptor(lower) || descriptorForms.contains(lower))
                && !isNotName(text, words.get(i + 1));
    }

    /**
     * "German Autolabs", "Global Switch" in a German text: an English not-name of {@code name-openers} (the language
     * writes its own adjectives otherwise, "deutsche", "globale") at the start of a piece, followed by a word of the
     * run that is a name word, opens the name instead of being cut from it.
     */
    private boolean opensName(String text, List<Word> words, int i, int from, Set<String> openers) {
        if (i != from || i + 1 >= words.size() || openers.isEmpty()) {
            return false;
        }
        Word word = words.get(i);
        return openers.contains(text.substring(word.start(), word.end()).toLowerCase(Locale.ROOT))
                && !isNotName(text, words.get(i + 1));
    }

    /**
     * "Denver Harbor Partners", "One Halvora Group", "Korvia International Investment Company": a not-name of
     * {@code fund-name-words} in a run whose last word ends a fund's name, every not-name between them one of those
     * words too, is part of the name (a fund is often named after its city or written with a number), not a place
     * before it.
     */
    private boolean insideFundName(String text, List<Word> words, int i) {
        int last = words.size() - 1;
        if (i >= last || !fundNameWords.contains(lowerWord(text, words.get(i)))
                || !fundNameEndings.contains(text.substring(words.get(last).start(), words.get(last).end()))) {
            return false;
        }
        for (int k = i + 1; k < last; k++) {
            String lower = lowerWord(text, words.get(k));
            if (isNotName(text, words.get(k)) && !fundNameWords.contains(lower)
                    && !suffixes.contains(text.substring(words.get(k).start(), words.get(k).end()))) {
                return false;
            }
        }
        return true;
    }

    private static String lowerWord(String text, Word word) {
        return text.substring(word.start(), word.end()).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the line of the name holds a deal verb written with a capital after another word ("Brightwave Acquires
     * Planning Firm Quellor"): a headline in title case, however short.
     */
    private boolean headlineVerbInLine(String text, Run run) {
        int from = text.lastIndexOf('\n', run.start()) + 1;
        int to = text.indexOf('\n', run.end());
        if (to < 0) {
            to = text.length();
        }
        int at = wordStart(text, from);
        boolean first = true;
        while (at >= 0 && at < to) {
            int end = wordEnd(text, at);
            if (!first && Character.isUpperCase(text.charAt(at)) && isHeadlineVerb(text, new Word(at, end))) {
                return true;
            }
            first = false;
            at = wordStart(text, end);
        }
        return false;
    }

    private boolean isHeadlineVerb(String text, Word word) {
        return headlineVerbs.contains(text.substring(word.start(), word.end()).toLowerCase(Locale.ROOT));
    }

    /** "Venture Capital", "Corporate Venture Capital": a kind of company, every word generic or a suffix. */
    private boolean onlyGenericWords(String name) {
        for (String word : name.split(" ")) {
            if (!suffixes.contains(word) && !fundSuffixes.contains(word) && !genericNameWords.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** A first name followed by a word of the same run that is no suffix: a person's name opens there. */
    private boolean opensPersonName(String text, List<Word> words, int i) {
        if (i + 1 >= words.size() || !firstNames.contains(text.substring(words.get(i).start(), words.get(i).end()))) {
            return false;
        }
        String next = text.substring(words.get(i + 1).start(), words.get(i + 1).end());
        return !suffixes.contains(next) && !next.equals("&");
    }

    /**
     * The words {@code [from, to)} as a piece, unless too many or no name ({@link Piece#setAsideBy} asked later). With
     * {@code aroundKnown} (where every noun has a capital) a piece keeps its words and is kept though it names nothing,
     * for {@link #runs}: a piece that overlaps a known mention gives its words before and after that mention as pieces
     * of their own, since the subject stands between the verb and the object ("Für N übernimmt Oracle Quellor",
     * "Nachdem Oracle Quellor übernommen hatte"), two names side by side that are no one name.
     */
    private void addPiece(String text, List<Word> words, int from, int to, List<Piece> runs, boolean aroundKnown) {
        if (from >= to || to - from > MAX_NAME_WORDS) {
            return;
        }
        int start = words.get(from).start();
        int end = words.get(to - 1).end();
        String name = text.substring(start, end).replace('\u00A0', ' ');
        boolean named = namesSomething(name, to - from);
        if (!named && !aroundKnown) {
            return;
        }
        String first = text.substring(start, words.get(from).end());
        runs.add(new Piece(new Run(start, end, name),
                first.length() > 2 && first.endsWith("s") ? first.substring(0, first.length() - 1) : null,
                aroundKnown ? List.copyOf(words.subList(from, to)) : null, named));
    }

    /** Whether a piece of {@code words} words is long enough and more than a suffix or generic words. */
    private boolean namesSomething(String name, int words) {
        return !(name.length() < 2 || (words == 1 && suffixes.contains(name)) || onlyGenericWords(name));
    }

    /**
     * The words of a piece that overlap no known mention, each stretch of them as a run of its own when it is a piece
     * {@link #addPiece} would keep and no known mention sets it aside.
     */
    private void addAroundKnown(String text, List<Word> words, List<EntityMention> known, List<Run> runs) {
        List<Piece> pieces = new ArrayList<>();
        int pieceFrom = 0;
        for (int i = 0; i <= words.size(); i++) {
            if (i == words.size() || overlapsKnown(words.get(i).start(), words.get(i).end(), known)) {
                addPiece(text, words, pieceFrom, i, pieces, false);
                pieceFrom = i + 1;
            }
        }
        for (Piece piece : pieces) {
            if (!piece.setAsideBy(known)) {
                runs.add(piece.run());
            }
        }
    }

    /** Whether the word is one of the {@code name-articles} ("Los Angeles"), not the first word of its sentence or line. */
    private boolean capitalisedArticleInSentence(String text, Word word) {
        return nameArticles.contains(text.substring(word.start(), word.end())) && !opensSentenceAt(text, word.start());
    }

    /**
     * Whether the word starting at {@code wordStart} opens its sentence, line, quote or bracket: only spaces stand
     * between it and the text's start or one of {@code .!?:;}, a line break, a quote or an opening bracket.
     */
    private static boolean opensSentenceAt(String text, int wordStart) {
        int before = wordStart - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        return before < 0 || ".!?:;\n\"“«(".indexOf(text.charAt(before)) >= 0;
    }

    private boolean isNotName(String text, Word word) {
        String w = text.substring(word.start(), word.end()).replace('’', '\'');
        String lower = w.toLowerCase(Locale.ROOT);
        // MODIFIER needs a hyphen: most words have none and skip the pattern.
        return notNames.contains(lower) || genitiveOfNotName(lower) || elidedLowerCase(w)
                || (w.indexOf('-') >= 0 && (MODIFIER.matcher(w).matches()
                || compoundOfNotNames(lower)))
                || (w.length() > DESCRIPTOR_MIN_LENGTH && endsWithDescriptor(lower))
                || hyphenedDescriptor(w, lower) || allDigits(w) || pluralAcronym(w) || instrumentCode(w)
                || !w.isEmpty() && Character.isDigit(w.charAt(0)) && QUANTITY_WITH_UNIT.matcher(w).matches();
    }

    /** "850MW", "2GW", "40TB", "3nm": a number glued to a unit of power, energy, storage or length is no name. */
    private static final Pattern QUANTITY_WITH_UNIT =
            Pattern.compile("\\d[\\d.,]*(?:[kKMGT]Wh?|[GTP]B|[nmk]m)");

    /**
     * "Deutschlands Rolle", "Europas größte Runde": a not-name (a country, a region) with a genitive "s" is no name
     * either, nor the start of one. Words of five letters or fewer are left alone ("its", "Ohios").
     */
    private boolean genitiveOfNotName(String lower) {
        return lower.length() > GENITIVE_MIN_LENGTH && lower.charAt(lower.length() - 1) == 's'
                && notNames.contains(lower.substring(0, lower.length() - 1));
    }

    /** "Israeli-American", "franco-italienne": a compound whose every part is a not-name (a nationality, a place). */
    private boolean compoundOfNotNames(String lower) {
        for (String part : lower.split("-", -1)) {
            if (!notNames.contains(part)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "die US-Firma Nice", "die US-amerikanische Altair": a compound of an acronym and a descriptor ("US-Firma",
     * short as it is) or a lower-case adjective ("US-amerikanische", "KI-gestützte") describes the company named after
     * it.
     */
    private boolean hyphenedDescriptor(String w, String lower) {
        int hyphen = w.lastIndexOf('-');
        if (hyphen < 2 || hyphen == w.length() - 1) {
            return false;
        }
        String first = w.substring(0, w.indexOf('-'));
        if (!first.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        return Character.isLowerCase(w.charAt(hyphen + 1)) || descriptorForms.contains(lower.substring(hyphen + 1));
    }

    /**
     * Whether the word, in lower case, ends with a descriptor ending, with or without a case ending. Runs for every
     * long capitalised word of a text with money, so it looks its few possible endings up in a set rather than
     * comparing every ending with every inflection.
     */
    private boolean endsWithDescriptor(String lower) {
        if (descriptorFormEnds != null && lower.length() >= 2) {
            int key = endKey(lower);
            if ((descriptorFormEnds[key >>> 6] & (1L << key)) == 0) {
                return false;
            }
        }
        for (int length : descriptorFormLengths) {
            if (length > lower.length()) {
                return false;
            }
            if (descriptorForms.contains(lower.substring(lower.length() - length))) {
                return true;
            }
        }
        return false;
    }

    /** The bits at {@link #endKey} of {@code forms}, each at least two characters long. */
    private static long[] endKeys(Set<String> forms) {
        long[] bits = new long[END_KEYS / 64];
        for (String form : forms) {
            int key = endKey(form);
            bits[key >>> 6] |= 1L << key;
        }
        return bits;
    }

    private static final int END_KEYS = 4096;

    /** A hash of the last two characters of {@code s} (at least two long), below {@link #END_KEYS}. */
    private static int endKey(String s) {
        int n = s.length();
        return (s.charAt(n - 2) * 31 + s.charAt(n - 1)) & (END_KEYS - 1);
    }

    /**
     * "DELL.N", "6758.T", "NVDA.O": an instrument code of a news agency after a company's name (capitals or digits, a
     * dot and one or two capitals) is no part of the name.
     */
    private static boolean instrumentCode(String w) {
        int dot = w.lastIndexOf('.');
        if (dot < 2 || dot > 6 || w.length() - dot > 3 || w.length() - dot < 2) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (i != dot && !(Character.isUpperCase(c) || i < dot && Character.isDigit(c))) {
                return false;
            }
        }
        return true;
    }

    /** "GPUs", "UAVs", "LLMs": an acronym in the plural counts things, it names no company. */
    private static boolean pluralAcronym(String w) {
        int n = w.length();
        if (n < 3 || w.charAt(n - 1) != 's') {
            return false;
        }
        for (int i = 0; i < n - 1; i++) {
            if (!Character.isUpperCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allDigits(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
