package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealType;
import dev.newswatch.enrich.link.EntityCatalog;
import dev.newswatch.enrich.link.EntityLinker;
import dev.newswatch.testkit.RepoPaths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Italian phrases that name the investor of a round or the bidder of an offer in the sentence of the deal, which the
 * extractor left unattached (the round came out with no investor): a relative clause of taking part ("al quale hanno
 * partecipato X"), the lead named by its role after "che ha visto come" / "che vede come", the round's participle with
 * its agent ("sottoscritti da X", "realizzato da X e Y", "la proposta ... avanzata da X"), "dagli investitori X e Y",
 * an aside between "il lead investor" and "è", a fund named after its kind ("dal fondo di private equity X"), a list
 * after "tra gli investitori del round", an inverted "ha investito anche X" and "X ha sottoscritto l'intero aumento".
 * Also the size of a fund told as "il suo fondo da N", no deal. Sentences of our own.
 */
class ItalianRoundInvestorPhrasesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Cohere ha chiuso un round da 30 milioni di dollari al quale hanno partecipato Sequoia Capital e Index Ventures.",
        "Cohere ha chiuso un round da 30 milioni di dollari, a cui ha partecipato anche Sequoia Capital.",
        "Cohere ha raccolto 30 milioni di dollari, sottoscritti da Sequoia Capital e Index Ventures.",
        "Cohere ha raccolto 30 milioni di dollari dagli investitori Sequoia Capital e Index Ventures.",
        "Cohere ha chiuso un round da 30 milioni di dollari realizzato da Sequoia Capital e Index Ventures."})
    void theFirstInvestorNamedInTheRoundsSentencePaysIt(String text) {
        // Given a round and its investors told by a relative clause or a participle; When it is read;
        // Then the first of them is the round's investor
        assertOneDeal("it", text, "Cohere", "Sequoia Capital", "30E6", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Cohere ha raccolto 30 milioni di dollari in un round che ha visto come lead investor Nvidia.",
        "Cohere ha annunciato un finanziamento da 30 milioni di dollari che vede come capofila Nvidia.",
        "Cohere ha deliberato un aumento di capitale da 30 milioni di dollari. Il lead investor, con dieci milioni di "
                + "dollari investiti, è Nvidia."})
    void theLeadNamedByItsRoleLeadsTheRound(String text) {
        // Given the lead named by its role, after "che ha visto come" or with an aside before "è"; When it is read;
        // Then the lead pays the whole round
        assertOneDeal("it", text, "Cohere", "Nvidia", "30E6", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Cohere ha raccolto 30 milioni di dollari, tra gli investitori del round Sequoia Capital.|Sequoia Capital",
        "Cohere ha raccolto 30 milioni di dollari. Ha investito anche Index Ventures.|Index Ventures",
        "Cohere ha raccolto 30 milioni di dollari. Nvidia ha sottoscritto l'intero aumento di capitale.|Nvidia"})
    void anInvestorNamedWithNoVerbOrBeforeItsSubjectOrAsTheSubscriberPaysTheRound(String text, String investor) {
        // Given the round's investor after "tra gli investitori del round", after an inverted "ha investito anche", or
        // as the subscriber of the whole increase; When it is read; Then it pays the round
        assertOneDeal("it", text, "Cohere", investor, "30E6", "USD");
    }

    @Test
    void theCompanyAfterTraGliInvestitoriDiIsNoInvestor() {
        // Given "tra gli investitori di X" describing the payer; When it is read; Then X is not made its investor
        List<Deal> deals = DealCases.extract("it", "Nvidia, tra gli investitori di Cohere, ha ottenuto un contratto "
                + "da 5 milioni di dollari.");
        assertTrue(deals.stream().noneMatch(d -> d.investor() != null && "Cohere".equals(d.investor().name())),
                deals.toString());
    }

    @Test
    void anOfferWithItsBidderAfterAParticipleIsTheBiddersPurchase() {
        // Given an offer accepted by the company sought, its bidder named after "avanzata da"; When it is read;
        // Then the bidder buys
        Deal deal = assertOneDeal("it", "Cohere ha accettato la proposta di acquisizione da 5 miliardi di dollari "
                + "avanzata da Oracle.", "Cohere", "Oracle", "5E9", "USD");
        assertEquals(DealType.ACQUISITION, deal.type());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a participle of making that follows no deal noun or amount: its agent describes a product
        "Cohere ha raccolto 30 milioni di dollari. Il suo prodotto, lanciato da Nvidia nel 2020, ha molti clienti.",
        // the founders are no company
        "Cohere ha chiuso un round da 30 milioni di dollari al quale hanno partecipato i fondatori."})
    void aParticipleOrARelativeWithNoInvestorLeavesTheRoundWithout(String text) {
        // Given a round and a participle or relative clause naming no investor of it; When it is read;
        // Then the round has no investor
        assertOneDeal("it", text, "Cohere", null, "30E6", "USD");
    }

    @Test
    void theSizeOfTheInvestorsFundIsNoDeal() {
        // Given the amount of the investor's fund told with "il suo fondo da"; When it is read; Then no deal has it
        List<Deal> deals = DealCases.extract("it", "Nvidia, con il suo fondo da 500 milioni di dollari, ha deciso "
                + "di puntare su Cohere.");
        assertTrue(deals.isEmpty(), deals.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Cohere ha ottenuto un contributo a fondo perduto da 2 milioni di euro.|2E6",
        "Cohere ha completato una raccolta fondi da 5 milioni di euro.|5E6"})
    void aGrantOrAFundraisingStaysADeal(String text, String amount) {
        // Given "a fondo perduto" or "raccolta fondi" before the amount; When it is read; Then the deal stays
        assertOneDeal("it", text, "Cohere", null, amount, "EUR");
    }

    @Test
    void aFundNamedAfterItsKindLeadsTheRoundOverTheFundSupportingIt() {
        // Given an unknown fund after "guidato principalmente dal fondo di private equity", another after "con il
        // supporto del";
        // When it is read with the shipped table; Then the lead, read as a company, pays
        EntityLinker linker = EntityLinker.of(EntityCatalog.load(RepoPaths.resolve("config/entities")));
        String text = "La startup Pastaria ha chiuso un round da 23 milioni di euro guidato principalmente dal fondo "
                + "di private equity Valdora, con il supporto del fondo tedesco Korvia Fund.";
        List<Deal> deals = DealCases.EXTRACTOR.extract(text, "it", linker.link(text));
        assertEquals(1, deals.size(), deals.toString());
        assertEquals("Pastaria", deals.get(0).target().name());
        assertEquals("Valdora", deals.get(0).investor().name());
    }
}
