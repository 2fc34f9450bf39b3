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
        "es|Helsing levantó en abril una ronda de 140 millones de dólares, Poolside consiguió 220 millones, mientras "
            + "que Perplexity aseguró 60 millones de dólares.",
        "it|Helsing ha raccolto un round da 140 milioni di dollari, Poolside ha ottenuto 220 milioni, "
            + "mentre Perplexity si è assicurata 60 milioni di dollari.",
        "en|Helsing raised a $140 million round, Poolside secured $220 million, while Perplexity landed $60 "
            + "million.",
        "fr|Helsing a levé 140 millions de dollars, Poolside a obtenu 220 millions, tandis que Perplexity a décroché "
            + "60 millions de dollars.",
        "de|Helsing sammelte 140 Millionen Dollar ein, Poolside erhielt 220 Millionen und Perplexity bekam 60 "
            + "Millionen Dollar."})
    void eachAmountIsTheRaiseOfItsClausesSubject(String language, String text) {
        DealCases.assertFound(language, text,
                "helsing <- null 140000000 USD; poolside <- null 220000000 USD; perplexity <- null 60000000 USD");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|Perplexity aseguró que 60 millones de usuarios ya usan su buscador.",
        "es|Perplexity aseguró ayer que sus ingresos crecerán hasta 6.000 millones de dólares."})
    void assuringIsNoRaise(String language, String text) {
        DealCases.assertFound(language, text, "");
    }
}
