package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An investment told by a noun that names nobody invested in, in a clause that makes its subject another company's
 * shareholder ("diventerà il principale azionista di Y", "will become Y's largest shareholder"): that company is
 * paid, by the new shareholder, also when a description stands before its name ("azionista della startup
 * canadese X"; Spanish and German descriptions are not read so yet). Sentences of our own in the five languages.
 */
class BecomingAShareholderTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "it|Con un investimento da 1,2 miliardi di dollari, Nvidia diventerà il principale azionista di Cohere.",
        "it|Nvidia diventerà il primo azionista di Cohere con un investimento di 1,2 miliardi di dollari.",
        "en|With a $1.2 billion investment, Nvidia will become the largest shareholder of Cohere.",
        "en|Nvidia will become Cohere's largest shareholder through a $1.2 billion investment.",
        "fr|Avec un investissement de 1,2 milliard de dollars, Nvidia deviendra le premier actionnaire de Cohere.",
        "es|Con una inversión de 1.200 millones de dólares, Nvidia se convertirá en el principal accionista de Cohere.",
        "de|Mit einer Investition von 1,2 Milliarden Dollar wird Nvidia größter Anteilseigner von Cohere."})
    void theNewShareholderPaysTheCompanyItHoldsSharesIn(String language, String text) {
        assertOneDeal(language, text, "Cohere", "Nvidia", "1.2E9", "USD");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "it|Il produttore di chip Nvidia, con 1,2 miliardi di dollari di investimento, sarà il maggiore "
            + "azionista della startup canadese di modelli linguistici Cohere.",
        "en|With a $1.2 billion investment, Nvidia will become the largest shareholder of the Canadian start-up Cohere.",
        "fr|Avec un investissement de 1,2 milliard de dollars, Nvidia deviendra le premier actionnaire de la start-up "
            + "canadienne Cohere."})
    void theCompanyMayBeDescribedBeforeItsName(String language, String text) {
        assertOneDeal(language, text, "Cohere", "Nvidia", "1.2E9", "USD");
    }
}
