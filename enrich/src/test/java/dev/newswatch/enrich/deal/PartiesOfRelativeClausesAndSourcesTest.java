package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.deal;
import static dev.newswatch.enrich.deal.DealCases.assertDeals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which name of a sentence is the party when the deal is told in a relative clause or the sentence names a source.
 * A company named before "che"/"which" that paid an amount for the purchase of another buys it, whatever preposition
 * stands before the company ("il primato spetta a X, che ha sborsato N per l'acquisizione di Y"): before, the purchase
 * noun found no buyer and the company the text was about took it. A company bought in a past passive relative ("Y, che
 * fu rilevata anni fa per N") is the company bought: "fu", "venne", "era stata" are Italian passive auxiliaries now.
 * A name inside a relative aside closed before a round ("l'azienda, che ha creato X, ha chiuso vari round") does not own
 * the round. A newspaper named after "come riporta" is a source, not the company raising. Sentences of our own.
 */
class PartiesOfRelativeClausesAndSourcesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "it|Apple ha comprato Shazam per 400 milioni di dollari. Il primato spetta però a Oracle, che ha sborsato ben "
                + "28 miliardi di dollari per l'acquisto di Informatica nel 2022.",
        "it|Apple ha comprato Shazam per 400 milioni di dollari. Il record va a Oracle, che ha pagato 28 miliardi di "
                + "dollari per l'acquisto di Informatica.",
        "it|Apple ha comprato Shazam per 400 milioni di dollari. Tuttavia la corona va a Oracle, che ha sborsato ben "
                + "28,0 miliardi di dollari per l'acquisto di Informatica.",
        "en|Apple bought Shazam for $400 million. The record goes to Oracle, which paid $28 billion for the acquisition "
                + "of Informatica in 2022."})
    void theCompanyWhoPaidForThePurchaseInARelativeClauseBuys(String language, String text) {
        // Given an earlier purchase by another company, then a relative clause whose antecedent paid for a purchase
        // When the text is read
        // Then the antecedent of the relative clause is the buyer of the second purchase
        assertDeals(language, text, List.of(deal("Shazam", "Apple", "400E6", "USD"),
                deal("Informatica", "Oracle", "28E9", "USD")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Il gruppo valuta altre operazioni. L'affare avrebbe superato quello di Informatica, che fu acquisita nel 2021 "
                + "per 27 miliardi di dollari.",
        "Il gruppo valuta altre operazioni. Il prezzo supera quello pagato per Informatica, che venne rilevata nel 2021 "
                + "per 27 miliardi di dollari.",
        "Il gruppo valuta altre operazioni. Il prezzo supera quello pagato per Informatica, che era stata acquistata "
                + "per 27 miliardi di dollari."})
    void theCompanyOfAPastPassiveRelativeIsTheOneBought(String text) {
        // Given a company followed by a relative clause in a past passive with a price and no buyer
        // When it is read
        // Then that company is the one bought, by no one named
        assertOneDeal("it", text, "Informatica", null, "27E9", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Intanto l'azienda, che ha disegnato Lumio e ha lanciato l'app Pixa, ha chiuso vari round, l'ultimo dei "
                + "quali da 300 milioni di euro a maggio.",
        "L'azienda, che ha creato Lumio, ha chiuso diversi round, l'ultimo dei quali da 300 milioni di euro."})
    void aNameInsideARelativeAsideDoesNotOwnTheRoundOfTheMainClause(String text) {
        // Given a company the table does not know, then a description of it with a relative aside naming a product,
        // then its rounds
        // When it is read
        // Then the round is the company's, not the product's named inside the aside
        assertOneDeal("it", "Corvana\nCorvana, nota per le sue app, continua a crescere. " + text, "Corvana", null,
                "300E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Corvana chiude un nuovo round da 80 milioni di euro con tre fondi. Come riporta il Messaggero Veneto, l'operazione porta la "
                + "raccolta complessiva della startup a 400 milioni.",
        "Corvana chiude un nuovo round da 80 milioni di euro con tre fondi. Come riportato dalla Gazzetta Padana, la raccolta "
                + "complessiva della startup sale a 400 milioni."})
    void aNewspaperNamedAsTheSourceIsNoParty(String text) {
        // Given a round, then a sentence naming a newspaper as its source and a total raised so far
        // When it is read
        // Then only the round is a deal; the newspaper raises nothing
        assertOneDeal("it", "Corvana\n" + text, "Corvana", null, "80E6", "EUR");
    }
}
