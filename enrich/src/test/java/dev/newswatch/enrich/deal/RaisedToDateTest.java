package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sum a company has raised to date, with no investor named, is no deal (docs/EXTRACTION.md, session 18): "has raised
 * more than N in total", "bis heute", "seit seinem Bestehen". German "insgesamt" alone often gives the whole of the
 * round just told ("sammelte insgesamt 40 Milliarden ein"), so only "insgesamt mehr als" is a sum to date there, as
 * "has raised more than" is in English. A share paid by a named investor after the sum stays a deal. Sentences of our
 * own.
 */
class RaisedToDateTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Helsing has raised more than €1.4 billion from various investors to date.",
        "it|Helsing ha raccolto più di 1,4 miliardi di euro da diversi investitori.",
        "es|Helsing ha recaudado más de 1.400 millones de euros de distintos inversores.",
        "fr|Helsing a levé plus de 1,4 milliard d'euros auprès de divers investisseurs.",
        "de|Helsing hat insgesamt mehr als 1,4 Milliarden Euro von verschiedenen Investoren eingesammelt.",
        "de|Helsing hat bis heute 1,4 Milliarden Euro bei Investoren eingeworben.",
        "de|Helsing hat seit seinem Bestehen 1,4 Milliarden Euro eingesammelt.",
        "de|Helsing hat bis dato 1,4 Milliarden Euro eingesammelt."})
    void aSumRaisedToDateWithNoInvestorIsNoDeal(String language, String text) {
        assertEquals(0, DealCases.extract(language, text).size(), language + " \"" + text + "\"");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "de|Helsing sammelte insgesamt 450 Millionen Euro ein.",
        "de|Helsing gab eine Finanzierungsrunde über insgesamt 450 Millionen Euro bekannt."})
    void aBareTotalIsTheWholeOfTheRound(String language, String text) {
        assertOneDeal(language, text, "Helsing", null, "450E6", "EUR");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "de|Helsing hat insgesamt mehr als 1,4 Milliarden Euro eingesammelt, darunter 400 Millionen Euro von SAP."})
    void aShareOfTheSumPaidByANamedInvestorStaysADeal(String language, String text) {
        assertOneDeal(language, text, "Helsing", "SAP", "400E6", "EUR");
    }
}
