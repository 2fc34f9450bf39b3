package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who pays in sales told by the seller and in contracts told by the one who awards them (docs/EXTRACTION.md, session
 * 32), in sentences of our own: the owner named in an aside on the buyer ("to Y, a unit of Z") is no company sold; the
 * sale noun with a share before the company ("la venta del 20% de X a Y por N") and the French "la vente de X à Y pour
 * N" name the one sold and its buyer; the Italian "aggiudicare a" awards a contract like "affidare a"; and a paying verb
 * reaches an amount told after a long description of the goods as far as the contract noun it awards does.
 */
class BuyersAndAwardersTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|Mistral cerró la venta de su participación mayoritaria a la tecnológica Cohere –filial del grupo Samsung– "
                + "por unos 300 millones de euros.|EUR",
        "it|Mistral ha ceduto la quota di maggioranza alla società Cohere – controllata del gruppo Samsung – per circa "
                + "300 milioni di euro.|EUR",
        "en|Mistral sold a majority stake to Cohere, a unit of Samsung, for about 300 million euros.|EUR",
        "fr|Mistral a cédé sa participation majoritaire à Cohere (filiale de Samsung) pour environ 300 millions "
                + "d'euros.|EUR",
        // no aside: the company after "en" is the one sold, as before
        "es|Samsung vendió a Cohere su participación en Mistral por 300 millones de euros.|EUR"})
    void theOwnerNamedInAnAsideOnTheBuyerIsNoCompanySold(String language, String text, String currency) {
        assertOneDeal(language, text, "Mistral AI", "Cohere", "300000000", currency);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|Sequoia ha cerrado la venta del 20% de Mistral a Cohere por 80 millones de euros.",
        "fr|SoftBank a annoncé la vente de Mistral à Cohere pour 80 millions d'euros."})
    void aSaleNounNamesTheCompanySoldAndItsBuyer(String language, String text) {
        assertOneDeal(language, text, "Mistral AI", "Cohere", "80000000", "EUR");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|La vente de smartphones à l'Inde pour 80 millions d'euros a progressé.",
        // the winner's own verb, with no company after "a": no award
        "it|Oracle si è aggiudicata l'asta per un magazzino a un prezzo di 2 miliardi di dollari."})
    void goodsSoldToACountryOrAnAuctionWonAreNoDeal(String language, String text) {
        assertDeals(language, text, List.of());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "it|Oracle ha aggiudicato a CoreWeave un contratto da 2 miliardi di dollari.|Oracle",
        "it|La commessa da 2 miliardi di dollari è stata aggiudicata a CoreWeave.|"})
    void anItalianAwardPaysTheOneItGoesTo(String language, String text, String payer) {
        assertOneDeal(language, text, "CoreWeave", payer, "2000000000", "USD");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|Oracle ha adjudicado a Helsing un contrato estatal para la adquisición de drones militares con los que "
                + "sustituir la flota de patrulla y control de las costas por un valor de 600 millones de euros.",
        "it|La Commissione europea ha aggiudicato a Helsing un accordo quadro relativo a droni di sorveglianza a "
                + "lungo raggio per un valore stimato di 600 milioni di euro."})
    void anAwardReachesAnAmountAsFarAsItsContractNoun(String language, String text) {
        String payer = text.startsWith("Oracle") ? "Oracle" : "European Commission";
        assertOneDeal(language, text, "Helsing", payer, "600000000", "EUR");
    }
}
