package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Italian constructions of orders, tenders and deals named again, counted on real Italian news in session 35
 * (docs/EXTRACTION.md): ordering goods from a maker pays it ("Y ha ordinato a X due navi per N"); an order, a public
 * works contract or a tender with its value is a contract ("un maxi-ordine", "l'appalto da N"); a sentence that names
 * no side and speaks of the deal told before through a preposition joined to the article ("l'ok
 * all'operazione da N", "la firma dell'intesa vale N"), "si tratta di un'operazione da N" or "l'offerta" gives that
 * deal its amount; a sale or a purchase that "vale N" is worth its price ("la vendita di X a Y vale N"); "X ha
 * acquisito da Y" is an active past whose "da" names the seller, not the agent of a passive.
 * Orders to do something, "nell'ordine di N" (about N) and the worth of a company stay no deal. Sentences of our own.
 */
class ItalianOrdersAndReferredDealsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "SAP ha ordinato a Helsing venti sistemi radar per 700 milioni di euro.",
        "SAP ha ordinato venti sistemi radar a Helsing per un valore complessivo di 700 milioni di euro.",
        "SAP ordina venti sistemi radar a Helsing per 700 milioni di euro.",
        "SAP ha ordinato venti sistemi radar a Helsing. Il valore della commessa è di 700 milioni di euro.",
        "Helsing, maxi-ordine da SAP: l'intesa vale 700 milioni di euro.",
        "Helsing, nuovo ordine da SAP per venti sistemi radar. L'ordinativo vale 700 milioni di euro."})
    void anOrderPlacedWithAMakerPaysIt(String text) {
        assertOneDeal("it", text, "Helsing", "SAP", "700E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Helsing ha vinto l'appalto da 250 milioni di euro per i nuovi radar costieri.",
        "Helsing si è aggiudicata l'appalto da 250 milioni di euro per i nuovi radar costieri."})
    void winningAPublicWorksContractIsBeingPaid(String text) {
        assertOneDeal("it", text, "Helsing", null, "250E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Eni si è aggiudicata l'appalto da 300 milioni di dollari di Telefónica per le nuove centrali.",
        "Eni ha vinto l'appalto da 300 milioni di dollari di Telefónica per le nuove centrali."})
    void theOneWhoseTenderIsWonPays(String text) {
        assertOneDeal("it", text, "Eni", "Telefónica", "300E6", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "SAP ha annunciato l'acquisizione di Helsing. Bruxelles ha detto sì senza condizioni all'operazione da "
            + "900 milioni di euro.",
        "SAP ha rilevato Helsing. Si tratta di un'operazione da 900 milioni di euro.",
        "SAP ha rilevato Helsing. Secondo i giornali si parla di un affare vicino ai 900 milioni di euro.",
        "SAP rileva Helsing. L'offerta è stata di circa 900 milioni di euro.",
        "SAP ha firmato l'accordo per comprare Helsing. La firma dell'intesa vale 900 milioni di euro."})
    void aSentenceSpeakingOfTheDealToldBeforeGivesItsAmount(String text) {
        assertOneDeal("it", text, "Helsing", "SAP", "900E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Eni ha acquisito da Telefónica una rete di torri per 300 milioni di euro.",
        "Eni ha rilevato da Telefónica una rete di torri per 300 milioni di euro."})
    void anActivePastWithDaNamesTheSeller(String text) {
        assertOneDeal("it", text, "Telefónica", "Eni", "300E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Helsing è stata acquisita da SAP per 300 milioni di euro.",
        "Helsing, acquisita da SAP per 300 milioni di euro, apre una sede a Torino.",
        "Nel 2024 Helsing è stata rilevata da SAP per 300 milioni di euro."})
    void thePassiveKeepsItsAgent(String text) {
        assertOneDeal("it", text, "Helsing", "SAP", "300E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Il tribunale ha ordinato a Helsing di versare 80 milioni di euro ai dipendenti.",
        "La spesa per la difesa è nell'ordine dei 200 miliardi di euro, secondo il ministero.",
        "Helsing ha chiuso l'anno in ordine, con ricavi per 200 milioni di euro.",
        "L'ordine del giorno dell'assemblea prevede un dividendo di 200 milioni di euro."})
    void ordersToDoSomethingAndOrdersOfSizeAreNoDeal(String text) {
        assertEquals(0, DealCases.extract("it", text).size(), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "La vendita di Helsing a SAP vale 900 milioni di euro.",
        "L'acquisto di Helsing da parte di SAP vale 900 milioni di euro."})
    void aSaleOrAPurchaseThatIsWorthAnAmountIsPricedAtIt(String text) {
        assertOneDeal("it", text, "Helsing", "SAP", "900E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Dopo la vendita del ramo, Helsing vale 900 milioni di euro secondo gli analisti.",
        "Il terzo acquisto dell'anno non cambia nulla: Helsing vale ora 900 milioni di euro."})
    void theWorthOfACompanyNearASaleWordStaysNoDeal(String text) {
        assertEquals(0, DealCases.extract("it", text).size(), text);
    }
}
