package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.model.Deal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which capitalised words of a German deal sentence may be a party, when the company is one the entity table does
 * not know: a description of a "-tech" kind before a name makes it a company that a later description ("das 2020
 * gegründete Start-up") stands for; a role noun before a name ("den Rivalen Corvana Labs") is no part of it; the
 * genitive of a country ("Frankreichs Rolle") opens no name, an English adjective ("Global Optronics") does; the buyer of a purchase told before pays its price with
 * the verb at the end of the clause ("Nvidia wolle 3 Milliarden Dollar zahlen"). Sentences of our own, with invented companies.
 */
class GermanPartyNamesInNewsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a founding year between the determiner and the participle of the description
        "Das Proptech Corvana vermittelt Wohnungen an Pendler. Von Investoren hat das 2020 gegründete Start-up nun "
                + "90 Millionen Euro eingesammelt.|Corvana|90E6|EUR",
        "Das Insurtech Corvana versichert Lieferwagen. Das 2017 gegründete Unternehmen hat 45 Millionen Euro "
                + "eingesammelt.|Corvana|45E6|EUR"})
    void aDescriptionStandsForTheTechCompanyNamedBefore(String sentences, String target, String amount,
                                                       String currency) {
        // Given a headline naming the company, then the company introduced by its kind, then the raise
        String text = target + " bekommt frisches Geld\n" + sentences;

        // When / Then the description in the deal sentence is that company
        assertOneDeal("de", text, target, null, amount, currency);
    }

    @Test
    void aRoleNounBeforeTheNameIsNoPartOfIt() {
        // Given a purchase of an unknown company introduced as a rival
        String text = "Nvidia übernimmt den Rivalen Corvana Labs für rund 3 Milliarden Dollar.";

        // When / Then the company bought is the name without the role noun
        assertOneDeal("de", text, "Corvana Labs", "Nvidia", "3E9", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Nvidia wolle 3 Milliarden Dollar zahlen, berichtete ein Sender.",
        "Nvidia will dafür 3 Milliarden Dollar zahlen.",
        "Nvidia hat 3 Milliarden Dollar gezahlt."})
    void aPriceWhoseVerbClosesTheClauseIsPaidForThePurchaseToldBefore(String priceSentence) {
        // Given a purchase told without its price, then the buyer paying with the verb at the end of the clause
        String text = "Nvidia will den Kartenspezialisten Corvana Labs übernehmen. " + priceSentence;

        // When / Then the price is that purchase's
        assertOneDeal("de", text, "Corvana Labs", "Nvidia", "3E9", "USD");
    }

    @Test
    void aDescriptionWithTheAgentOfItsParticipleStandsForTheCompanyNamedBefore() {
        // Given a company named in one sentence, then described with who runs it in the next
        String text = "Nvidia baut Chips für Rechenzentren. Der von Jensen Huang geführte Konzern hat 4 Milliarden "
                + "Dollar in Arm investiert.";

        // When / Then the description is the company named before, the one investing
        assertOneDeal("de", text, "Arm", "Nvidia", "4E9", "USD");
    }

    @Test
    void aSumWithTheMoneyRaisedBeforeIsNoSecondRound() {
        // Given a round led by a fund, then the company's capital so far in the same sentence
        String text = "Unter Führung des Fonds Holvarra Capital hat Arm weitere 60 Millionen Dollar erhalten und "
                + "verfügt mit dem Geld früherer Runden über einen Grundstock von 210 Millionen Dollar.";

        // When / Then only the new money is a deal
        assertOneDeal("de", text, "Arm", "Holvarra Capital", "60E6", "USD");
    }

    @Test
    void aPurchaseAfterADatelineOfTheFinancialAgencyIsRead() {
        // Given a purchase opened by a place and the dpa-AFX dateline
        String text = "HAMBURG (dpa-AFX) - Der Halbleiterkonzern Nvidia möchte den Wettbewerber Arm in einem reinen "
                + "Aktientausch für etwa 3 Milliarden US-Dollar (2,6 Mrd Euro) erwerben.";

        // When / Then the dateline's place is no party, and the purchase is read
        assertOneDeal("de", text, "Arm", "Nvidia", "3E9", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Nvidia will den Sensorhersteller Global Optronics für 2 Milliarden Dollar übernehmen.|Global Optronics",
        "Nvidia hat den Kartendienst German Routefox für 2 Milliarden Dollar gekauft.|German Routefox"})
    void anEnglishAdjectiveOpeningAnUnknownNameStaysInIt(String text, String target) {
        // Given a German sentence naming an unknown company whose name opens with an English adjective

        // When / Then the adjective is part of the company's name
        assertOneDeal("de", text, target, "Nvidia", "2E9", "USD");
    }

    @Test
    void theSizeOfAProjectIsNoPayment() {
        // Given a partnership with a project, described with the money it is to cost
        String text = "Nvidia und Arm planen eine engere Partnerschaft: Die Kooperation mit Stargate, einem Projekt mit "
                + "200 Milliarden Dollar Investition, soll Rechenzentren in Arizona bauen.";

        // When
        List<Deal> deals = extract("de", text);

        // Then the project's size is paid to no one
        assertTrue(deals.isEmpty(), "\"" + text + "\" -> " + deals.stream().map(EvaluationReport::summary).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Nvidia übernimmt den Arm-Server-Entwickler Corvana Labs für 2 Milliarden Dollar.|Corvana Labs|Nvidia",
        "Meta kauft den Nvidia-Server-Entwickler Corvana Labs für 2 Milliarden Dollar.|Corvana Labs|Meta",
        // the goods close the compound: servers bought from their maker
        "Meta kauft Nvidia-Server für 2 Milliarden Dollar.|Nvidia|Meta"})
    void aCompoundOfAKnownNameAndGoodsNamesADeveloperWhenItGoesOn(String text, String target, String investor) {
        // Given a purchase whose object is a compound opened by a table company and naming goods

        // When / Then a compound that goes on after the goods ("-Entwickler") describes the company named after it
        assertOneDeal("de", text, target, investor, "2E9", "USD");
    }

    @Test
    void theGenitiveOfACountryOpensNoName() {
        // Given money put into buildings, followed by a remark on a country's role
        String text = "Nvidia steckt 4 Milliarden Euro in neue Serverhallen - ein Zeichen für Frankreichs Rolle "
                + "in Europa.";

        // When
        List<Deal> deals = extract("de", text);

        // Then no name read from the text is made the company paid
        assertTrue(deals.stream().noneMatch(d -> d.target() != null && d.target().provisional()),
                "\"" + text + "\" -> " + deals.stream().map(EvaluationReport::summary).toList());
    }
}
