package dev.newswatch.enrich.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.config.ConfigException;
import dev.newswatch.core.model.DealStage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The language data files (lexicon/*.yml): every one loads with every key, and a broken one fails with a
 * message that names the file, the key and what is wrong.
 */
class LexiconFilesTest {

    private static final Set<String> MONEY_KEYS = Set.of("decimalSeparator", "spaceGroups", "scales", "numberWords",
            "qualifiers", "articles", "ranges", "fillers", "exactAfterNoun");

    @Test
    void shouldLoadEveryLanguageFileWithEveryKey() {
        for (String language : LexiconFile.LANGUAGES) {
            // Given the file as shipped
            String yaml = resource(language);

            // When it is read on its own
            LexiconFile file = LexiconFile.parse(language + ".yml", yaml);
            DealLexicon deal = DealLexicon.read(language, file);
            MoneyLexicon money = MoneyLexicon.read(file);

            // Then every key is there, and the lexicons in use are this file's, not the English fallback
            for (String key : DealLexicon.KEYS) {
                assertTrue(file.has(key), language + ".yml lacks " + key);
            }
            for (String key : MONEY_KEYS) {
                assertTrue(file.get(MoneyLexicon.SECTION).has(key), language + ".yml lacks money." + key);
            }
            assertEquals(deal.cues.size(), DealLexicon.forLanguage(language).cues.size(), language);
            assertEquals(language, DealLexicon.forLanguage(language).language);
            assertEquals(money.scales.size(), MoneyLexicon.forLanguage(language).scales.size(), language);
        }
    }

    @Test
    void shouldLoadTheSharedCurrencyFile() {
        assertEquals(21, MoneyLexicon.PREFIX_CURRENCIES.size());
        assertNotNull(MoneyLexicon.SUFFIX_CURRENCIES);
        assertNotNull(MoneyLexicon.OR_MORE);
    }

    @Test
    void shouldHaveEveryCueKindAndEveryWordedStageInEnglish() {
        DealLexicon english = DealLexicon.forLanguage("en");
        // ANNOUNCED is what a deal is when no stage word says otherwise
        assertEquals(Set.of(DealStage.BACKGROUND, DealStage.COMPLETED, DealStage.IN_TALKS, DealStage.RUMOURED),
                english.stages.keySet());
        Set<CueKind> kinds = new HashSet<>();
        english.cues.forEach(cue -> kinds.add(cue.kind()));
        assertEquals(Set.of(CueKind.values()), kinds);
    }

    @Test
    void shouldNameTheFileAndKeyWhenAKeyIsMissing() {
        // Given en.yml without its relative pronouns
        String broken = resource("en").replaceFirst("(?m)^relatives:.*$", "");

        // When it is read
        ConfigException e = assertThrows(ConfigException.class,
                () -> DealLexicon.read("en", LexiconFile.parse("broken-en.yml", broken)));

        // Then the message says which file and which key
        assertEquals("broken-en.yml: relatives: is missing", e.getMessage());
    }

    @Test
    void shouldNameTheFileKeyAndEntryWhenARegexDoesNotCompile() {
        // Given an unclosed group in the first English cue word
        String broken = resource("en").replaceFirst("(?m)^      - invest\\(\\?:s\\|ed\\|ing\\)\\?$",
                "      - invest(?:s|ed");

        ConfigException e = assertThrows(ConfigException.class,
                () -> DealLexicon.read("en", LexiconFile.parse("broken-en.yml", broken)));

        assertEquals("broken-en.yml", e.file());
        assertEquals("cues[0].words[0]", e.key());
        assertTrue(e.reason().startsWith("not a valid regular expression"), e.getMessage());
    }

    @Test
    void shouldNameTheFileAndKeyWhenAMoneyKeyIsMissing() {
        String broken = resource("de").replaceFirst("(?m)^  fillers:.*$", "");

        ConfigException e = assertThrows(ConfigException.class,
                () -> MoneyLexicon.read(LexiconFile.parse("broken-de.yml", broken)));

        assertEquals("broken-de.yml: money.fillers: is missing", e.getMessage());
    }

    @Test
    void shouldRejectAMisspelledKey() {
        String broken = resource("fr").replaceFirst("(?m)^relatives:", "relative:");

        ConfigException e = assertThrows(ConfigException.class,
                () -> DealLexicon.read("fr", LexiconFile.parse("broken-fr.yml", broken)));

        assertEquals("broken-fr.yml", e.file());
        assertEquals("relative", e.key());
        assertTrue(e.reason().startsWith("unknown key"), e.getMessage());
    }

    @Test
    void shouldReadYamlWordsLikeOnAndYAsWords() {
        // "on" is an English marker and "y" a Spanish conjunction: YAML 1.1 would read them as booleans
        LexiconFile file = LexiconFile.parse("words.yml", "words: [on, y, no, off]\n");

        assertEquals("on|y|no|off", file.get("words").alternatives());
    }

    @Test
    void shouldNameTheFileWhenItIsNotYaml() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> LexiconFile.parse("broken.yml", "cues: [unclosed\n"));

        assertEquals("broken.yml", e.file());
        assertTrue(e.reason().startsWith("not valid YAML"), e.getMessage());
    }

    private static String resource(String name) {
        String path = LexiconFile.resourcePath(name);
        try (InputStream in = LexiconFilesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertNotNull(in, path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
