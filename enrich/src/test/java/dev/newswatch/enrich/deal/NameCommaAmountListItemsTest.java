package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round-ups that list companies with their amounts as "name, amount" items separated by semicolons, in sentences of
 * our own in the five languages: "Helsing, $105 million; Poolside, $100 million", French with "à" ("Helsing, à 105
 * millions d'euros"). After a word of a raise, each amount is the round of the name that opens its item.
 */
class NameCommaAmountListItemsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Three start-ups raised large rounds this month: Helsing, $105 million; Poolside, $100 million; Cohere, "
                + "$90 million.|USD",
        "en|Three start-ups raised large rounds this month: Helsing, with $105 million; Poolside, with $100 million; "
                + "Cohere, with $90 million.|USD",
        "fr|Plusieurs start-up ont levé des fonds ce mois-ci : Helsing, à 105 millions d'euros ; Poolside, à 100 "
                + "millions d'euros ; Cohere, à 90 millions d'euros.|EUR",
        "fr|Plusieurs start-up ont levé des fonds ce mois-ci : Helsing, 105 millions d'euros ; Poolside, 100 millions "
                + "d'euros ; Cohere, 90 millions d'euros.|EUR",
        "it|Diverse startup hanno raccolto fondi questo mese: Helsing, 105 milioni di euro; Poolside, 100 milioni di "
                + "euro; Cohere, 90 milioni di euro.|EUR",
        "es|Varias startups levantaron rondas este mes: Helsing, 105 millones de euros; Poolside, 100 millones de "
                + "euros; Cohere, 90 millones de euros.|EUR",
        "de|Mehrere Start-ups haben diesen Monat Geld eingesammelt: Helsing, 105 Millionen Euro; Poolside, 100 "
                + "Millionen Euro; Cohere, 90 Millionen Euro.|EUR"})
    void eachAmountIsTheRoundOfTheNameOpeningItsItem(String language, String text, String currency) {
        assertDeals(language, text, List.of(deal("Helsing", null, "105E6", currency),
                deal("Poolside", null, "100E6", currency), deal("Cohere", null, "90E6", currency)));
    }
}
