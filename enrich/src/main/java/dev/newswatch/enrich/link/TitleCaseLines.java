package dev.newswatch.enrich.link;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newswatch.core.model.EntityMention;
import dev.newswatch.enrich.ResourceYaml;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a headline written in title case ("Quellor Raises $40 Million In Series B Led By Index Ventures") or in
 * capitals as the sentence it stands for ("Quellor raises $40 million in Series B led by Index Ventures"), so that a
 * capital there says what it says in a sentence: a name. Without this, "Buy Telquist" or "Series B Led By Index" read
 * as names, and the names of such a line become companies only by a suffix ({@link ProvisionalNames}).
 *
 * <p>A line is in title case when most of its common words ({@code title-case.yml}, per language) after its first
 * word are capitalised, at least two of them; it is in capitals when it has three words or more and no lower-case
 * letter. In such a line the common words are lowered, the first word of the line kept; a word of a company's field
 * ("Cloud", "Chip") only in a row of them that ends with a noun that describes a company ("Cloud Security Firm"); a
 * word that ends a company's name ({@code suffixes}, {@code fund-suffixes}, {@code short-form-endings} of
 * {@code company-cues.yml}) keeps its capital right after a name word ("Halvora Capital Invests"); the mentions of
 * known entities and upper-case abbreviations ("AI", "IBM") stay as written, and a line in capitals has its other
 * words of four letters or more written with one capital ("QUELLOR" reads "Quellor"). Every other line stays as
 * written. The text keeps its length, so that every offset into it is an offset into the text as written.
 *
 * <p>Languages without a list (German capitalises every noun) are read as written. Immutable and thread-safe.
 */
public final class TitleCaseLines {

    private static final String RESOURCE = "title-case.yml";
    private static final String CUES = "company-cues.yml";
    /** How many words of a line in capitals make it a headline rather than an abbreviation or a label. */
    private static final int CAPITALS_MIN_WORDS = 3;
    /** Up to this many letters, a word in capitals is an abbreviation ("IBM", "AI", "US") and stays so. */
    private static final int ABBREVIATION_MAX = 3;
    /** How many more words in lower case than with a capital a line may have and still be read as a headline. */
    private static final int LOWER_CASE_MARGIN = 3;
    /** How many capitalised words before a company noun and a name are read as its description. */
    private static final int DESCRIPTION_MAX = 3;

    /** Per language: common words, lowered in a title-case line. */
    private final Map<String, Set<String>> words;
    /** Per language: words title styles leave in lower case; lowered, not counted when a line is tested. */
    private final Map<String, Set<String>> smallWords;
    /** Per language: nouns that describe a company ("firm", "start-up"), among the common words. */
    private final Map<String, Set<String>> companyNouns;
    /** Per language: nouns of companies, people and public bodies ("firm", "investors", "city"). */
    private final Map<String, Set<String>> partyNouns;
    /** Per language: words of a company's field, lowered only before a noun that describes a company. */
    private final Map<String, Set<String>> describingWords;
    /** Last words of a company's name, as written in lower case ("capital", "health", "labs"). */
    private final Set<String> nameEndings;

    private TitleCaseLines(JsonNode root, JsonNode cues) {
        Map<String, Set<String>> common = new HashMap<>();
        Map<String, Set<String>> small = new HashMap<>();
        Map<String, Set<String>> describing = new HashMap<>();
        Map<String, Set<String>> heads = new HashMap<>();
        Map<String, Set<String>> parties = new HashMap<>();
        root.fieldNames().forEachRemaining(language -> {
            JsonNode node = root.get(language);
            Set<String> all = new HashSet<>(lowered(node, "words"));
            all.addAll(lowered(node, "company-nouns"));
            all.addAll(lowered(node, "people-nouns"));
            common.put(language, Set.copyOf(all));
            heads.put(language, lowered(node, "company-nouns"));
            Set<String> nouns = new HashSet<>(lowered(node, "company-nouns"));
            nouns.addAll(lowered(node, "people-nouns"));
            parties.put(language, Set.copyOf(nouns));
            small.put(language, lowered(node, "small-words"));
            describing.put(language, lowered(node, "describing-words"));
        });
        this.words = Map.copyOf(common);
        this.smallWords = Map.copyOf(small);
        this.describingWords = Map.copyOf(describing);
        this.companyNouns = Map.copyOf(heads);
        this.partyNouns = Map.copyOf(parties);
        JsonNode shared = cues.path("common");
        Set<String> endings = new HashSet<>();
        for (String key : List.of("suffixes", "fund-suffixes", "short-form-endings")) {
            endings.addAll(lowered(shared, key));
        }
        this.nameEndings = Set.copyOf(endings);
    }

