package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two Spanish constructions of real pages (session 29, batch 19): money a company "contará con" (will have) is money
 * it raised, with the payer after "aportados por"; a country's foreign direct investment ("la inversión extranjera
 * directa del país llegó a N") is money of a whole economy, no deal of the company or body that reports it. The sentences
 * are written for these tests.
 */
class SpanishForeignInvestmentAndContarConTest {

    @Test
    void moneyACompanyWillHaveIsARaisePaidByTheNamesAfterAportadosPor() {
        // Given "X contará con N aportados por Y"
        String text = "La startup Mistral contará con 600 millones de euros aportados por SoftBank y otros fondos.";

        // When the deals are read / Then SoftBank pays Mistral AI
        assertOneDeal("es", text, "Mistral AI", "SoftBank", "6E8", "EUR");
    }

    @Test
    void moneyACompanyHadInThePastTenseIsARaiseToo() {
        // Given "X contó con N de Y", with the currency symbol first
        String text = "El año pasado Cohere contó con US$ 270 millones de Nvidia para crecer en Europa.";

        // When the deals are read / Then Nvidia pays Cohere
        assertOneDeal("es", text, "Cohere", "Nvidia", "2.7E8", "USD");
    }

    @Test
    void aCountOfUsersAfterContaraConIsNoMoney() {
        // Given "contará con N millones de usuarios": no currency, no money
        String text = "Con la compra, Cohere contará con 2 millones de usuarios en América Latina.";

        // When the deals are read / Then there is none
        assertEquals(List.of(), extract("es", text), text);
    }

    @Test
    void aCountrysForeignDirectInvestmentIsNoDealOfTheBodyThatReportsIt() {
        // Given the figure with its abbreviation in brackets before the verb, and without it
        String bracketed = "Según el banco central, la inversión extranjera directa (IED) llegó a US$ 5.300 "
                + "millones en 2024, según Nvidia.";
        String plain = "Según Nvidia, la inversión extranjera directa sumó 4.100 millones de dólares el año pasado.";
        String noun = "México recibió inversión extranjera directa por US$ 24.800 millones, según Nvidia.";

        // When the deals are read / Then none of them holds a deal
        assertEquals(List.of(), extract("es", bracketed), bracketed);
        assertEquals(List.of(), extract("es", plain), plain);
        assertEquals(List.of(), extract("es", noun), noun);
    }

    @Test
    void anInvestmentThatIsNotForeignDirectInvestmentStaysADeal() {
        // Given an ordinary investment noun and an ordinary "suma" of a round
        String noun = "SoftBank anunció una inversión de 450 millones de dólares en Cohere.";
        String sum = "Cohere suma 65 millones de euros en una ronda liderada por Index Ventures.";

        // When the deals are read / Then both stay deals
        assertOneDeal("es", noun, "Cohere", "SoftBank", "4.5E8", "USD");
        assertOneDeal("es", sum, "Cohere", "Index Ventures", "6.5E7", "EUR");
    }
}
