package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A description standing as a subject ("l'azienda", "la società") looks back for a company named as a subject as far as
 * a subject pronoun does (six sentences), before any name after a preposition. Before, it looked back three sentences
 * for a subject and then took any name: a round of the buyer went to the company it had bought, named in between only
 * as "gli azionisti di Y". Sentences of our own.
 */
class SubjectDescriptionLooksBackForASubjectTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Nel frattempo l'azienda ha chiuso un round da 300 milioni di euro.",
        "Nel frattempo la società ha raccolto 300 milioni di euro in un nuovo round.",
        "Nel frattempo la società ha chiuso diversi round, l'ultimo dei quali da 300 milioni di euro a maggio."})
    void theRoundOfADescribedSubjectIsTheBuyersNotTheCompanyItBought(String last) {
        // Given a purchase, three sentences naming the company bought only after a preposition or not at all, then a
        // round whose subject is a description
        String text = "Mistral AI ha annunciato l'acquisto di Informatica per 2 miliardi di dollari. L'operazione sarà "
                + "pagata in contanti. Gli azionisti di Informatica riceveranno un premio del 40%. Il titolo è salito in "
                + "serata. " + last;
        // When the text is read
        // Then the round is the buyer's, the subject of the sentences before
        assertDeals("it", text, List.of(deal("Informatica", "Mistral AI", "2E9", "USD"),
                deal("Mistral AI", null, "300E6", "EUR")));
    }
}
