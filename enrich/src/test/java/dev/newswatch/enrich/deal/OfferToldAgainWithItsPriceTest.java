package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A purchase told first without a price ("X negocia adquirir Y") often gets its price in the next sentence through an
 * indefinite noun with its price ("X plantea una compra valorada en N") or through the buyer's offer ("Su
 * última oferta asciende a N"): Spanish dealReferences, so that the amount goes to the purchase told before
 * (docs/EXTRACTION.md, session 21). Sentences of our own.
 */
class OfferToldAgainWithItsPriceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Salesforce negocia adquirir Informatica. Salesforce plantea ahora una adquisición valorada en 8.000 millones de dólares.",
        "Salesforce quiere comprar Informatica. En su última oferta, Salesforce ha planteado una compra valorada en 8.000 millones de dólares.",
        "Salesforce quiere comprar Informatica. Su oferta asciende a 8.000 millones de dólares.",
        "Salesforce está en conversaciones para adquirir Informatica. La nueva oferta ronda los 8.000 millones de dólares."})
    void theOfferToldAgainGivesItsPriceToThePurchaseBefore(String text) {
        assertOneDeal("es", text, "Informatica", "Salesforce", "8E9", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a public offering of shares is no offer for a company told before
        "Salesforce quiere comprar Informatica. La oferta pública de venta de Helsing fue de 800 millones de dólares."})
    void aPublicOfferingIsNoReferenceToThePurchase(String text) {
        assertEquals(0, DealCases.extract("es", text).stream()
                .filter(d -> "Informatica".equals(d.target().name())).count(), text);
    }
}
