package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * French acquisitions told from the company bought or through the stake taken (docs/EXTRACTION.md, session 23,
 * French news grid), in sentences of our own: "X prend 20 % du capital de Y" buys part of Y; "Y passe sous le contrôle
 * de X", "tombe dans l'escarcelle de X", "passe dans le giron de X" make the subject the company bought and the name
 * after the idiom its buyer; and a price "pour un total de N" after a purchase stays the price (only a raise's total
 * of several tranches is no deal).
 */
class FrenchStakesAndControlTest {

    @Test
    void takingAPercentOfTheCapitalBuysIntoTheCompanyAfterIt() {
        // Given a buyer that takes a per cent of a company's capital for a price
        // When the sentence is read
        Deal deal = assertOneDeal("fr", "Le groupe Oracle prend 20 % du capital de Cohere pour 400 millions d'euros, "
                + "selon un communiqué publié lundi.", "Cohere", "Oracle", "400E6", "EUR");
        // Then the company whose capital it is is bought into by the one that takes it
        assertEquals(DealType.ACQUISITION, deal.type());
        assertOneDeal("fr", "SAP a pris 15 % de Helsing pour 90 millions d'euros.", "Helsing", "SAP", "90E6", "EUR");
    }

    @Test
    void aTakenPercentWithoutAPriceIsNoDeal() {
        // Given "prendre" before a per cent that is a share of a market, and no money
        // When the sentence is read
        // Then nothing is found
        assertEquals(List.of(), extract("fr", "Cohere prend 20 % du marché européen en deux ans."));
    }

    @Test
    void theCompanyThatPassesUnderTheControlOfAnotherIsBoughtByIt() {
        // Given the company bought as the subject of an idiom of control, the buyer after "de"
        // When the sentences are read
        // Then the subject is bought and the name after the idiom pays, with a clause after it or a price after it
        assertOneDeal("fr", "Cohere passe sous le contrôle d'Oracle, qui débourse 1,5 milliard d'euros.",
                "Cohere", "Oracle", "1.5E9", "EUR");
        assertOneDeal("fr", "La start-up Helsing passe sous le contrôle de SAP pour 900 millions d'euros.",
                "Helsing", "SAP", "900E6", "EUR");
        assertOneDeal("fr", "Cohere tombe dans l'escarcelle d'Oracle pour 300 millions d'euros.",
                "Cohere", "Oracle", "300E6", "EUR");
        assertOneDeal("fr", "Helsing, la pépite de la défense, passe dans le giron de SAP pour 450 millions d'euros.",
                "Helsing", "SAP", "450E6", "EUR");
    }

    @Test
    void aPriceForATotalAfterAPurchaseIsThePrice() {
        // Given a purchase whose price is told as "pour un total de"
        // When the sentence is read
        Deal deal = assertOneDeal("fr", "Oracle a conclu un accord pour racheter Cohere pour un total de 6,8 milliards "
                + "de dollars.", "Cohere", "Oracle", "6.8E9", "USD");
        // Then it is the price of the purchase
        assertEquals(DealType.ACQUISITION, deal.type());
        // while a raise's "total" over several tranches stays no deal
        assertEquals(List.of(), extract("fr", "Cohere compte réunir un total de 300 millions d'euros en trois "
                + "tranches."));
    }
}
