package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import dev.newswatch.core.model.DealType;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A company that pays a price to hire another company's staff pays that company, as for its technology or a licence
 * ("Google is paying $2.4bn to hire X's top researchers", "sta pagando N per assumere gli ingegneri più bravi di X",
 * "paie N pour embaucher les chercheurs de X", "está pagando N para contratar a los empleados de X", "zahlt N, um die
 * Forscher von X einzustellen"): a contract paid to X. Before, Italian, French and Spanish read no deal, or the payer
 * as the one paid. Sentences of our own in the five languages.
 */
class StaffHiredForAPriceTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Apple is paying $2.1 billion to hire Perplexity's top researchers and license its models.|USD",
        "it|Apple sta pagando 2,1 miliardi di dollari per assumere gli ingegneri più bravi di Perplexity.|USD",
        "it|Apple ha pagato 2,1 miliardi di euro per i ricercatori di Perplexity.|EUR",
        "fr|Apple paie 2,1 milliards de dollars pour embaucher les meilleurs chercheurs de Perplexity.|USD",
        "es|Apple está pagando 2.100 millones de dólares para contratar a los mejores empleados de Perplexity.|USD",
        "de|Apple zahlt 2,1 Milliarden Dollar, um die besten Forscher von Perplexity einzustellen.|USD"})
    void thePayerOfTheStaffPaysTheirCompany(String language, String text, String currency) {
        Assertions.assertEquals(DealType.CONTRACT,
                assertOneDeal(language, text, "Perplexity", "Apple", "2.1E9", currency).type());
    }
}
