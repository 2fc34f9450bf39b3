package dev.newswatch.ingest.normalize;

import java.text.Normalizer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Guesses the language of a news text among English, Italian, German, French and Spanish by counting
 * very frequent function words ("the", "di", "und", "les", "los", ...).
 *
 * <p>Returns the ISO 639-1 code ({@code en}, {@code it}, {@code de}, {@code fr}, {@code es}) of the language
 * with the most function words, or {@code "und"} when the evidence is thin: fewer than
 * three function words, or a lead over the runner-up smaller than two. Text is
 * NFC-normalised and lower-cased with {@link Locale#ROOT}, so the answer does not depend on the default
 * locale. Stateless and thread-safe.
 */
public final class LanguageDetector {

    /** The code for "undetermined". */
    public static final String UNDETERMINED = "und";

    static final int MIN_HITS = 3;
    static final int MIN_LEAD = 2;

    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    /** Function words per language; words shared between languages count for each of them. */
    private static final Map<String, Set<String>> FUNCTION_WORDS = functionWords();

    private LanguageDetector() {
    }

    /** The ISO 639-1 code of the language of {@code text}, or {@code "und"}; null or blank gives {@code "und"}. */
    public static String detect(String text) {
        if (text == null || text.isBlank()) {
            return UNDETERMINED;
        }
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        Map<String, Integer> hits = new LinkedHashMap<>();
        FUNCTION_WORDS.keySet().forEach(language -> hits.put(language, 0));
        for (String word : NON_LETTERS.split(normalised)) {
            if (word.isEmpty()) {
                continue;
            }
            for (Map.Entry<String, Set<String>> language : FUNCTION_WORDS.entrySet()) {
                if (language.getValue().contains(word)) {
                    hits.merge(language.getKey(), 1, Integer::sum);
                }
            }
        }
        String best = UNDETERMINED;
        int bestHits = 0;
        int secondHits = 0;
        for (Map.Entry<String, Integer> entry : hits.entrySet()) {
            int count = entry.getValue();
            if (count > bestHits) {
                secondHits = bestHits;
                bestHits = count;
                best = entry.getKey();
            } else if (count > secondHits) {
                secondHits = count;
            }
        }
        return bestHits >= MIN_HITS && bestHits - secondHits >= MIN_LEAD ? best : UNDETERMINED;
    }

    private static Map<String, Set<String>> functionWords() {
        Map<String, Set<String>> words = new LinkedHashMap<>();
        words.put("en", Set.of(
                "the", "and", "of", "to", "in", "is", "that", "for", "it", "with", "as", "was", "on", "be", "by",
                "at", "this", "are", "from", "or", "have", "has", "an", "but", "not", "they", "which", "his",
                "her", "their", "were", "been", "will", "would", "its", "he", "she", "we", "you", "after",
                "about", "into", "than", "more", "said", "who"));
        words.put("it", Set.of(
                "il", "di", "che", "e", "è", "la", "le", "per", "un", "una", "del", "della", "dei", "delle",
                "degli", "nel", "nella", "sono", "non", "con", "si", "da", "al", "alla", "gli", "lo", "ha",
                "anche", "come", "più", "ma", "questo", "questa", "essere", "stato", "dopo", "tra", "sul",
                "sulla", "hanno", "loro", "suo", "sua", "dell", "nell", "all", "sull", "ed"));
        words.put("de", Set.of(
                "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "einer", "einen", "einem", "dem",
                "den", "des", "mit", "sich", "auf", "für", "von", "zu", "im", "auch", "es", "wird", "werden",
                "wurde", "hat", "haben", "sind", "nach", "bei", "aus", "über", "um", "noch", "wie", "oder",
                "aber", "dass", "als", "vom", "zum", "zur", "sie", "er", "mehr"));
        words.put("fr", Set.of(
                "le", "la", "les", "des", "du", "de", "un", "une", "et", "est", "en", "que", "qui", "dans",
                "pour", "pas", "au", "aux", "sur", "avec", "ce", "cette", "ces", "il", "elle", "ils", "sont",
                "par", "plus", "ne", "se", "son", "sa", "ses", "ont", "été", "mais", "où", "à", "leur", "nous",
                "vous", "être", "d", "l", "qu", "selon"));
        words.put("es", Set.of(
                "el", "la", "los", "las", "de", "del", "y", "en", "que", "es", "un", "una", "por", "con",
                "para", "se", "no", "al", "lo", "su", "sus", "como", "más", "pero", "este", "esta", "ha", "han",
                "fue", "son", "está", "entre", "sobre", "también", "desde", "muy", "hasta", "ya", "cuando",
                "porque", "sin", "les", "hay", "según", "ser"));
        return Collections.unmodifiableMap(words);
    }
}
