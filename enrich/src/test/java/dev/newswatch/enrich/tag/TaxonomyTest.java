package dev.newswatch.enrich.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.config.ConfigException;
import dev.newswatch.enrich.tag.Taxonomy.Category;
import dev.newswatch.enrich.tag.Taxonomy.Term;
import dev.newswatch.testkit.RepoPaths;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaxonomyTest {

    private static final String VALID = """
            case-sensitive: [AI]
            groups:
              ai:
                description: AI cues
                terms:
                  any: [AI, OpenAI]
                  it: [intelligenza artificiale]
            categories:
              ai-funding:
                description: money into AI
                min-score: 1.5
                requires: [ai]
                terms:
                  en:
                    - funding
                    - {term: series b, weight: 2}
                    - {term: raise concerns, weight: 0}
                  it: [investiment*]
              chips:
                terms:
                  any: [chip, {term: Arm, case-sensitive: true}]
            """;

    @Test
    void shouldReadGroupsCategoriesWeightsLanguagesAndCase() {
        // Given / When
        Taxonomy taxonomy = Taxonomy.parse(VALID, "test.yml");

        // Then
        assertEquals("test.yml", taxonomy.source());
        assertEquals(List.of("ai"), List.copyOf(taxonomy.groups().keySet()));
        assertEquals(List.of("ai-funding", "chips"), taxonomy.categories().stream().map(Category::id).toList());
        Category funding = taxonomy.category("ai-funding").orElseThrow();
        assertEquals(1.5, funding.minScore());
        assertEquals(List.of("ai"), funding.requires());
        assertEquals(List.of(new Term("funding", "en", 1, false), new Term("series b", "en", 2, false),
                new Term("raise concerns", "en", 0, false), new Term("investiment*", "it", 1, false)), funding.terms());
        assertTrue(funding.terms().get(3).prefix());
        assertEquals("investiment", funding.terms().get(3).stem());
        assertEquals(1.0, taxonomy.category("chips").orElseThrow().minScore());
        assertTrue(taxonomy.category("chips").orElseThrow().terms().get(1).caseSensitive());
        assertEquals(new Term("AI", "any", 1, true), taxonomy.groups().get("ai").terms().get(0));
        assertFalse(taxonomy.groups().get("ai").terms().get(1).caseSensitive());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '#', value = {
            // what is wrong | yaml | expected key | expected reason fragment
            "unknown top-level key|categoriez: {}|categoriez|unknown key",
            "no categories|groups: {}|categories|is required",
            "unknown category key|categories: {x: {terms: {en: [a]}, min_score: 1}}|categories.x.min_score|unknown key",
            "bad category id|categories: {Cloud: {terms: {en: [a]}}}|categories.Cloud|lower-case",
            "unknown language|categories: {x: {terms: {english: [a]}}}|categories.x.terms.english|language",
            "terms not a list|categories: {x: {terms: {en: a}}}|categories.x.terms.en|list of terms",
            "negative weight|categories: {x: {terms: {en: [{term: a, weight: -1}]}}}|categories.x.terms.en[0].weight|between",
            "star inside|categories: {x: {terms: {en: [a, in*vest]}}}|categories.x.terms.en[1]|'*'",
            "term key typo|categories: {x: {terms: {en: [{text: a}]}}}|categories.x.terms.en[0].text|unknown key",
            "unknown required group|categories: {x: {requires: [ai], terms: {en: [a]}}}|categories.x.requires[0]|unknown group 'ai'",
            "zero min-score|categories: {x: {min-score: 0, terms: {en: [a]}}}|categories.x.min-score|between",
            "case-sensitive term nowhere|case-sensitive: [KI]\\ncategories: {x: {terms: {en: [a]}}}|case-sensitive|KI",
            "duplicate category|categories:\\n  x: {terms: {en: [a]}}\\n  x: {terms: {en: [b]}}||Duplicate",
            "not YAML|categories: [unclosed||not valid YAML",
    })
    void shouldNameFileKeyAndReasonWhenTheTaxonomyIsInvalid(String what, String yaml, String key, String reason) {
        // Given
        String document = yaml.replace("\\n", "\n");

        // When
        ConfigException error = assertThrows(ConfigException.class, () -> Taxonomy.parse(document, "bad-taxonomy.yml"));

        // Then
        assertEquals("bad-taxonomy.yml", error.file(), what);
        assertEquals(key == null ? "" : key, error.key(), what + ": " + error.getMessage());
        assertTrue(error.reason().contains(reason), what + ": " + error.getMessage());
    }

    @Test
    void shouldNameTheFileWhenItCannotBeRead() {
        // Given
        Path missing = Path.of("target", "no-such-taxonomy.yml");

        // When
        ConfigException error = assertThrows(ConfigException.class, () -> Taxonomy.load(missing));

        // Then
        assertTrue(error.getMessage().contains("no-such-taxonomy.yml"), error.getMessage());
    }

    @Test
    void shouldLoadTheDefaultTaxonomyWithEveryCategoryInEveryLanguage() {
        // Given
        Path file = RepoPaths.resolve("config/taxonomy.yml");

        // When
        Taxonomy taxonomy = Taxonomy.load(file);

        // Then
        assertEquals(List.of("ai-funding", "cloud", "chips", "ai-models", "regulation", "m-and-a"),
                taxonomy.categories().stream().map(Category::id).toList());
        for (Category category : taxonomy.categories()) {
            Set<String> languages = category.terms().stream().map(Term::language).collect(Collectors.toSet());
            Set<String> required = Set.of("en", "it", "de", "fr", "es");
            assertTrue(languages.containsAll(required), category.id() + " has terms for " + languages);
        }
        assertEquals(List.of("ai"), taxonomy.category("ai-funding").orElseThrow().requires());
        Set<String> aiLanguages = taxonomy.groups().get("ai").terms().stream().map(Term::language).collect(Collectors.toSet());
        assertTrue(aiLanguages.containsAll(Set.of("any", "en", "it", "de", "fr", "es")), aiLanguages.toString());
    }
}
