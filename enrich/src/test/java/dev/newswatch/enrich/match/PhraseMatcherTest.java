package dev.newswatch.enrich.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.enrich.text.NormalizedText;
import dev.newswatch.enrich.text.TextNormalizer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

    private static List<String> found(List<Match<String>> matches, NormalizedText text) {
        return matches.stream().map(m -> text.originalSlice(m.start(), m.end()) + "=" + m.payload()).toList();
    }

    @Test
    void shouldFindWholeWordPhrasesWithTheOrderOfTheTrieMatcher() {
        // Given: the same dictionary in both matchers
        List<String> phrases = List.of("amazon", "amazon web services", "web services", "run:ai", "ai", "open ai",
                "Società", "x.ai");
        PhraseMatcher.Builder<String> phraseBuilder = PhraseMatcher.builder();
        KeywordMatcher.Builder<String> trieBuilder = KeywordMatcher.builder();
        for (String phrase : phrases) {
            phraseBuilder.add(phrase, phrase);
            trieBuilder.add(phrase, phrase);
        }
        NormalizedText text = TextNormalizer.normalize(
                "Amazon Web Services, Amazon's AI; Run:ai and OpenAI, “Open AI”, SOCIETÀ, societa, x.ai, said, Amazonia.");

        // When
        List<Match<String>> byPhrase = phraseBuilder.build().findAll(text);
        List<Match<String>> byTrie = trieBuilder.build().findAll(text);

        // Then
        assertEquals(byTrie, byPhrase);
        assertEquals(List.of("Amazon Web Services=amazon web services", "Amazon=amazon", "Web Services=web services",
                "Amazon=amazon", "AI=ai", "Run:ai=run:ai", "ai=ai", "Open AI=open ai", "AI=ai", "SOCIETÀ=Società",
                "societa=Società", "x.ai=x.ai", "ai=ai"), found(byPhrase, text));
    }

    @Test
    void shouldMatchUnderATurkishDefaultLocale() {
        // Given
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            PhraseMatcher<String> matcher = PhraseMatcher.<String>builder().add("Intel", "intel").add("istanbul", "city").build();
            NormalizedText text = TextNormalizer.normalize("INTEL in İSTANBUL");

            // When
            List<Match<String>> matches = matcher.findAll(text);

            // Then
            assertEquals(List.of("INTEL=intel", "İSTANBUL=city"), found(matches, text));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void shouldRejectPrefixPhrasesAndPhrasesStartingWithPunctuation() {
        // Given
        PhraseMatcher.Builder<String> builder = PhraseMatcher.builder();

        // When / Then
        assertThrows(IllegalArgumentException.class, () -> builder.add("invest*", "x"));
        assertThrows(IllegalArgumentException.class, () -> builder.add(".net", "x"));
        assertThrows(IllegalArgumentException.class, () -> builder.add(" ", "x"));
    }

    @Test
    void shouldBuildThirtyThousandPhrasesWithSharedPrefixesQuickly() {
        // Given
        PhraseMatcher.Builder<Integer> builder = PhraseMatcher.builder();
        for (int i = 0; i < 10_000; i++) {
            String base = "company " + Integer.toString(i, 36);
            builder.add(base, i).add(base + " holdings", i).add(base + " inc", i);
        }

        // When
        long started = System.nanoTime();
        PhraseMatcher<Integer> matcher = builder.build();
        long millis = (System.nanoTime() - started) / 1_000_000;
        NormalizedText text = TextNormalizer.normalize("Company ZZ Holdings and company 1 inc.");

        // Then
        assertEquals(30_000, matcher.size());
        assertTrue(millis < 1_000, "building 30,000 phrases took " + millis + " ms");
        assertEquals(List.of("Company ZZ Holdings=1295", "Company ZZ=1295", "company 1 inc=1", "company 1=1"),
                matcher.findAll(text).stream().map(m -> text.originalSlice(m.start(), m.end()) + "=" + m.payload()).toList());
    }

    @Test
    void shouldFindNothingWhenEmpty() {
        // Given / When / Then
        assertEquals(List.of(), PhraseMatcher.<String>builder().build().findAll(TextNormalizer.normalize("OpenAI")));
    }
}