    /** The reader with the bundled {@code title-case.yml} and the name endings of {@code company-cues.yml}. */
    public static TitleCaseLines bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final TitleCaseLines BUNDLED = new TitleCaseLines(ResourceYaml.read(TitleCaseLines.class, RESOURCE),
                ResourceYaml.read(TitleCaseLines.class, CUES));
    }

    /** Whether the language has a list of its common words ({@link #isCommonWord} is true for every word without). */
    public boolean hasCommonWords(String language) {
        return words.containsKey(language == null ? "en" : language);
    }

    /**
     * Whether {@code word}, in lower case, is a common word of the language ("investors", "buys", "firm"); true for
     * every word of a language without a list, which says nothing about its words.
     *
     * @param word     a word in lower case; not null
     * @param language ISO 639-1 code; null reads as English
     */
    public boolean isCommonWord(String word, String language) {
        String lang = language == null ? "en" : language;
        Set<String> common = words.get(lang);
        return common == null || common.contains(word) || smallWords.get(lang).contains(word)
                || describingWords.get(lang).contains(word);
    }

    /**
     * Whether {@code word}, in lower case, is a noun of companies, people or public bodies ("firm", "investors",
     * "officials"): a capitalised word right before one is an adjective ("Existing backers"), no name.
     *
     * @param word     a word in lower case; not null
     * @param language ISO 639-1 code; null reads as English
     */
    public boolean isPartyNoun(String word, String language) {
        Set<String> nouns = partyNouns.get(language == null ? "en" : language);
        return nouns != null && nouns.contains(word);
    }

    /**
     * {@code text} with its lines in title case or in capitals written as sentences; the same string when it has
     * none.
     *
     * @param text     the article text; not null
     * @param language ISO 639-1 code; null reads as English
     * @param known    the mentions of known entities, offsets in {@code text}: left as written; not null
     * @return a text of the same length; never null
     */
    public String asSentences(String text, String language, List<EntityMention> known) {
        Set<String> common = words.get(language == null ? "en" : language);
        if (common == null) {
            return text;
        }
        Set<String> small = smallWords.get(language == null ? "en" : language);
        Set<String> describing = describingWords.get(language == null ? "en" : language);
        Set<String> heads = companyNouns.get(language == null ? "en" : language);
        char[] out = null;
        int from = 0;
        while (from < text.length()) {
            int to = text.indexOf('\n', from);
            if (to < 0) {
                to = text.length();
            }
            if (!mayBeHeadline(text, from, to)) {
                from = to + 1;
                continue;
            }
            List<int[]> line = words(text, from, to);
            Line kind = kindOf(text, line, known, common, small);
            if (kind != Line.SENTENCE) {
                if (out == null) {
                    out = text.toCharArray();
                }
                recase(text, out, line, known, kind, common, small, describing, heads);
            }
            from = to + 1;
        }
        return out == null ? text : new String(out);
    }

    private enum Line { SENTENCE, TITLE_CASE, CAPITALS }

    /**
     * A look at the first letters of the words of {@code text[from, to)} before any word is looked up: a line with
     * more than {@value #LOWER_CASE_MARGIN} words in lower case beyond those with a capital is a sentence (most lines
     * of a text are), however its words read. A headline's small words ("to", "for") stay within that margin.
     */
    private static boolean mayBeHeadline(String text, int from, int to) {
        int lower = 0;
        int upper = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean letter = Character.isLetterOrDigit(c);
            if (letter && !inWord) {
                if (Character.isLowerCase(c)) {
                    lower++;
                } else if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
            inWord = letter || inWord && (c == '-' || c == '\'' || c == '’');
        }
        return upper >= 2 && lower <= upper + LOWER_CASE_MARGIN;
    }

    private Line kindOf(String text, List<int[]> line, List<EntityMention> known, Set<String> common,
                        Set<String> small) {
        if (line.size() < 2) {
            return Line.SENTENCE;
        }
        boolean lowerCase = false;
        int lettered = 0;
        for (int[] word : line) {
            for (int i = word[0]; i < word[1]; i++) {
                if (Character.isLowerCase(text.charAt(i))) {
                    lowerCase = true;
                    break;
                }
            }
            if (Character.isLetter(text.charAt(word[0]))) {
                lettered++;
            }
        }
        if (!lowerCase) {
            return lettered >= CAPITALS_MIN_WORDS ? Line.CAPITALS : Line.SENTENCE;
        }
        int counted = 0;
        int capitalised = 0;
        for (int k = 1; k < line.size(); k++) {
            int[] word = line.get(k);
            String lower = key(text, word);
            if (small.contains(lower) || !common.contains(lower) || inMention(word, known) || abbreviation(text, word)
                    || nameEndings.contains(lower) && Character.isUpperCase(text.charAt(line.get(k - 1)[0]))
                            && adjacent(text, line.get(k - 1), word)) {
                continue;
            }
            counted++;
            if (Character.isUpperCase(text.charAt(word[0]))) {
                capitalised++;
            }
        }
        return capitalised >= 2 && capitalised * 4 >= counted * 3 ? Line.TITLE_CASE : Line.SENTENCE;
    }

    private void recase(String text, char[] out, List<int[]> line, List<EntityMention> known, Line kind,
                        Set<String> common, Set<String> small, Set<String> describing, Set<String> heads) {
        boolean keptName = false;
        Set<Integer> description = descriptionsBeforeNames(text, line, known, common, small, heads);
        for (int k = 0; k < line.size(); k++) {
            int[] word = line.get(k);
            if (inMention(word, known)) {
                keptName = true;
                continue;
            }
            String lower = key(text, word);
            boolean listed = common.contains(lower) || small.contains(lower) || description.contains(k)
                    || describing.contains(lower) && describesCompany(text, line, k, known, heads, describing);
            boolean endsName = keptName && nameEndings.contains(lower) && adjacent(text, line.get(k - 1), word);
            if (k == 0) {
                // the first word of the line keeps its capital, as a sentence's does
                if (kind == Line.CAPITALS && !abbreviation(text, word)) {
                    lowerFrom(out, word[0] + 1, word[1]);
                }
                keptName = !listed;
                continue;
            }
            if (listed && !endsName) {
                lowerFrom(out, word[0], word[1]);
                keptName = false;
            } else if (kind == Line.CAPITALS && !abbreviation(text, word)) {
                lowerFrom(out, word[0] + 1, word[1]);
                keptName = Character.isLetter(text.charAt(word[0]));
            } else {
                lowerListedParts(text, out, word, common, small);
                keptName = Character.isUpperCase(text.charAt(word[0]));
            }
        }
    }

    /**
     * Whether the field word at {@code k} stands in a row of field words that ends with a noun describing a company
     * ("Cloud Security Firm", "Chip Start-Up").
     */
    private static boolean describesCompany(String text, List<int[]> line, int k, List<EntityMention> known,
                                            Set<String> heads, Set<String> describing) {
        for (int j = k + 1; j < line.size() && adjacent(text, line.get(j - 1), line.get(j)); j++) {
            if (inMention(line.get(j), known)) {
                return false;
            }
            String next = key(text, line.get(j));
            if (heads.contains(next)) {
                return true;
            }
            if (!describing.contains(next)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Invests In Self-Driving Start-Up Wayvio": the indices of the capitalised words, up to {@value #DESCRIPTION_MAX}
     * of them, between a common word and a company noun that a capitalised name follows. They describe the company
     * the name names, as the words before "start-up" do in a sentence, whatever their field.
     */
    private static Set<Integer> descriptionsBeforeNames(String text, List<int[]> line, List<EntityMention> known,
                                                        Set<String> common, Set<String> small, Set<String> heads) {
        Set<Integer> out = new HashSet<>();
        for (int k = 2; k + 1 < line.size(); k++) {
            int[] name = line.get(k + 1);
            String next = key(text, name);
            if (!heads.contains(key(text, line.get(k))) || !adjacent(text, line.get(k), name)
                    || !Character.isUpperCase(text.charAt(name[0])) || common.contains(next) || small.contains(next)) {
                continue;
            }
            int first = k;
            while (first > 1 && k - first < DESCRIPTION_MAX && adjacent(text, line.get(first - 1), line.get(first))
                    && described(text, line.get(first - 1), known, common, small)) {
                first--;
            }
            String before = key(text, line.get(first - 1));
            if (first < k && (common.contains(before) || small.contains(before))
                    && adjacent(text, line.get(first - 1), line.get(first))) {
                for (int j = first; j < k; j++) {
                    out.add(j);
                }
            }
        }
        return out;
    }

    /** A capitalised word that is no common word, no abbreviation and no known name: a word of a description. */
    private static boolean described(String text, int[] word, List<EntityMention> known, Set<String> common,
                                     Set<String> small) {
        String lower = key(text, word);
        return Character.isUpperCase(text.charAt(word[0])) && !common.contains(lower) && !small.contains(lower)
                && !abbreviation(text, word) && !inMention(word, known);
    }

    /** "San Francisco-Based": the parts of a hyphened word after its first that are common words are lowered. */
    private static void lowerListedParts(String text, char[] out, int[] word, Set<String> common, Set<String> small) {
        int part = text.indexOf('-', word[0]);
        while (part >= 0 && part < word[1]) {
            int end = text.indexOf('-', part + 1);
            if (end < 0 || end > word[1]) {
                end = word[1];
            }
            String lower = text.substring(part + 1, end).toLowerCase(Locale.ROOT);
            if (common.contains(lower) || small.contains(lower)) {
                lowerFrom(out, part + 1, end);
            }
            part = end < word[1] ? end : -1;
        }
    }

    private static void lowerFrom(char[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            out[i] = Character.toLowerCase(out[i]);
        }
    }

    /** Two words with only a space or a hyphen between them. */
    private static boolean adjacent(String text, int[] before, int[] after) {
        String gap = text.substring(before[1], after[0]);
        return gap.equals(" ") || gap.equals("\u00A0");
    }

    /** A word in capitals of up to three letters, or with a digit: "AI", "IBM", "US", "B2B", "4G". */
    private static boolean abbreviation(String text, int[] word) {
        boolean digit = false;
        for (int i = word[0]; i < word[1]; i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            digit |= Character.isDigit(c);
        }
        return digit || word[1] - word[0] <= ABBREVIATION_MAX;
    }

    private static boolean inMention(int[] word, List<EntityMention> known) {
        for (EntityMention m : known) {
            if (m.start() < word[1] && word[0] < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** The word as looked up: lower case, a closing possessive left out. */
    private static String key(String text, int[] word) {
        String lower = text.substring(word[0], word[1]).toLowerCase(Locale.ROOT).replace('’', '\'');
        return lower.endsWith("'s") ? lower.substring(0, lower.length() - 2) : lower;
    }

    /**
     * The words of {@code text[from, to)}: runs of letters and digits with inner hyphens and apostrophes, each as
     * {start, end}.
     */
    private static List<int[]> words(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < to && (Character.isLetterOrDigit(text.charAt(i)) || inner(text, i, to))) {
                i++;
            }
            out.add(new int[] {start, i});
        }
        return out;
    }

    /** A hyphen or apostrophe between two letters or digits. */
    private static boolean inner(String text, int i, int to) {
        char c = text.charAt(i);
        return (c == '-' || c == '\'' || c == '’') && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1))
                && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
    }

    private static Set<String> lowered(JsonNode node, String key) {
        Set<String> out = new HashSet<>();
        JsonNode list = node.get(key);
        if (list == null || !list.isArray()) {
            throw new IllegalStateException(RESOURCE + " or " + CUES + " lacks the list '" + key + "'");
        }
        list.forEach(v -> out.add(v.asText().toLowerCase(Locale.ROOT).replace('’', '\'')));
        return Set.copyOf(out);
    }
}
