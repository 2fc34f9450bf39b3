package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import dev.newswatch.core.model.DealType;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A company that pays a price to hire another company's staff pays that company, as for its technology or a licence
 * ("Google is paying $2.4bn to hire X's top researchers", "sta pagando N per assumere i migliori dipendenti di X",
 * "paie N pour embaucher les chercheurs de X", "está pagando N para contratar a los empleados de X", "zahlt N, um die
 * Forscher von X einzustellen"): a contract paid to X. Before, Italian, French and Spanish read no deal, or the payer
 * as the one paid. Sentences of our own in the five languages.
 */
class StaffHiredForAPriceTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Oracle is paying $1.8 billion to hire Cohere's top researchers and license its models.|USD",
        "it|Oracle sta pagando 1,8 miliardi di dollari per assumere i migliori dipendenti di Cohere.|USD",
        "it|Oracle ha pagato 1,8 miliardi di euro per i ricercatori di Cohere.|EUR",
        "fr|Oracle paie 1,8 milliard de dollars pour embaucher les meilleurs chercheurs de Cohere.|USD",
        "es|Oracle está pagando 1.800 millones de dólares para contratar a los mejores empleados de Cohere.|USD",
        "de|Oracle zahlt 1,8 Milliarden Dollar, um die besten Forscher von Cohere einzustellen.|USD"})
    void thePayerOfTheStaffPaysTheirCompany(String language, String text, String currency) {
        Assertions.assertEquals(DealType.CONTRACT,
                assertOneDeal(language, text, "Cohere", "Oracle", "1.8E9", currency).type());
    }
}
