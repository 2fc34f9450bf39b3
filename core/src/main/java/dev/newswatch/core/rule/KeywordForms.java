package dev.newswatch.core.rule;

import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.ConfigNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The per-language forms of rule keywords, read from the {@code forms} section of the taxonomy file: each term
 * (such as {@code acquisition}) lists, per language, the words and phrases that say it ("acquisizione",
 * "Übernahme", "rachat", "adquisición"). A keyword or phrase of a rule that is a term, or one of its forms, then
 * matches an article through the forms of the article's language ({@link #alternatives}).
 *
 * <p>Words are compared as {@link RuleParser#words} folds them (accents, case, punctuation), and two words are the
 * same when they are equal or one is the other plus a plural {@code s} or {@code es} ({@link #sameWord}). The forms
 * are immutable; the answers of {@link #alternatives} are remembered per phrase and language. Thread-safe.
 */
public final class KeywordForms {

    /** No forms: a keyword matches only itself (and its plural). */
    public static final KeywordForms NONE = new KeywordForms(List.of());
    /** An article of this language is matched with the forms of every language. */
    public static final String UNKNOWN_LANGUAGE = "und";
    /** The shortest word that a plural ending is taken off: "news" stays apart from "new". */
    private static final int MIN_STEM = 4;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    /** Most distinct (phrase, language) pairs whose alternatives are remembered. */
    private static final int CACHE_LIMIT = 10_000;

    /** One term: its id as folded words, and its forms (folded word lists) by language. */
    private record Term(List<String> id, Map<String, List<List<String>>> forms) {
    }

    /** The key of a remembered {@link #alternatives} answer. */
    private record Question(List<String> phrase, String language) {
    }

    private final List<Term> terms;
    private final Map<Question, List<List<String>>> answers = new ConcurrentHashMap<>();

    private KeywordForms(List<Term> terms) {
        this.terms = List.copyOf(terms);
    }

    /**
     * The {@code forms} section of a taxonomy file: a mapping from term id to a mapping from two-letter language
     * code to a list of forms. A file without it, or no file (an alerter run without the enrich stage's
     * files), gives {@link #NONE}.
     *
     * @throws dev.newswatch.core.config.ConfigException naming the file and key when the section is invalid
     */
    public static KeywordForms load(Path taxonomyFile) {
        ConfigNode forms = ConfigLoader.read(taxonomyFile, false).get("forms");
        List<Term> terms = new ArrayList<>();
        for (Map.Entry<String, ConfigNode> term : forms.entries().entrySet()) {
            Map<String, List<List<String>>> byLanguage = new LinkedHashMap<>();
            for (Map.Entry<String, ConfigNode> language : term.getValue().entries().entrySet()) {
                if (!LANGUAGE.matcher(language.getKey()).matches()) {
                    throw language.getValue().error("expected a two-letter language code such as en, it, de, fr, es");
                }
                List<List<String>> phrases = new ArrayList<>();
                for (ConfigNode form : language.getValue().elements()) {
                    List<String> words = RuleParser.words(form.requiredText());
                    if (words.isEmpty()) {
                        throw form.error("a form needs a letter or digit");
                    }
                    phrases.add(words);
                }
                byLanguage.put(language.getKey(), phrases);
            }
            if (byLanguage.isEmpty()) {
                throw term.getValue().error("needs at least one language with its forms");
            }
            terms.add(new Term(RuleParser.words(term.getKey()), byLanguage));
        }
        return new KeywordForms(terms);
    }

    /** How many terms have forms. */
    public int size() {
        return terms.size();
    }

    /**
     * The phrases that {@code phrase} (folded words of a rule) matches in an article of {@code language}: the phrase
     * itself, and the forms in that language of every term it names (by the term's id or by any of its forms, in
     * any language). An article of an unknown language ({@value #UNKNOWN_LANGUAGE}, or null) gets the forms of every
     * language.
     */
    public List<List<String>> alternatives(List<String> phrase, String language) {
        if (terms.isEmpty()) {
            return List.of(phrase);
        }
        Question question = new Question(phrase, language);
        List<List<String>> known = answers.get(question);
        if (known != null) {
            return known;
        }
        List<List<String>> answer = find(phrase, language);
        // Rules and languages are few; the bound only guards against a flood of distinct ones.
        if (answers.size() < CACHE_LIMIT) {
            answers.put(question, answer);
        }
        return answer;
    }

    private List<List<String>> find(List<String> phrase, String language) {
        Set<List<String>> out = new LinkedHashSet<>();
        out.add(phrase);
        boolean anyLanguage = language == null || UNKNOWN_LANGUAGE.equals(language);
        for (Term term : terms) {
            if (!names(term, phrase)) {
                continue;
            }
            for (Map.Entry<String, List<List<String>>> forms : term.forms().entrySet()) {
                if (anyLanguage || forms.getKey().equals(language)) {
                    out.addAll(forms.getValue());
                }
            }
        }
        return List.copyOf(out);
    }

    /** Whether {@code words} contains {@code phrase} as consecutive words, each the {@linkplain #sameWord same}. */
    public static boolean containsPhrase(List<String> words, List<String> phrase) {
        for (int start = 0; start + phrase.size() <= words.size(); start++) {
            int i = 0;
            while (i < phrase.size() && sameWord(words.get(start + i), phrase.get(i))) {
                i++;
            }
            if (i == phrase.size()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two folded words are the same word: equal, or one is the other plus "s" or "es" (chip, chips;
     * rumour, rumours; adquisicion, adquisiciones), the shorter having at least four letters (so "new" and "news", "gpu"
     * and "gpus" stay apart).
     */
    public static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() < b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (shorter.length() < MIN_STEM || !longer.startsWith(shorter)) {
            return false;
        }
        String ending = longer.substring(shorter.length());
        return ending.equals("s") || ending.equals("es");
    }

    private static boolean names(Term term, List<String> phrase) {
        if (samePhrase(term.id(), phrase)) {
            return true;
        }
        return term.forms().values().stream().flatMap(List::stream).anyMatch(form -> samePhrase(form, phrase));
    }

    private static boolean samePhrase(List<String> a, List<String> b) {
        return a.size() == b.size() && containsPhrase(a, b);
    }
}
