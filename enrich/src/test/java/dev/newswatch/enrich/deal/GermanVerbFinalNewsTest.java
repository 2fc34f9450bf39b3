package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * German deal sentences shaped as real news tells them (session 23, issue #9), in sentences of our own: the verb or
 * participle last, after the buyer or the company paid ("X wurde für N an Y verkauft", "dass N in X gesteckt wurden"),
 * a price abbreviated between a sale word and its buyer ("für 9,3 Mio. Euro an Y"), a company won with "sichert sich",
 * a company that "geht für N an" a buyer, a bid ("bietet für X N"), a lead named as "Leadinvestor" or in a relative
 * clause before its participle, an unknown company after a fronted round phrase, seed and pre-listing rounds; and money
 * that is no deal in news shape: a company's worth, a sum to date, spending on fixed assets.
 */
class GermanVerbFinalNewsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the passive: the buyer after "an", the participle last
        "Das Start-up Cohere wurde für 9,3 Mio. Euro an den US-Konzern Nvidia verkauft.|9.3E6|EUR",
        // the noun phrase: an abbreviated price between the one sold and the buyer
        "Der größte Exit des Jahres war der Verkauf von Cohere für 2 Mrd. Dollar an Nvidia.|2E9|USD",
        // a company that goes to a buyer for a price
        "Das Start-up Cohere ging im Mai für 2 Mrd. Dollar an den Chipkonzern Nvidia.|2E9|USD"})
    void theBuyerOfASaleIsReadBeforeTheParticipleAndAfterAnAbbreviatedPrice(String text, String amount,
                                                                           String currency) {
        // Given a sale whose buyer follows "an"
        // When the sentence is read
        // Then the buyer pays for the company sold
        assertOneDeal("de", text, "Cohere", "Nvidia", amount, currency);
    }

    @Test
    void aCompanySoldInACompoundTenseIsBoughtByTheOneAfterAn() {
        // Given a seller, the company sold after its auxiliary, and the buyer before the final participle
        String text = "Microsoft hat Cohere für 400 Millionen Dollar an Nvidia verkauft.";
        // When it is read
        Deal deal = assertOneDeal("de", text, "Cohere", "Nvidia", "400E6", "USD");
        // Then the buyer acquires the company, the seller is no party
        assertEquals(DealType.ACQUISITION, deal.type(), text);
    }

    @Test
    void sichertSichWithACompanyAndAPriceBuysIt() {
        // Given "sichert sich" with a company and "für" a price, and with an amount as its object
        Deal bought = assertOneDeal("de", "Salesforce sicherte sich das kanadische Start-up Cohere für 900 Millionen "
                + "Dollar.", "Cohere", "Salesforce", "900E6", "USD");
        // Then the first is an acquisition, the second stays money raised
        assertEquals(DealType.ACQUISITION, bought.type());
        Deal raised = assertOneDeal("de", "Cohere sicherte sich 900 Millionen Dollar von SoftBank.", "Cohere", "SoftBank",
                "900E6", "USD");
        assertEquals(DealType.INVESTMENT, raised.type());
    }

    @Test
    void moneyPutInAsThePassiveSubjectPaysTheCompanyAfterIn() {
        // Given amounts as the subject of a passive whose participle closes the clause
        assertOneDeal("de", "Aus den Unterlagen geht hervor, dass in der Runde knapp 140 Mio. Euro in das Start-up "
                + "Cohere gesteckt wurden.", "Cohere", null, "140E6", "EUR");
        // Then the agent after "von" pays
        assertOneDeal("de", "Von SoftBank wurden 300 Millionen Euro in Cohere investiert.", "Cohere", "SoftBank",
                "300E6", "EUR");
    }

    @Test
    void theLeadIsNamedAsLeadinvestorOrInARelativeClauseBeforeItsParticiple() {
        // Given a round whose lead is named in the next sentence, or in a relative clause before the raise
        assertOneDeal("de", "Cohere hat eine Finanzierungsrunde über 40 Millionen Dollar abgeschlossen. Leadinvestor ist "
                + "der japanische Technologieinvestor SoftBank.", "Cohere", "SoftBank", "40E6", "USD");
        assertOneDeal("de", "Durch die Runde, die im Frühjahr von SoftBank angeführt wurde, erhält Cohere 240 Millionen "
                + "Dollar.", "Cohere", "SoftBank", "240E6", "USD");
    }

    @Test
    void anUnknownCompanyAfterAFrontedRoundPhraseIsTheOneThatRaises() {
        // Given a company the table does not know, after "In einer neuen Finanzierungsrunde hat", and a headline
        String text = "Corvana\nIn einer neuen Finanzierungsrunde hat Corvana 300 Millionen Dollar "
                + "eingesammelt.";
        // Then the round noun before it does not make it a noun
        assertOneDeal("de", text, "Corvana", null, "300E6", "USD");
    }

    @Test
    void aBidForACompanyIsPaidByTheBidder() {
        // Given a bid told with "bietet", the company after "für" before or after the amount
        assertOneDeal("de", "Salesforce bietet für Cohere rund 3 Milliarden Dollar.", "Cohere", "Salesforce", "3E9", "USD");
        assertOneDeal("de", "Der Konzern Salesforce bot im Mai für das Start-up Cohere 2,5 Mrd. Euro.", "Cohere",
                "Salesforce", "2.5E9", "EUR");
        // Then a price per share or for a product is no bid for a company
        assertDeals("de", "Salesforce bietet Kunden seine Software für 3 Dollar im Monat.", List.of());
    }

    @Test
    void seedRoundsAndRoundsBeforeAListingAreRounds() {
        assertOneDeal("de", "Cohere hat seine Seed-Runde über 18 Millionen Dollar beendet.", "Cohere", null, "18E6", "USD");
        assertOneDeal("de", "Cohere hat in einer Runde kurz vor dem Börsengang eine Milliarde Dollar eingenommen.",
                "Cohere", null, "1E9", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // what a company is worth after a round
        "Nach der Runde liegt der Wert von Cohere bei 75 Milliarden US-Dollar.",
        // the sum after a round told before
        "Insgesamt hat Cohere damit nach eigener Rechnung 330 Millionen Euro an Kapital erhalten.",
        // spending on fixed assets
        "Salesforce will in diesem Jahr 70 bis 75 Milliarden US-Dollar für Sachanlagen ausgeben."})
    void valuesTotalsAndSpendingOnAssetsAreNoDeals(String text) {
        assertDeals("de", text, List.of());
    }

    @Test
    void aSumPutIntoAPluralNounIsNoDeal() {
        // Given a passive sum put into many young companies, named by a capitalised plural the table does not know
        // Then no company is paid
        assertDeals("de", "Laut der Beratungsgesellschaft Quarto wurden in den letzten Jahren 23 Mrd. Euro in "
                + "KI-Neugründungen investiert.", List.of());
    }

    @Test
    void aCapitalisedNounPhraseOpeningAHeadlineIsNoCompany() {
        // Given a headline that opens with an adjective and a noun ("Neue Geldspritze:"), then an unknown company
        String text = "Corvana\nNeue Geldspritze: Corvana bekommt Kapital in Höhe von 230 Mio. US-Dollar.";
        // Then the company raises, the noun phrase is no party
        assertOneDeal("de", text, "Corvana", null, "230E6", "USD");
    }

    @Test
    void wonContractsAndAmountsThatGoToACompanyStayAsTheyWere() {
        // a contract won is no acquisition; an amount as the subject of "gingen an" is money paid to the company
        List<Deal> won = DealCases.extract("de", "Cohere sicherte sich einen Großauftrag für 900 Millionen Dollar.");
        assertEquals(0, won.stream().filter(d -> d.type() == DealType.ACQUISITION).count());
        assertDeals("de", "Allein im Mai gingen 600 Millionen Euro an Cohere.",
                List.of(DealCases.deal("Cohere", null, "600E6", "EUR")));
    }

    @Test
    void aPresentDealVerbJoinedToALaterAuxiliaryIsNoPassive() {
        // "investiert" is also a participle; the "wird" of a second verb after "und" makes no passive of the first
        assertDeals("de", "ASML investiert 900 Millionen Euro in Cohere. Der Chipausrüster ASML investiert 900 "
                + "Millionen Euro in den kanadischen Entwickler Cohere und wird damit größter Aktionär.",
                List.of(DealCases.deal("Cohere", "ASML", "900E6", "EUR")));
    }
}
