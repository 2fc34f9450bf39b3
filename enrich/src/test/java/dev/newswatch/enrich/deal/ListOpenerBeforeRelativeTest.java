package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name that opens a list or an example after the sentence's own subject ("starting with X", "notably X", "a
 * partire da X", "à commencer par X", "empezando por X", "allen voran X"), followed by a relative clause with a raise:
 * the relative pronoun refers to that name, which raises, not to the subject of the main clause. English read
 * "starting with" as the preposition of a counterpart ("a deal with X") until session 18.
 */
class ListOpenerBeforeRelativeTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Databricks is seeing new rivals, starting with Helsing, which has just raised $2 billion.|2E9|USD",
        "en|Databricks is seeing new rivals, beginning with Helsing, which has just raised $2 billion.|2E9|USD",
        "en|Databricks is seeing new rivals, notably Helsing, which has just announced a $2 billion round.|2E9|USD",
        "en|Databricks is seeing new rivals, in particular Helsing, which raised $2 billion in June.|2E9|USD",
        "en|Databricks is seeing new rivals, especially Helsing, which has just raised $2 billion.|2E9|USD",
        "it|Databricks vede crescere nuovi rivali, a partire da Helsing, che ha appena raccolto 2 miliardi di "
                + "dollari.|2E9|USD",
        "it|Databricks vede crescere nuovi rivali, in particolare Helsing, che ha appena raccolto 2 miliardi di "
                + "dollari.|2E9|USD",
        "fr|Databricks voit émerger de nouveaux rivaux, à commencer par Helsing, qui vient de lever 2 milliards "
                + "de dollars.|2E9|USD",
        "fr|Databricks voit émerger de nouveaux rivaux, notamment Helsing, qui vient de lever 2 milliards de "
                + "dollars.|2E9|USD",
        "es|Databricks ve surgir nuevos rivales, empezando por Helsing, que acaba de recaudar 2.000 millones de "
                + "dólares.|2E9|USD",
        "es|Databricks ve surgir nuevos rivales, en particular Helsing, que acaba de recaudar 2.000 millones de "
                + "dólares.|2E9|USD",
        "de|Databricks bekommt neue Rivalen, allen voran Helsing, das gerade 2 Milliarden Dollar eingesammelt "
                + "hat.|2E9|USD",
        "de|Databricks bekommt neue Rivalen, insbesondere Helsing, das gerade 2 Milliarden Dollar eingesammelt "
                + "hat.|2E9|USD"})
    void theRelativeClauseRaisesForTheNameThatOpensTheList(String language, String text, String amount,
                                                          String currency) {
        assertOneDeal(language, text, "Helsing", null, amount, currency);
    }
}
