package dev.newswatch.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.config.ConfigException;
import dev.newswatch.testkit.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code forms} section of a taxonomy file, the word equivalence, and the forms the shipped taxonomy holds. */
class KeywordFormsTest {

    private static final Path SHIPPED = RepoPaths.config().resolve("taxonomy.yml");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource({
            "chip, chips, true",
            "chips, chip, true",
            "rumour, rumours, true",
            "adquisicion, adquisiciones, true",
            "rachat, rachats, true",
            "fusion, fusiones, true",
            "new, news, false",       // too short to take an ending off
            "gpu, gpus, false",
            "chip, chipset, false",
            "deal, deals, true",
            "deal, dealer, false"})
    void shouldTreatAPluralEndingAsTheSameWord(String a, String b, boolean same) {
        assertEquals(same, KeywordForms.sameWord(a, b));
    }

    @Test
    void shouldGiveTheFormsOfTheArticlesLanguageForATermNamedByAnyOfItsForms() throws IOException {
        KeywordForms forms = KeywordForms.load(write("""
                forms:
                  acquisition:
                    en: [acquisition]
                    it: [acquisizione]
                    de: [Übernahme]
                """));

        assertEquals(List.of(List.of("acquisition"), List.of("acquisizione")),
                forms.alternatives(List.of("acquisition"), "it"));
        assertEquals(List.of(List.of("ubernahme"), List.of("acquisizione")),
                forms.alternatives(List.of("ubernahme"), "it"), "named by its German form, matched in Italian");
        assertEquals(List.of(List.of("acquisitions"), List.of("ubernahme")),
                forms.alternatives(List.of("acquisitions"), "de"), "named in the plural");
        assertEquals(List.of(List.of("acquisition"), List.of("acquisizione"), List.of("ubernahme")),
                forms.alternatives(List.of("acquisition"), "und"), "an unknown language gets every form, each once");
        assertEquals(List.of(List.of("merger")), forms.alternatives(List.of("merger"), "it"), "no term, only itself");
    }

    @Test
    void shouldReadNoFormsFromATaxonomyWithoutTheSection() throws IOException {
        assertEquals(0, KeywordForms.load(write("categories: {}\n")).size());
    }

    @Test
    void shouldNameTheFileAndKeyOfABadLanguage() throws IOException {
        Path file = write("""
                forms:
                  acquisition:
                    english: [acquisition]
                """);

        ConfigException e = assertThrows(ConfigException.class, () -> KeywordForms.load(file));
        assertTrue(e.getMessage().contains("forms.acquisition.english"), e.getMessage());
        assertTrue(e.getMessage().contains("two-letter language code"), e.getMessage());
    }

    @Test
    void shouldShipAcquisitionInFiveLanguagesWithoutTheGermanVerbForTakingOver() {
        KeywordForms forms = KeywordForms.load(SHIPPED);

        assertTrue(forms.alternatives(List.of("acquisition"), "it").contains(List.of("acquisizione")));
        assertTrue(forms.alternatives(List.of("acquisition"), "de").contains(List.of("ubernahme")));
        assertTrue(forms.alternatives(List.of("acquisition"), "fr").contains(List.of("rachat")));
        assertTrue(forms.alternatives(List.of("acquisition"), "es").contains(List.of("adquisicion")));
        // "Bundesnetzagentur übernimmt Aufsicht" (the demo archive) is no takeover.
        assertFalse(forms.alternatives(List.of("acquisition"), "de").contains(List.of("ubernimmt")));
    }

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("taxonomy.yml");
        Files.writeString(file, yaml);
        return file;
    }
}
