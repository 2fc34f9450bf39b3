package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A company's bond is money it raises from lenders, and the German business press tells it with the bond as the only
 * deal word: "X platziert Anleihen über N", "X begibt eine Anleihe im Volumen von N", "X hat N an
 * Anleihefinanzierungen abgeschlossen" (docs/EXTRACTION.md, session 21). The bond of a state ("Staatsanleihen",
 * "Bundesanleihen") is no deal, nor are bonds bought or held, nor is a goal set for the bonds of a year. Sentences
 * of our own.
 */
class CompanyBondIssueTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Der Chipkonzern Infineon hat am Kapitalmarkt Anleihen über 1,8 Milliarden Euro platziert.",
        "Der Chipkonzern Infineon platziert eine Anleihe über 1,8 Milliarden Euro.",
        "Der Halbleiterhersteller Infineon bringt eine Anleihe im Volumen von 1,8 Milliarden Euro bei Anlegern unter.",
        "Der Chipkonzern Infineon begibt noch in dieser Woche Unternehmensanleihen über 1,8 Milliarden Euro.",
        "Der Chipkonzern Infineon hat im Frühjahr 1,8 Milliarden Euro an kurzlaufenden Anleihefinanzierungen "
            + "abgeschlossen."})
    void aCompanyThatIssuesBondsRaisesTheirAmount(String text) {
        assertOneDeal("de", text, "Infineon", null, "1.8E9", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Die Notenbank kaufte im Mai Staatsanleihen im Wert von 20 Milliarden Euro.",
        "Der Bund hat Bundesanleihen über 20 Milliarden Euro platziert.",
        // bonds bought or held are a portfolio, not money the buyer raises
        "Die Notenbank erwarb im Herbst Unternehmensanleihen von Infineon im Wert von 20 Milliarden Euro.",
        "Der Versicherer Allianz hält Anleihen über 20 Milliarden Euro.",
        "Infineon, dessen Ziel für die Anleiheausgabe im laufenden Jahr auf 20 Milliarden Euro festgelegt wurde, "
            + "wartet noch ab."})
    void aStateBondOrAGoalForBondsIsNoDeal(String text) {
        assertEquals(0, DealCases.extract("de", text).size(), text);
    }
}
