package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Deal verbs in the tenses and persons news uses beyond the ones first listed: the plural preterite, the future and
 * conditional, the present subjunctive, and synonyms of buying ("absorbió", "tomó el control de"). Sentences of our
 * own; the verb forms are language data (the lexicon's cues).
 */
class PluralAndSubjunctiveDealVerbsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|Nvidia financia a Cohere con 400 millones de dólares.",
        "es|Nvidia inyectaría 400 millones de dólares en Cohere.",
        "es|Se espera que Nvidia invierta 400 millones de dólares en Cohere.",
        "es|Nvidia absorbió Cohere por 400 millones de dólares.",
        "es|Nvidia tomó el control de Cohere por 400 millones de dólares.",
        "es|Nvidia toma el control de Cohere por 400 millones de dólares."})
    void aDealVerbInAnyTenseNamesItsPayerAndItsTarget(String language, String text) {
        assertDeals(language, text, List.of(deal("Cohere", "Nvidia", "400E6", "USD")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|Cohere y Mistral obtuvieron 70 y 45 millones de dólares, respectivamente.",
        "es|Cohere y Mistral captaron 70 y 45 millones de dólares, respectivamente.",
        "es|Cohere y Mistral recibieron 70 y 45 millones de dólares, respectivamente.",
        "es|Cohere y Mistral lograron 70 y 45 millones de dólares, respectivamente."})
    void aPluralRaiseVerbGivesEachCompanyItsAmount(String language, String text) {
        assertDeals(language, text,
                List.of(deal("Cohere", null, "70E6", "USD"), deal("Mistral AI", null, "45E6", "USD")));
    }
}
