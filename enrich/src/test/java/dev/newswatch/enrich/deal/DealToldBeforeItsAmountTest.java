package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A deal told without its amount, whose amount comes in a later sentence that refers back to it: Italian "il valore
 * dell'accordo" (the elided article written without a space, which the reference never matched) and German "Das
 * Angebot" (a bid told before). Found on pages where nothing at all was detected (batch 21: a purchase whose value the
 * fourth sentence gives; a bid whose total the next sentence gives). Sentences of our own.
 */
class DealToldBeforeItsAmountTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Salesforce ha rilevato Informatica. Il valore dell'accordo è di circa 8 miliardi di euro.",
        "Salesforce ha rilevato Informatica. Stando ad alcune fonti, il valore dell'accordo sarebbe di 8 miliardi di euro.",
        "Salesforce ha rilevato Informatica. Il valore dell’operazione ammonta a 8 miliardi di euro.",
        "Bruxelles esamina l'acquisizione da parte di Salesforce della società Informatica. La notifica è arrivata a "
                + "marzo. Il valore dell'acquisizione sarebbe di 8 miliardi di euro."})
    void italianValueOfTheDealToldBefore(String text) {
        assertOneDeal("it", text, "Informatica", "Salesforce", "8E9", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Salesforce hat ein Angebot für Informatica vorgelegt. Das Angebot beläuft sich auf 8 Milliarden Euro.",
        "Salesforce will Informatica übernehmen. Das Übernahmeangebot hat ein Volumen von 8 Milliarden Euro.",
        "Salesforce übernimmt Informatica. Das neue Angebot liegt bei 8 Milliarden Euro."})
    void germanBidToldBefore(String text) {
        assertOneDeal("de", text, "Informatica", "Salesforce", "8E9", "EUR");
    }

    /** A value of the company itself, an offer of products and an amount with no deal told before stay no deal. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "it|Informatica cresce in Europa. Il valore della società è di 8 miliardi di euro.",
        "it|Il valore dell'accordo quadro europeo sul clima è di 8 miliardi di euro.",
        "de|Informatica wächst in Europa. Das Angebot umfasst Software für 8 Milliarden Euro Umsatz.",
        "de|Das Angebot beläuft sich auf 8 Milliarden Euro."})
    void noDeal(String language, String text) {
        assertEquals(0, extract(language, text).size(), text + " -> " + extract(language, text));
    }
}
