package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Deals told by a noun phrase rather than a finite deal verb (session 25): the buyer named through a possessive
 * before a purchase noun and its "of" ("Halvex's takeover of Velmora"), a company the entity table does not know;
 * and the buyer after the agent preposition of a purchase noun when a phrase of time stands between the company
 * bought and that preposition ("la compra de Velmora en marzo de 2019 por parte de Qualcomm").
 */
class NounPhraseDealsTest {

    static Stream<Arguments> aPossessiveBeforeAPurchaseOfIsTheBuyer() {
        // the possessive 's is English only
        return Stream.of(
                Arguments.of("en", "Halvex's takeover of Velmora for $7 billion was cleared by regulators in May."),
                Arguments.of("en", "The list also includes Halvex’s purchase of Velmora for $7 billion in 2019."),
                Arguments.of("en", "Halvex's planned acquisition of Velmora, worth $7 billion, drew scrutiny."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aPossessiveBeforeAPurchaseOfIsTheBuyer(String language, String text) {
        // Given a purchase noun with a possessive before it and the one bought after its "of", neither name known
        // When the deal is read
        // Then the possessive buys the company after "of"
        assertOneDeal(language, text, "Velmora", "Halvex", "7E9", "USD");
    }

    static Stream<Arguments> aPhraseOfTimeBeforeTheAgentLeavesItTheBuyer() {
        return Stream.of(
                Arguments.of("es", "La compra de Velmora en marzo de 2019 por parte de Qualcomm por 7.000 millones de "
                        + "dólares fue la mayor del año."),
                Arguments.of("es", "Le siguió la adquisición de Velmora en 2019 por parte de Qualcomm por 7.000 "
                        + "millones de dólares."),
                Arguments.of("it", "Segue l'acquisizione di Velmora nel 2019 da parte di Qualcomm per 7 miliardi di "
                        + "dollari."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aPhraseOfTimeBeforeTheAgentLeavesItTheBuyer(String language, String text) {
        // Given a purchase noun, the company bought, a phrase of time and then the agent preposition and a known buyer
        // When the deal is read
        // Then the name after the agent preposition buys
        assertOneDeal(language, text, "Velmora", "Qualcomm", "7E9", "USD");
    }

    static Stream<Arguments> aNewNameAfterAPhraseOfTimeAndTheAgentIsACompany() {
        return Stream.of(
                Arguments.of("en", "Next came the purchase of Velmora in March 2019 by Halvex for $7 billion."),
                Arguments.of("fr", "Vient ensuite le rachat de Velmora en 2019 par Halvex pour 7 milliards de dollars."),
                Arguments.of("es", "Le siguió la adquisición de Velmora en marzo de 2019 por parte de Halvex por 7.000 "
                        + "millones de dólares."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aNewNameAfterAPhraseOfTimeAndTheAgentIsACompany(String language, String text) {
        // Given the same phrase with a buyer the entity table does not know
        // When the deal is read
        // Then that buyer is read as a company and buys
        assertOneDeal(language, text, "Velmora", "Halvex", "7E9", "USD");
    }

    static Stream<Arguments> aDescribedSubjectAfterAVerbOfAnnouncingBuysWhatTheDealNounNames() {
        return Stream.of(
                Arguments.of("de", "Im Juni kündigte der Softwarekonzern SAP die Übernahme von Velmora für 7 Milliarden "
                        + "Dollar an."),
                Arguments.of("de", "Überraschend vereinbarte der Walldorfer Konzern SAP den Kauf von Velmora für 7 "
                        + "Milliarden Dollar."),
                Arguments.of("de", "Nun plant der Softwarekonzern SAP für 7 Milliarden Dollar die Übernahme von Velmora."),
                // the same clause where the subject comes first, in German and in Italian
                Arguments.of("de", "Der Softwarekonzern SAP kündigte im Juni die Übernahme von Velmora für 7 Milliarden "
                        + "Dollar an."),
                Arguments.of("it", "A giugno il gruppo tedesco SAP ha annunciato l'acquisizione di Velmora per 7 "
                        + "miliardi di dollari."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aDescribedSubjectAfterAVerbOfAnnouncingBuysWhatTheDealNounNames(String language, String text) {
        // Given a verb of announcing, planning or agreeing whose object is a deal noun, its subject a description and a
        // name, in German after the verb when another phrase opens the clause
        // When the deal is read
        // Then the described subject buys (the article after the verb is no genitive)
        assertOneDeal(language, text, "Velmora", "SAP", "7E9", "USD");
    }

    static Stream<Arguments> aBuyerDescribedAfterTheAgentPrepositionBuys() {
        return Stream.of(
                Arguments.of("es", "La compra de Velmora por parte del grupo alemán SAP por 7.000 millones de dólares "
                        + "se cerró en mayo."),
                Arguments.of("es", "La compra de Velmora por parte del gigante alemán del software SAP por 7.000 "
                        + "millones de dólares se cerró en mayo."),
                Arguments.of("it", "L'acquisizione di Velmora da parte del gruppo tedesco SAP per 7 miliardi di dollari "
                        + "si è chiusa a maggio."),
                Arguments.of("fr", "Le rachat de Velmora par le géant allemand des logiciels SAP pour 7 milliards de "
                        + "dollars a été finalisé en mai."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aBuyerDescribedAfterTheAgentPrepositionBuys(String language, String text) {
        // Given a purchase noun, the company bought, the agent preposition and the buyer described by a company noun
        // with an adjective or a complement after it
        // When the deal is read
        // Then the described name buys: the words of its description do not put it too far from the company bought
        assertOneDeal(language, text, "Velmora", "SAP", "7E9", "USD");
    }

    static Stream<Arguments> aNameAfterAnotherVerbsAgentInAnApposition() {
        return Stream.of(
                Arguments.of("en", "The purchase of Velmora, a start-up founded by a former SAP executive, for $7 billion "
                        + "closed in May."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aNameAfterAnotherVerbsAgentInAnApposition(String language, String text) {
        // Given the agent of a participle inside an unclosed apposition of the company bought
        // When the deal is read
        // Then that name buys nothing
        assertOneDeal(language, text, "Velmora", null, "7E9", "USD");
    }

    static Stream<Arguments> theNameAfterTheBidNounsOfIsTheBidder() {
        return Stream.of(
                Arguments.of("es", "La oferta de SAP por Qualcomm, de 12.000 millones de euros, fue rechazada ayer."),
                Arguments.of("it", "L'offerta di SAP su Qualcomm vale 12 miliardi di euro secondo gli analisti."),
                Arguments.of("it", "L'offerta di SAP per Qualcomm vale 12 miliardi di euro secondo gli analisti."),
                Arguments.of("fr", "L'offre de SAP pour Qualcomm, de 12 milliards d'euros, a été rejetée hier."),
                Arguments.of("de", "Das Angebot von SAP für Qualcomm über 12 Milliarden Euro wurde gestern abgelehnt."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theNameAfterTheBidNounsOfIsTheBidder(String language, String text) {
        // Given a bid noun, a name after its "of", one preposition and a second name, the price elsewhere
        // When the deal is read
        // Then the first name bids for the second: the second is the company sought
        assertOneDeal(language, text, "Qualcomm", "SAP", "1.2E10", "EUR");
    }

    static Stream<Arguments> aPurchaseNounKeepsItsAgent() {
        return Stream.of(
                Arguments.of("es", "La compra de Qualcomm por SAP, de 12.000 millones de euros, se cerró ayer."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aPurchaseNounKeepsItsAgent(String language, String text) {
        // Given a purchase noun that is no bid noun, with the same shape
        // When the deal is read
        // Then the name after "of" is bought and the agent buys
        assertOneDeal(language, text, "Qualcomm", "SAP", "1.2E10", "EUR");
    }

    static Stream<Arguments> newNamesOfABidAreCompanies() {
        return Stream.of(
                Arguments.of("es", "La oferta de Halvex por Velmora, de 12.000 millones de euros, fue rechazada ayer."),
                Arguments.of("it", "L'offerta di Halvex su Velmora vale 12 miliardi di euro secondo gli analisti."),
                Arguments.of("fr", "L'offre de Halvex pour Velmora, de 12 milliards d'euros, a été rejetée hier."),
                Arguments.of("de", "Das Angebot von Halvex für Velmora über 12 Milliarden Euro wurde gestern abgelehnt."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void newNamesOfABidAreCompanies(String language, String text) {
        // Given the same bid with two names the entity table does not know
        // When the deal is read
        // Then the bidder after the bid noun's "of" and the company after the next preposition are both companies
        assertOneDeal(language, text, "Velmora", "Halvex", "1.2E10", "EUR");
    }
}
