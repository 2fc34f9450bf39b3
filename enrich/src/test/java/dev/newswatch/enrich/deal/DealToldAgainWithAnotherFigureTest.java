package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A deal told with a rounded figure and then referred to ("the transaction", "cette transaction", "l'operazione",
 * "la operación", "die Transaktion") with a figure within 5% of the first: the same deal told again, whose more
 * precise figure is kept, not an amount with no parties.
 */
class DealToldAgainWithAnotherFigureTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Salesforce will pay about $8 billion to buy Informatica. The transaction, valued at $7.9 billion, also "
            + "covers debt.|7.9E9",
        "fr|Salesforce débourse environ 8 milliards de dollars pour acquérir Informatica. Cette transaction, évaluée "
            + "à 7,9 milliards de dollars, couvre aussi la dette.|7.9E9",
        "it|Salesforce spende circa 8 miliardi di dollari per acquisire Informatica. L'operazione, valutata 7,9 "
            + "miliardi di dollari, copre anche il debito.|7.9E9",
        "es|Salesforce comprará Informatica por unos 8.000 millones de dólares. La operación, valorada en 7.900 "
            + "millones de dólares, incluye también la deuda.|7.9E9",
        "de|Salesforce zahlt rund 8 Milliarden Dollar für Informatica. Der Kaufpreis beträgt genau 7,9 Milliarden "
            + "Dollar.|7.9E9"})
    void aReferredDealWithACloseFigureIsTheDealToldBefore(String language, String text, String amount) {
        assertOneDeal(language, text, "Informatica", "Salesforce", amount, "USD");
    }
}
