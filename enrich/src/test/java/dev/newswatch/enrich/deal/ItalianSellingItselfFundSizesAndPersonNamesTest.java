package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.model.Deal;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Italian constructions met on fresh news pages (batch 19): a company that agrees to sell itself ("ha accettato di
 * vendersi a Y per N") is the one bought; "fagocitare" (to swallow) a company is buying it; the size of a fund ("che
 * ha in gestione N", "che gestisce asset per N") and of an initiative ("un'iniziativa da N") are no deal;
 * "Ognuno" or "Ciascuno" opening a sentence is no company; a founder named with an Italian given name ("co-fondata
 * da Pierluigi Rossi, X ha completato") is a person, so the company after the name is the one that raised. Sentences
 * of our own.
 */
class ItalianSellingItselfFundSizesAndPersonNamesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Cohere ha accettato di vendersi a Oracle per 3 miliardi di dollari.",
        "Dopo mesi di trattative, Cohere ha deciso di vendersi a Oracle per 3 miliardi di dollari in contanti."})
    void aCompanySellingItselfIsBoughtByTheNameAfterA(String text) {
        assertOneDeal("it", text, "Cohere", "Oracle", "3E9", "USD");
    }

    @Test
    void aCompanySellingItselfToAConsortiumIsBoughtForTheAmountAfterTheMembers() {
        // Given a buyer named by the members of a consortium, between "vendersi a" and the price
        String text = "Cohere, produttore di software, ha infine accettato di vendersi a un gruppo di fondi che "
                + "comprende Sequoia Capital, Index Ventures e Thrive Capital per 3 miliardi di dollari.";
        // When it is read
        List<Deal> deals = extract("it", text);
        // Then Cohere is bought for the price
        assertEquals(1, deals.size(), () -> text + " -> " + deals);
        assertEquals("Cohere", deals.get(0).target().name());
        assertEquals(0, deals.get(0).amount().compareTo(new BigDecimal("3E9")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "I modelli di Cohere si vendono bene: li usano 3 milioni di persone.",
        "Il servizio di Cohere si vende a 20 dollari al mese."})
    void sellingWellOrAtAPriceIsNoSaleOfTheCompany(String text) {
        assertEquals(List.of(), extract("it", text), text);
    }

    @Test
    void swallowingACompanyIsBuyingIt() {
        assertOneDeal("it", "Oracle ha fagocitato Cohere per 3 miliardi di dollari.", "Cohere", "Oracle", "3E9",
                "USD");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Mistral AI ha raccolto 600 milioni di euro. Sequoia Capital, che ha in gestione circa 900 milioni di "
            + "dollari, ha anche quote in Cohere.",
        "Mistral AI ha raccolto 600 milioni di euro. Sequoia Capital, che gestisce asset per 900 milioni di "
            + "dollari, ha anche quote in Cohere."})
    void theSizeOfAFundIsNoDeal(String text) {
        assertOneDeal("it", text, "Mistral AI", null, "600E6", "EUR");
    }

    @Test
    void aFundsSizeBeforeItsPurchaseLeavesThePurchase() {
        assertOneDeal("it", "Sequoia Capital, che gestisce asset per 600 miliardi di dollari, ha comprato Cohere per 2 "
                + "miliardi di dollari.", "Cohere", "Sequoia Capital", "2E9", "USD");
    }

    @Test
    void theSizeOfAnInitiativeIsNoDeal() {
        assertOneDeal("it", "Cohere ha raccolto 40 milioni di euro. Parte del capitale sarà investito nel progetto "
                + "Orion, un'iniziativa da 200 miliardi di dollari destinata a nuove centrali.", "Cohere", null,
                "40E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Il governo ha approvato l'ingresso di Sequoia Capital e di Index Ventures in Cohere. Ognuno investirà 20 "
            + "milioni di euro.",
        "Sequoia Capital e Index Ventures entrano in Cohere. Ciascuno verserà 20 milioni di euro."})
    void eachOneOpeningASentenceIsNoCompany(String text) {
        List<Deal> deals = extract("it", text);
        assertTrue(deals.stream().noneMatch(d -> isPronoun(d.target().name())
                || d.investor() != null && isPronoun(d.investor().name())), () -> text + " -> " + deals);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Nata come spin-off del Politecnico e co-fondata dal presidente, Pierluigi Rossi, Cohere ha completato un "
            + "round che ha fatto entrare in cassa 13 milioni di euro.",
        "Fondata nel 2019 da Federico Bianchi, Cohere ha raccolto 13 milioni di euro."})
    void aFounderWithAnItalianGivenNameIsNoCompany(String text) {
        assertOneDeal("it", text, "Cohere", null, "13E6", "EUR");
    }

    private static boolean isPronoun(String name) {
        return List.of("Ognuno", "Ciascuno").contains(name);
    }
}
