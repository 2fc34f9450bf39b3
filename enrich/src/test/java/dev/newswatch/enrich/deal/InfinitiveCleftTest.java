package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A cleft opened by a deal verb's infinitive (session 25, issue #9), in sentences of our own: Italian "Ad aggiudicarsi X
 * per N è stata Y", "A rilevare X è stato il gruppo Y" put the one who does the deal after the copula. French says the
 * same with "C'est Y qui", read by the cleft openers already.
 */
class InfinitiveCleftTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Ad aggiudicarsi Cohere per 3 miliardi di dollari è stata Nvidia.",
        "A rilevare Cohere per 3 miliardi di dollari è stato il gruppo Nvidia.",
        "A comprare Cohere, per 3 miliardi di dollari, è stata Nvidia."})
    void theNameAfterTheCopulaBuysTheObjectOfTheInfinitive(String text) {
        // Given an Italian sentence opened by "a"/"ad" and the infinitive of a purchase, its buyer after the copula
        // When it is read
        // Then the name after the copula buys the name after the infinitive
        assertOneDeal("it", text, "Cohere", "Nvidia", "3E9", "USD");
    }

    @Test
    void anInvestmentToldAsACleftPaysTheCompanyAfterIn() {
        // Given the same cleft with the infinitive of an investment
        String text = "A investire 300 milioni di dollari in Cohere è stata SoftBank.";
        // When it is read
        // Then the name after the copula pays the company after "in"
        assertOneDeal("it", text, "Cohere", "SoftBank", "300E6", "USD");
    }

    @Test
    void theFrenchCleftNamesTheBuyerInTheSameWay() {
        // Given the French cleft of the same sentence
        String text = "C'est Nvidia qui a racheté Cohere pour 3 milliards de dollars.";
        // When it is read
        // Then the focused name buys
        assertOneDeal("fr", text, "Cohere", "Nvidia", "3E9", "USD");
    }
}
