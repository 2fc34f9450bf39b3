package dev.newswatch.enrich.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "X has signed contracts worth more than N with the big cloud operators", "X has committed N in deals": an amount
 * of plural contracts whose clause names no other company is the sum of several contracts of that company, no deal.
 * Plural contracts with a named counterpart are still a deal. Sentences of our own in the five languages.
 */
class SumOfContractsTest {

    /** CoreWeave sells compute, as the shipped entity table says of the clouds. */
    private static final Predicate<String> SELLS_COMPUTE = "coreweave"::equals;

    private static String found(String language, String text) {
        return DealCases.summary(DealCases.EXTRACTOR.extract(text, language, DealCases.FINDER.find(text),
                SELLS_COMPUTE));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|OpenAI has already signed contracts worth more than $1.5 trillion with the main cloud operators.",
        "it|Anthropic ha finora sottoscritto contratti per più di 1.200 miliardi di dollari con i grandi fornitori di "
            + "servizi cloud.",
        "es|OpenAI ya ha firmado contratos por más de 1,5 billones de dólares con los grandes operadores de la nube.",
        "fr|OpenAI a déjà signé des contrats de plus de 1 500 milliards de dollars avec les grands opérateurs de cloud.",
        "de|OpenAI hat bereits Verträge über mehr als 1,5 Billionen Dollar mit den großen Cloud-Anbietern "
            + "unterzeichnet.",
        // an amount committed in deals
        "en|OpenAI has committed about $1 trillion in deals this year.",
        "it|OpenAI si è impegnata per circa 1.000 miliardi di dollari in accordi quest'anno.",
        "es|OpenAI ha comprometido cerca de 1 billón de dólares en acuerdos este año.",
        "fr|Anthropic s'est engagé à hauteur de 800 milliards de dollars dans des accords depuis janvier.",
        "de|OpenAI hat in diesem Jahr rund 1 Billion Dollar in Verträgen zugesagt."})
    void pluralContractsOfOneCompanyAreNoDeal(String language, String text) {
        assertEquals("", found(language, text), language + " \"" + text + "\"");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|CoreWeave has signed contracts worth $22 billion with OpenAI.",
        "it|CoreWeave ha firmato contratti per 22 miliardi di dollari con OpenAI.",
        "es|CoreWeave ha firmado contratos por 22.000 millones de dólares con OpenAI.",
        "fr|CoreWeave a signé des contrats de 22 milliards de dollars avec OpenAI.",
        "de|CoreWeave hat mit OpenAI Verträge über 22 Milliarden Dollar unterzeichnet."})
    void pluralContractsWithANamedCounterpartAreADeal(String language, String text) {
        assertEquals("coreweave <- openai 22000000000 USD", found(language, text), language + " \"" + text + "\"");
    }
}
