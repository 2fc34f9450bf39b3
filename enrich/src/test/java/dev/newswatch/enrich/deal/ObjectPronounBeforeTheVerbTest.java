package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Spanish puts an object pronoun before the verb and often the subject after it: "en 2015 la compró Intel por N" is
 * Intel buying the company the pronoun stands for, not that company buying Intel. With a pronoun of the lexicon's
 * {@code procliticObjects} right before a finite verb of buying, the name after the verb is the buyer and the company
 * bought is the clause's name before the verb, else the company of the sentences before; with no name after the verb,
 * a name before it buys ("Google la compró"). Italian does the same with a finite verb ("nel 2023 la comprò
 * Salesforce"), and with its elided pronoun, an auxiliary of the perfect and the participle ("l'ha comprata
 * Salesforce", lexicon key {@code procliticAuxiliaries}). Languages without the key read as before (docs/EXTRACTION.md,
 * session 21). Sentences of our own.
 */
class ObjectPronounBeforeTheVerbTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|Informatica salió a bolsa en 1999 y en 2023 la compró Salesforce por 8.000 millones de dólares.",
        "es|Informatica salió a bolsa en 1999 y en 2023 la compró el gigante del software Salesforce por 8.000 millones de dólares.",
        "es|Informatica salió a bolsa en 1999. Años después la adquirió Salesforce por 8.000 millones de dólares.",
        "es|Informatica salió a bolsa en 1999. En 2023 lo compró Salesforce, que pagó 8.000 millones de dólares.",
        "es|Informatica salió a bolsa en 1999. Salesforce la compró en 2023 por 8.000 millones de dólares.",
        "it|Informatica è quotata dal 1999 e nel 2023 la comprò Salesforce per 8 miliardi di dollari.",
        "it|Informatica è quotata dal 1999. Nel 2023 la acquista Salesforce per 8 miliardi di dollari.",
        "it|Informatica è quotata dal 1999. Nel 2023 la rilevò il gruppo del software Salesforce per 8 miliardi di dollari.",
        "it|Informatica è quotata dal 1999 e nel 2023 l'ha comprata Salesforce per 8 miliardi di dollari.",
        "it|Informatica è quotata dal 1999. Nel 2023 l'ha acquisita Salesforce per 8 miliardi di dollari.",
        // the other languages, in their own word order: the subject before the verb buys
        "en|Informatica had been listed since 1999. In 2023 Salesforce bought Informatica for $8 billion.",
        "fr|Informatica était cotée depuis 1999. En 2023, Salesforce a racheté Informatica pour 8 milliards de dollars.",
        "it|Informatica era quotata dal 1999. Nel 2023 Salesforce ha acquistato Informatica per 8 miliardi di dollari.",
        "de|Informatica war seit 1999 börsennotiert. Salesforce kaufte Informatica 2023 für 8 Milliarden Dollar."})
    void theNameAfterTheVerbBuysWhatThePronounStandsFor(String language, String text) {
        assertOneDeal(language, text, "Informatica", "Salesforce", "8E9", "USD");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // an article before a noun, no pronoun: the subject before the verb buys as always
        "es|En 2023 Salesforce compró la empresa Informatica por 8.000 millones de dólares.",
        "it|Nel 2023 Salesforce comprò la società Informatica per 8 miliardi di dollari.",
        // an auxiliary with no pronoun before it: the subject before it buys
        "it|Nel 2023 Salesforce ha comprato Informatica per 8 miliardi di dollari.",
        // a passive: "è stata" is no auxiliary of the list
        "it|Nel 2023 Informatica è stata comprata da Salesforce per 8 miliardi di dollari.",
        // a participle after "lo" is no finite verb: "lo adquirido por X" keeps the reading of a passive
        "es|Informatica, lo adquirido por Salesforce en 2023, costó 8.000 millones de dólares."})
    void withoutAPronounBeforeAFiniteVerbTheUsualReadingStays(String language, String text) {
        assertOneDeal(language, text, "Informatica", "Salesforce", "8E9", "USD");
    }
}
