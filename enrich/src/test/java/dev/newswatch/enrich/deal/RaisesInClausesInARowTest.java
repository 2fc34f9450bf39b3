package dev.newswatch.enrich.deal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Several raises told in clauses in a row ("A raised N, B got M, while C secured K"): each amount is the raise of its
 * own clause's subject. Spanish "aseguró" secures money only with the amount right after it ("aseguró que" only says).
 * Sentences of our own in the five languages.
 */
class RaisesInClausesInARowTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|Mistral levantó una ronda de 170 millones de dólares, Anthropic consiguió 250 millones, mientras que Meta "
            + "aseguró 75 millones de dólares.",
        "it|Mistral ha raccolto un round da 170 milioni di dollari, Anthropic ha ottenuto 250 milioni, "
            + "mentre Meta si è assicurata 75 milioni di dollari.",
        "en|Mistral raised a $170 million round, Anthropic secured $250 million, while Meta landed $75 million.",
        "fr|Mistral a levé 170 millions de dollars, Anthropic a obtenu 250 millions, tandis que Meta a décroché 75 "
            + "millions de dollars.",
        "de|Mistral sammelte 170 Millionen Dollar ein, Anthropic erhielt 250 Millionen und Meta bekam 75 Millionen "
            + "Dollar."})
    void eachAmountIsTheRaiseOfItsClausesSubject(String language, String text) {
        DealCases.assertFound(language, text,
                "mistral <- null 170000000 USD; anthropic <- null 250000000 USD; meta <- null 75000000 USD");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|Meta aseguró que 75 millones de usuarios ya usan su asistente.",
        "es|Meta aseguró ayer que sus ingresos crecerán hasta 75.000 millones de dólares."})
    void assuringIsNoRaise(String language, String text) {
        DealCases.assertFound(language, text, "");
    }
}
