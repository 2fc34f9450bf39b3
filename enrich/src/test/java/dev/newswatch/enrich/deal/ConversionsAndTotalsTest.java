package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One deal, however many amounts the sentence gives for it (real news, docs/EXTRACTION.md, session 4, in
 * sentences of our own): the same money converted in brackets, the running total after the deal and the
 * valuation that comes with it.
 */
class ConversionsAndTotalsTest {

    static Stream<Arguments> oneDealPerSentence() {
        return Stream.of(
                // the amount converted in brackets is the same money
                Arguments.of("es", "Microsoft invertirá 12.300 millones de dólares (10.500 millones de euros) en "
                        + "Cohere.", "Cohere", "Microsoft", "12300E6", "USD"),
                Arguments.of("it", "Microsoft investirà 6.600 milioni di dollari (circa 5.621 milioni di euro) in "
                        + "Cohere.", "Cohere", "Microsoft", "6600E6", "USD"),
                Arguments.of("fr", "Nvidia versera 12 milliards de dollars (environ dix milliards d'euros) pour "
                        + "racheter Cohere.", "Cohere", "Nvidia", "12E9", "USD"),
                // the running total and the valuation are not deals
                Arguments.of("fr", "Cohere a finalisé un tour de 450 millions d'euros, portant à 900 millions d'euros le "
                        + "montant total levé.", "Cohere", null, "450E6", "EUR"),
                Arguments.of("es", "Poolside captó 210 millones de dólares en su ronda C, valorándose en 2.500 "
                        + "millones.", "Poolside", null, "210E6", "USD"),
                Arguments.of("it", "Poolside ha raccolto 300 milioni di dollari, portando il totale a 900 milioni.",
                        "Poolside", null, "300E6", "USD"),
                // session 5: the valuation words a few words after the amount govern the next amount
                Arguments.of("en", "Last spring Cohere raised $500 million in a round valuing the firm at $5.5 "
                        + "billion.", "Cohere", null, "500E6", "USD"),
                Arguments.of("fr", "Cohere a levé 400 millions de dollars et porté sa valorisation à 6 milliards "
                        + "de dollars.", "Cohere", null, "400E6", "USD"),
                // the deal noun before a comma keeps "valued at" the deal's amount
                Arguments.of("en", "Salesforce agreed to buy Cohere in a deal, valued at roughly $7 billion in cash, that "
                        + "needs approval.", "Cohere", "Salesforce", "7E9", "USD"),
                Arguments.of("es", "Salesforce firmó un acuerdo para comprar Cohere, valorado en 7.000 millones de "
                        + "dólares.", "Cohere", "Salesforce", "7E9", "USD"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void oneDealPerSentence(String language, String text, String target, String investor, String amount,
                            String currency) {
        assertOneDeal(language, text, target, investor, amount, currency);
    }
}
