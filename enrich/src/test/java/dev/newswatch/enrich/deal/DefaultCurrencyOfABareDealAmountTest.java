package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An amount written with no currency on a page that writes none at all ("un round da 7 milioni", "sammelt 5 Millionen
 * ein", "lève 3 millions", "levanta 2 millones") is in the language's usual currency (money key {@code
 * defaultCurrency}: euro in Italian, German, French and Spanish; none in English) when a deal word stands right before
 * it (money key {@code defaultCurrencyCues}); before, it was dropped. A count ("11 milioni di utenti"), an amount
 * after no deal word and a page with another currency keep today's reading. Sentences of our own.
 */
class DefaultCurrencyOfABareDealAmountTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "it|Poolside ha chiuso un round da 7 milioni guidato da Index Ventures.|Poolside|Index Ventures|7E6",
        "it|Aleph Alpha ha raccolto 20 milioni da Bpifrance.|Aleph Alpha|Bpifrance|2E7",
        "it|Eni ha acquisito Poolside per un controvalore vicino agli 11 milioni.|Poolside|Eni|1.1E7",
        "de|Helsing sammelt 5 Millionen ein, angeführt von Index Ventures.|Helsing|Index Ventures|5E6",
        "fr|Mistral AI lève 3 millions auprès de Bpifrance.|Mistral AI|Bpifrance|3E6",
        "es|Poolside levanta 2 millones en una ronda liderada por Telefónica.|Poolside|Telefónica|2E6",
        "es|Telefónica compra Poolside por 40 millones.|Poolside|Telefónica|4E7"})
    void aBareAmountAfterADealWordIsInEuros(String language, String text, String target, String investor,
                                            String amount) {
        // Given a page with no currency at all and a bare amount right after a deal word; When it is read;
        // Then the deal is in euros
        assertOneDeal(language, text, target, investor, amount, "EUR");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // what the amount counts is named after it
        "it|Poolside ha raggiunto 11 milioni di utenti dopo il round guidato da Index Ventures.",
        "de|Nach der Finanzierungsrunde zählt Helsing 5 Millionen Kunden.",
        "fr|Après sa levée de fonds, Mistral AI compte 3 millions d'utilisateurs.",
        "es|Tras la ronda, Poolside suma 2 millones de descargas.",
        // no deal word right before the amount
        "it|Poolside, che conta 200 dipendenti, vale 7 milioni secondo Index Ventures.",
        // another currency on the page: the bare amount before it keeps today's rule
        "it|Poolside ha chiuso un round da 7 milioni guidato da Index Ventures. I ricavi sono 10 milioni di dollari.",
        "de|Helsing sammelt 5 Millionen ein. Der Umsatz lag bei 10 Millionen Dollar.",
        "fr|Mistral AI lève 3 millions auprès de Bpifrance. Son chiffre d'affaires atteint 10 millions de dollars.",
        "es|Poolside levanta 2 millones en una ronda liderada por Telefónica. Factura 9 millones de dólares.",
        // English has no usual currency
        "en|Poolside raised 7 million in a round led by Index Ventures."})
    void noDeal(String language, String text) {
        // Given a count, an amount after no deal word, another currency on the page or English; When it is read;
        // Then no deal
        assertDeals(language, text, List.of());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|Mistral AI lève 3 millions d'euros auprès de Bpifrance.|Mistral AI|Bpifrance|3E6|EUR",
        "it|Poolside ha chiuso un round da 7 milioni di dollari guidato da Index Ventures.|Poolside|Index Ventures|7E6|USD"})
    void anAmountWithItsOwnCurrencyKeepsIt(String language, String text, String target, String investor,
                                          String amount, String currency) {
        // Given an amount with its currency; When it is read; Then the deal is in that currency
        assertOneDeal(language, text, target, investor, amount, currency);
    }
}
