package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Spanish relative clause on an amount puts the subject after its verb: "los 9.000 millones que pagó X por Y" (key
 * amountRelatives). The name right after the verb pays, the name after its "por" or "en" is paid, also after an
 * infinitive of buying ("que invirtió X en adquirir Y"); the payer is never read as the company paid. Found on a
 * round-up of real pages (session 29, batch 19); the sentences are written for these tests.
 */
class AmountRelativeWithTheSubjectAfterTheVerbTest {

    @Test
    void theNameAfterThePayingVerbPaysForTheNameAfterPor() {
        // Given "los N que pagó X por Y"
        String text = "La compra queda por detrás de los 9.000 millones de dólares que pagó Salesforce por "
                + "Informatica.";

        // When the deals are read / Then Salesforce pays for Informatica
        assertOneDeal("es", text, "Informatica", "Salesforce", "9E9", "USD");
    }

    @Test
    void theSubjectBeforeTheVerbStillPays() {
        // Given the usual order, "los N que X pagó por Y"
        String text = "La compra queda por detrás de los 9.000 millones de dólares que Salesforce pagó por "
                + "Informatica.";

        // When the deals are read / Then the same deal
        assertOneDeal("es", text, "Informatica", "Salesforce", "9E9", "USD");
    }

    @Test
    void anInfinitiveOfBuyingAfterEnNamesWhatTheMoneyBought() {
        // Given "los N que invirtió X en adquirir Y"
        String text = "El acuerdo rebasa los 20.000 millones de USD que invirtió Microsoft en adquirir "
                + "Activision Blizzard, según la prensa.";

        // When the deals are read
        Deal deal = assertOneDeal("es", text, "Activision Blizzard", "Microsoft", "2E10", "USD");

        // Then it is a purchase
        assertEquals(DealType.ACQUISITION, deal.type());
    }

    @Test
    void aPerfectAndADescriptionBeforeTheNamesKeepTheRoles() {
        // Given "que ha pagado el grupo ... X por la empresa ... Y"
        String text = "Es más que los 900 millones de euros que ha pagado el grupo alemán SAP por la empresa de "
                + "datos Informatica.";

        // When the deals are read / Then SAP pays for Informatica
        assertOneDeal("es", text, "Informatica", "SAP", "9E8", "EUR");
    }

    @Test
    void aPayerWithNoOneAfterItIsNeverTheCompanyPaid() {
        // Given "los N que pagó X" and nothing bought named after it
        String text = "Los 9.000 millones de dólares que pagó Salesforce fueron en efectivo.";

        // When the deals are read / Then Salesforce is no target
        List<Deal> deals = extract("es", text);
        assertEquals(List.of(), deals.stream().filter(d -> "Salesforce".equals(d.target().name())).toList(), text);
    }
}
