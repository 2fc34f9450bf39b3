package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * German verb-final clauses opened by a subordinating conjunction ("dass", "wo", "nachdem", "als", "weil") whose
 * subject is a description with "der" before the name ("wo der Datenspezialist X zum Jahresende N einsammelte"):
 * "der" right after such a conjunction is the nominative article of the subject, not a genitive that makes the name
 * the owner of something. "die Firma X" and a bare name were read already. Sentences of our own.
 */
class GermanSubjectAfterConjunctionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Den größten Coup gab es in Kalifornien, wo der Datenspezialist Databricks zum Jahresende 9 Milliarden Dollar "
                + "von Investoren einsammelte.",
        "Die Zeitung berichtet, dass der Softwarekonzern Databricks 9 Milliarden Dollar eingesammelt hat.",
        "Die Aktie stieg, nachdem der Analyse-Anbieter Databricks 9 Milliarden Dollar erhielt."})
    void describedSubjectRaises(String text) {
        assertOneDeal("de", text, "Databricks", null, "9E9", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Es heißt, dass der Chipkonzern Nvidia 5 Milliarden Dollar in Intel investierte.",
        "Die Kurse stiegen, als der Chipkonzern Nvidia 5 Milliarden Dollar in Intel investierte."})
    void describedSubjectInvests(String text) {
        assertOneDeal("de", text, "Intel", "Nvidia", "5E9", "USD");
    }

    /** A revenue, a valuation and a genitive "der" after a noun (not after a conjunction) stay as they were. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Bekannt ist, dass der Datenspezialist Databricks 9 Milliarden Dollar Umsatz erzielte.",
        "Es heißt, dass der Datenspezialist Databricks mit 9 Milliarden Dollar bewertet wurde.",
        "Die Zeitung berichtet, dass der Umsatz der Sparte von Databricks 9 Milliarden Dollar erreichte."})
    void noDeal(String text) {
        assertEquals(0, extract("de", text).size(), text + " -> " + extract("de", text));
    }
}
