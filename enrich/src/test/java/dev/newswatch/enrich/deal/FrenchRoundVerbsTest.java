package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealType;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The verbs of French round reports that gave no deal (session 28, French probe grid): a start-up the entity table does
 * not know that closes, finalises, makes official or announces "une levée" or "un tour de table" ("Corvana finalise une
 * levée de N"); "un tour de N" right after such a verb; the gerund of a raise verb ("en récoltant N"); "attirer" with
 * the amount right after it; "soutenir X à hauteur de N"; and the purchases "se payer Y" and "jeter son dévolu sur Y".
 * The same verbs without an amount, or with one that counts no money, stay no deal. Then the present "vend" of a sale,
 * investing again ("réinjecter", "réinvestir"), and a running total told after the round with ", portant à" or ", ce
 * qui porte à", which no longer makes the round itself a total; an unknown start-up bought as the subject ("Corvana
 * rachetée par", "a été cédée à", "passe sous le contrôle de") or that will receive money. Sentences of our own, with an invented start-up where
 * the name is unknown.
 */
class FrenchRoundVerbsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Corvana finalise une levée de fonds de 14 millions d'euros.",
        "Corvana a finalisé un tour de table de 14 millions d'euros.",
        "Corvana officialise une levée de 14 millions d'euros.",
        "Corvana clôture un tour de financement de 14 millions d'euros.",
        "Corvana a clôturé une série A de 14 millions d'euros.",
        "Corvana conclut un tour de table de 14 millions d'euros pour ouvrir un bureau à Berlin.",
        "Corvana a réalisé une levée de fonds de 14 millions d'euros.",
        "Corvana a annoncé jeudi matin un tour de table de 14 millions d'euros.",
        "Corvana dévoile une levée de 14 millions d'euros.",
        "Corvana engrange 14 millions d'euros.",
        "Corvana a rassemblé 14 millions d'euros.",
        "Corvana a pu récolter 14 millions d'euros en trois semaines."})
    void anUnknownStartUpThatClosesARoundRaisesIt(String text) {
        assertOneDeal("fr", text, "Corvana", null, "14E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Poolside boucle un tour de 20 millions d'euros.",
        "Poolside a finalisé un nouveau tour de 20 millions d'euros.",
        "En récoltant 20 millions d'euros, Poolside devient la start-up la mieux financée de son secteur.",
        "La jeune pousse Poolside se distingue en rassemblant 20 millions d'euros.",
        "Poolside attire 20 millions d'euros.",
        "Poolside a attiré près de 20 millions d'euros pour recruter des ingénieurs."})
    void aClosingVerbBeforeUnTourAGerundOrAttirerWithItsAmountIsARaise(String text) {
        assertOneDeal("fr", text, "Poolside", null, "20E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Bpifrance soutient Poolside à hauteur de 5 millions d'euros.",
        "Bpifrance a soutenu Poolside à hauteur de 5 millions d'euros lors de son amorçage."})
    void supportingACompanyUpToAnAmountPaysIt(String text) {
        assertOneDeal("fr", text, "Poolside", "Bpifrance", "5E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Salesforce se paie Poolside pour 300 millions d'euros.|Poolside|Salesforce",
        "Salesforce s'est payé Poolside pour 300 millions d'euros.|Poolside|Salesforce",
        "Salesforce jette son dévolu sur Poolside pour 300 millions d'euros.|Poolside|Salesforce",
        "Tandrix Systems a jeté son dévolu sur Corvana pour 300 millions d'euros.|Corvana|Tandrix Systems"})
    void payingOneselfACompanyOrSettingOnesSightsOnItWithAPriceBuysIt(String text, String target, String buyer) {
        Deal deal = assertOneDeal("fr", text, target, buyer, "300E6", "EUR");
        assertEquals(DealType.ACQUISITION, deal.type());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Tandrix Systems vend Corvana à Salesforce pour 300 millions d'euros.|Corvana|Salesforce",
        "Nvidia vend Poolside à Salesforce pour 300 millions d'euros.|Poolside|Salesforce"})
    void aCompanyThatSellsAnotherInThePresentSellsItToTheBuyer(String text, String target, String buyer) {
        Deal deal = assertOneDeal("fr", text, target, buyer, "300E6", "EUR");
        assertEquals(DealType.ACQUISITION, deal.type());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Corvana rachetée par Salesforce pour 300 millions d'euros",
        "Corvana est rachetée 300 millions d'euros par Salesforce.",
        "Corvana a été cédée à Salesforce pour 300 millions d'euros.",
        "Corvana passe sous le contrôle de Salesforce pour 300 millions d'euros."})
    void anUnknownStartUpBoughtAsTheSubjectIsTheCompanyBought(String text) {
        assertOneDeal("fr", text, "Corvana", "Salesforce", "300E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Corvana va recevoir 10 millions d'euros de Bpifrance.|Bpifrance",
        "Corvana séduit les investisseurs et lève 10 millions d'euros.|"})
    void anUnknownStartUpThatWillReceiveOrWinsOverAndRaisesIsACompany(String text, String investor) {
        assertOneDeal("fr", text, "Corvana", investor, "10E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Sequoia Capital avait réinjecté 8 millions d'euros dans Poolside en 2023.",
        "Sequoia Capital réinvestit 8 millions d'euros dans Poolside."})
    void investingAgainPaysTheCompany(String text) {
        assertOneDeal("fr", text, "Poolside", "Sequoia Capital", "8E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Corvana a levé 10 millions d'euros, portant à 30 millions le total levé depuis sa création.",
        "Corvana a levé 10 millions d'euros, ce qui porte à 30 millions d'euros le montant levé depuis sa fondation."})
    void aRunningTotalAfterTheRoundLeavesTheRoundADeal(String text) {
        assertOneDeal("fr", text, "Corvana", null, "10E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Corvana a levé 30 millions d'euros depuis sa création.",
        "Poolside vend ses logiciels dans 30 pays et vise 20 millions d'euros de revenus.",
        "Poolside attire les investisseurs américains.",
        "Poolside attire 20 millions de visiteurs par mois.",
        "Corvana finalise une levée de fonds auprès de ses actionnaires.",
        "Poolside boucle un tour de France de 12 villes.",
        "Poolside se paie le luxe de refuser une offre de Salesforce."})
    void theSameVerbsWithoutMoneyAreNoDeal(String text) {
        assertEquals(List.of(), DealCases.extract("fr", text), text);
    }
}
