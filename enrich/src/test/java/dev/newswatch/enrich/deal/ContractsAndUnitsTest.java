package dev.newswatch.enrich.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealType;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Contracts of compute named by their two sides (session 15): the two names before a contract word that is not the
 * first contract word of the clause ("The deal came after X widened its Y contract by $N"), and a list of possessive
 * owners before one contract noun ("X's $N and Y's $M Z deals"), each amount a contract between its own owner and Z;
 * the seller of compute of the pair is paid, and a pair with no seller says nothing about who pays.
 */
class ContractsAndUnitsTest {

    /** CoreWeave sells compute, as the shipped entity table says of the clouds. */
    private static final Predicate<String> SELLS_COMPUTE = "coreweave"::equals;

    private static List<Deal> deals(String language, String text) {
        return DealCases.EXTRACTOR.extract(text, language, DealCases.FINDER.find(text), SELLS_COMPUTE);
    }

    private static void assertContract(Deal deal, String context, String target, String investor, String amount) {
        assertEquals(target, deal.target().name(), context);
        assertNotNull(deal.investor(), context);
        assertEquals(investor, deal.investor().name(), context);
        assertEquals(0, deal.amount().compareTo(new BigDecimal(amount)), context);
        assertEquals(DealType.CONTRACT, deal.type(), context);
    }

    private static String context(String language, String text, List<Deal> deals) {
        return language + " \"" + text + "\" -> "
                + String.join("; ", deals.stream().map(EvaluationReport::summary).toList());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|The news came a week after CoreWeave enlarged its OpenAI agreement by $4.2 billion.",
        "en|That contract follows by days CoreWeave's $4.2 billion OpenAI deal.",
        "en|The deal comes after CoreWeave grew its OpenAI contract by $4.2 billion, bringing that total "
                + "to $15.1 billion."})
    void theTwoNamesBeforeALaterContractWordAreItsSides(String language, String text) {
        List<Deal> deals = deals(language, text);
        String context = context(language, text, deals);
        assertEquals(1, deals.size(), context);
        assertContract(deals.get(0), context, "CoreWeave", "OpenAI", "4.2E9");
    }

    @Test
    void eachAmountOfAListOfPossessiveOwnersIsTheContractOfItsOwner() {
        String text = "The figure trails CoreWeave's $12 billion and Microsoft's $80 billion OpenAI deals.";
        List<Deal> deals = deals("en", text);
        String context = context("en", text, deals);
        // Microsoft sells no compute here: its amount says nothing about who pays, and is no deal of CoreWeave's
        assertEquals(1, deals.size(), context);
        assertContract(deals.get(0), context, "CoreWeave", "OpenAI", "12E9");
    }

    @Test
    void threeOwnersInAListEachGetTheirOwnAmount() {
        String text = "It is smaller than Microsoft's $80 billion, CoreWeave's $12 billion and Meta's $5 billion "
                + "OpenAI contracts.";
        List<Deal> deals = deals("en", text);
        String context = context("en", text, deals);
        assertEquals(1, deals.size(), context);
        assertContract(deals.get(0), context, "CoreWeave", "OpenAI", "12E9");
    }
}
