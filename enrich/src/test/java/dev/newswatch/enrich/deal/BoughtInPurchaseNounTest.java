package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealType;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A headline item of a round-up: "A <verb> B in a $N acquisition" buys B for A whatever the verb says ("finds",
 * "lands", "grabs"), the amount followed by a purchase noun (lexicon key boughtInDeal, English: the other languages
 * give the price with their "for"). Before, a raise verb read the amount as a raise of the buyer, and another verb
 * gave no deal. Sentences of our own.
 */
class BoughtInPurchaseNounTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Exits\\n\\nOracle finds Zentrix in $250m acquisition\\n\\nBaidu catches Kitt.AI|Oracle|Zentrix",
        "Exits\\n\\nSymantec lands Zentrix in a $250m acquisition.\\n\\nBaidu catches Kitt.AI|Symantec|Zentrix",
        "Oracle grabs Halvane Systems in $400 million takeover|Oracle|Halvane Systems"})
    void theSecondNameIsBoughtByTheFirst(String text, String buyer, String bought) {
        // Given a headline naming a buyer, a verb, a company and "in a $N acquisition"; When it is read; Then the
        // company is bought by the buyer for that amount, and the buyer raises nothing
        List<Deal> deals = extract("en", text.replace("\\n", "\n"));
        assertTrue(deals.stream().anyMatch(d -> d.type() == DealType.ACQUISITION && d.target() != null
                && bought.equals(d.target().name()) && d.investor() != null && buyer.equals(d.investor().name())),
                () -> text + " -> " + deals);
        assertTrue(deals.stream().noneMatch(d -> d.target() != null && buyer.equals(d.target().name())),
                () -> text + " -> " + deals);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Zentrix raised $250m in a round led by Symantec.|Zentrix"})
    void aRaiseInARoundStaysARaise(String text, String raising) {
        // Given a raise told with "in a round" (no purchase noun after the amount); When it is read; Then it is still
        // the raise of the company that raises
        List<Deal> deals = extract("en", text);
        assertTrue(deals.stream().anyMatch(d -> d.type() == DealType.INVESTMENT && d.target() != null
                && raising.equals(d.target().name())), () -> text + " -> " + deals);
    }
}
