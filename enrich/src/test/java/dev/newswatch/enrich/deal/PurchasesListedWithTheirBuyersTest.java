package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Purchases listed as "of X by Y for N" after one purchase noun ("the deals of Informatica by Salesforce for $8bn, of
 * Ampere by SoftBank for $6.5bn"): each amount names its own company bought and its buyer, whatever the item before
 * it named. Sentences of our own in the five languages.
 */
class PurchasesListedWithTheirBuyersTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|Parmi les gros rachats, on retiendra ceux d'Informatica par Salesforce pour 8 milliards de dollars, "
            + "d'Ampere par SoftBank pour 6,5 milliards de dollars ou encore de Silo AI par AMD pour 665 millions de dollars.",
        "en|Among the big purchases were those of Informatica by Salesforce for $8 billion, of Ampere by SoftBank "
            + "for $6.5 billion and of Silo AI by AMD for $665 million.",
        "it|Tra i grandi acquisti si ricordano quelli di Informatica da parte di Salesforce per 8 miliardi di dollari, "
            + "di Ampere da parte di SoftBank per 6,5 miliardi di dollari e di Silo AI da parte di AMD per 665 milioni di dollari.",
        "es|Entre las grandes compras destacan las de Informatica por parte de Salesforce por 8.000 millones de dólares, "
            + "la de Ampere por parte de SoftBank por 6.500 millones de dólares y la de Silo AI por parte de AMD por 665 "
            + "millones de dólares.",
        "de|Zu den großen Übernahmen zählen die von Informatica durch Salesforce für 8 Milliarden Dollar, die von Ampere "
            + "durch SoftBank für 6,5 Milliarden Dollar und die von Silo AI durch AMD für 665 Millionen Dollar."})
    void eachAmountGoesToItsOwnCompanyAndBuyer(String language, String text) {
        assertDeals(language, text, List.of(deal("Informatica", "Salesforce", "8E9", "USD"),
                deal("Ampere", "SoftBank", "6.5E9", "USD"), deal("Silo AI", "AMD", "665E6", "USD")));
    }

    /** German with two items (a third is read since de.yml no longer takes the plural noun "Übernahmen" for a verb). */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "de|Zu den großen Übernahmen zählen die von Informatica durch Salesforce für 8 Milliarden Dollar und die von "
            + "Ampere durch SoftBank für 6,5 Milliarden Dollar."})
    void eachOfTwoGermanItemsGoesToItsOwnCompanyAndBuyer(String language, String text) {
        assertDeals(language, text, List.of(deal("Informatica", "Salesforce", "8E9", "USD"),
                deal("Ampere", "SoftBank", "6.5E9", "USD")));
    }
}
