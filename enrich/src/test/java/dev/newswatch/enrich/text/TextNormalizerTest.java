package dev.newswatch.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

    private Locale defaultLocale;

    @BeforeEach
    void rememberLocale() {
        defaultLocale = Locale.getDefault();
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(defaultLocale);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '#', value = {
            "INVESTIMENTO|investimento",
            "Società|societa",
            "Künstliche Intelligenz|kunstliche intelligenz",
            "Straße|strasse",
            "Levée de fonds|levee de fonds",
            "Financiación|financiacion",
            "Œuvre, Æther, Øresund, Łódź|oeuvre, aether, oresund, lodz",
            "İstanbul|istanbul",
            "ISTANBUL|istanbul",
            "dell’intelligenza|dell'intelligenza",
            "«Anthropic»|\"anthropic\"",
            "“OpenAI”|\"openai\"",
            "2019–2024 — AI|2019-2024 - ai",
            "`quoted´|'quoted'",
    })
    void shouldFoldCaseAccentsAndPunctuation(String original, String expected) {
        // Given / When
        NormalizedText normalized = TextNormalizer.normalize(original);

        // Then
        assertEquals(expected, normalized.text());
        assertEquals(original, normalized.original());
    }

    @Test
    void shouldIgnoreTheTurkishDefaultLocale() {
        // Given a Turkish JVM, where "I".toLowerCase() is a dotless ı
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));

        // When
        NormalizedText upper = TextNormalizer.normalize("INVESTIMENTO IN ISTANBUL");
        NormalizedText dotted = TextNormalizer.normalize("İstanbul");

        // Then
        assertEquals("investimento in istanbul", upper.text());
        assertEquals("istanbul", dotted.text());
    }

    @Test
    void shouldMapUnusualSpacesToPlainSpacesAndDropZeroWidthCharacters() {
        // Given: no-break space, narrow no-break space, ideographic space, soft hyphen, zero-width space
        String original = "10\u00A0miliardi\u202Fdi\u3000dollari Anthro\u00ADpic Open\u200BAI";

        // When
        NormalizedText normalized = TextNormalizer.normalize(original);

        // Then
        assertEquals("10 miliardi di dollari anthropic openai", normalized.text());
    }

    @Test
    void shouldMapEveryNormalisedCharacterBackToItsOriginalOffset() {
        // Given
        String original = "La Società “Straße” investe";

        // When
        NormalizedText normalized = TextNormalizer.normalize(original);

        // Then
        String text = normalized.text();
        assertEquals("la societa \"strasse\" investe", text);
        int start = text.indexOf("strasse");
        int end = start + "strasse".length();
        assertEquals(original.indexOf("Straße"), normalized.originalIndex(start));
        assertEquals(original.indexOf("Straße") + "Straße".length(), normalized.originalEnd(end));
        assertEquals("Straße", normalized.originalSlice(start, end));
        assertEquals("Società", normalized.originalSlice(text.indexOf("societa"), text.indexOf("societa") + 7));
    }

    @Test
    void shouldMapBothCharactersOfAnExpansionToTheSameOriginalCharacter() {
        // Given
        NormalizedText normalized = TextNormalizer.normalize("aß");

        // When / Then
        assertEquals("ass", normalized.text());
        assertEquals(1, normalized.originalIndex(1));
        assertEquals(1, normalized.originalIndex(2));
        assertEquals(2, normalized.originalEnd(2));
        assertEquals(2, normalized.originalEnd(3));
        assertEquals(2, normalized.originalIndex(3));
    }

    @Test
    void shouldCoverSeparatelyWrittenCombiningMarksInTheOriginalSpan() {
        // Given: "Società" written with a combining grave accent (NFD), then a word
        String original = "Societa\u0300 OpenAI";

        // When
        NormalizedText normalized = TextNormalizer.normalize(original);

        // Then
        assertEquals("societa openai", normalized.text());
        assertEquals("Societa\u0300", normalized.originalSlice(0, 7));
        assertEquals("OpenAI", normalized.originalSlice(8, 14));
        assertEquals(9, normalized.originalIndex(8));
    }

    @Test
    void shouldKeepCharactersOutsideTheBasicPlaneWithTheirOffsets() {
        // Given: an emoji (two UTF-16 chars) before a word
        String original = "\uD83D\uDE80 Nvidia";

        // When
        NormalizedText normalized = TextNormalizer.normalize(original);

        // Then
        assertEquals("\uD83D\uDE80 nvidia", normalized.text());
        assertEquals("Nvidia", normalized.originalSlice(3, 9));
    }

    @Test
    void shouldMapEveryOffsetToItselfWhenEachCharacterMapsToOne() {
        // Given: accents and typographic quotes, each one character for one (the maps are not even built)
        String original = "Società “Zentrix” invests";

        // When
        NormalizedText normalized = TextNormalizer.normalize(original);

        // Then
        assertEquals("societa \"zentrix\" invests", normalized.text());
        for (int i = 0; i < normalized.length(); i++) {
            assertEquals(i, normalized.originalIndex(i));
            assertEquals(i + 1, normalized.originalEnd(i + 1));
        }
        assertEquals(0, normalized.originalEnd(0));
        assertEquals(original.length(), normalized.originalIndex(normalized.length()));
        assertEquals("“Zentrix”", normalized.originalSlice(8, 17));
    }

    @Test
    void shouldMapOffsetsAfterACharacterDroppedBetweenPlainOnes() {
        // Given: a zero-width space inside a word, and one at the very end of another text
        NormalizedText inside = TextNormalizer.normalize("Open\u200BAI raised");
        NormalizedText atEnd = TextNormalizer.normalize("Zentrix\u200B");

        // When / Then
        assertEquals("openai raised", inside.text());
        assertEquals(4, inside.originalEnd(4));
        assertEquals(5, inside.originalIndex(4));
        assertEquals("Open\u200BAI", inside.originalSlice(0, 6));
        assertEquals("zentrix", atEnd.text());
        assertEquals(7, atEnd.originalEnd(7));
        assertEquals(8, atEnd.originalIndex(7));
    }

    @Test
    void shouldBeIdempotent() {
        // Given
        String once = TextNormalizer.normalize("Ｌa «Société» investit 1,5 Mrd. € – Straße İ").text();

        // When
        String twice = TextNormalizer.normalize(once).text();

        // Then
        assertEquals(once, twice);
    }

    @Test
    void shouldNormaliseTheEmptyString() {
        // Given / When
        NormalizedText normalized = TextNormalizer.normalize("");

        // Then
        assertEquals("", normalized.text());
        assertEquals(0, normalized.originalIndex(0));
        assertEquals("", normalized.originalSlice(0, 0));
    }
}
