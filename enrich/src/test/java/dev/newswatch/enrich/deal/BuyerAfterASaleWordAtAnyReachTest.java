package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * German "an" after a sale word names the buyer: right after the noun ("einem Verkauf an Y zugestimmt"), and after a
 * long object and price in a verb-second clause whose seller follows the verb ("verkaufte der Konzern X das Geschäft
 * seiner Tochter für N an Y"). Before, "Verkauf an Y" (no word between) and an "an" more than 80 characters after
 * the verb read Y as the company invested in: Y was paid and the seller lost. The other languages already read these
 * (a sale "to" Y, "a" Y); French and Spanish "une vente à", "una venta a" carry no deal word (left as they are).
 * Sentences of our own.
 */
class BuyerAfterASaleWordAtAnyReachTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "de|Cohere hatte zuvor einem Verkauf an Nvidia für 2,3 Milliarden Dollar zugestimmt.",
        "en|Cohere had agreed earlier to a sale to Nvidia for $2.3 billion.",
        "it|Cohere aveva in precedenza accettato una vendita a Nvidia per 2,3 miliardi di dollari."})
    void theBuyerRightAfterTheSaleNounPays(String language, String text) {
        assertOneDeal(language, text, "Cohere", "Nvidia", "2.3E9", "USD");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "de|Im Mai verkaufte der Softwarekonzern Salesforce das Analysegeschäft seiner kanadischen Tochter für "
            + "3,2 Milliarden Dollar an den US-Konzern Oracle.",
        "de|Salesforce verkaufte das Daten- und Analysegeschäft seiner kanadischen Tochter im Mai für 3,2 Milliarden "
            + "Dollar an den US-Konzern Oracle.",
        "en|In May the American software group Salesforce sold the data and analytics business of its Canadian "
            + "subsidiary for $3.2 billion to the US group Oracle."})
    void theBuyerFarAfterTheSaleVerbPays(String language, String text) {
        assertOneDeal(language, text, "Salesforce", "Oracle", "3.2E9", "USD");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // no sale word: "an" after an investment stays the company invested in
        "de|Salesforce hat sich im Mai mit 300 Millionen Dollar an Cohere beteiligt."})
    void anAfterAnInvestmentStaysTheCompanyInvestedIn(String language, String text) {
        assertOneDeal(language, text, "Cohere", "Salesforce", "300E6", "USD");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // a stake sold: "an" after the stake noun is the company the stake is in, the buyer unsaid (as before)
        "de|Salesforce verkauft seine Beteiligung an Cohere für 300 Millionen Dollar."})
    void aStakeSoldStaysAStakeInTheCompany(String language, String text) {
        assertOneDeal(language, text, "Cohere", null, "300E6", "USD");
    }
}
