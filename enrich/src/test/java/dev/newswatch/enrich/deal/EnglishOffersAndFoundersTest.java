package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * English constructions of takeover and funding news read on fresh pages (session 29): the company bought answers a
 * bidder's offer ("agreed to Y's improved offer of $N", "accepted a $N offer from Y"); the former employer of a
 * start-up's founders pays nothing ("founded by former Google engineers"); a headline's sum over many start-ups in the
 * present tense ("AI start-ups raise over $1bn") is no one company's round; the debt a buyer takes on to pay for a
 * purchase is not its price. Sentences of our own.
 */
class EnglishOffersAndFoundersTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Poolside agrees to Microsoft's increased offer of $4.5bn",
        "Poolside on Friday agreed to Microsoft's sweetened offer of $4.5 billion.",
        "Poolside accepted Microsoft's offer of $4.5 billion after a week of talks.",
        "Poolside had agreed to a $4.5 billion offer from Microsoft in March.",
        "Poolside on Thursday accepted a sweetened $4.5 billion offer from Microsoft."})
    void theCompanyThatAnswersAnOfferIsBoughtByTheBidder(String text) {
        assertOneDeal("en", text, "Poolside", "Microsoft", "4.5E9", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Poolside, a start-up founded by former Google engineers, raised $120 million.",
        "Poolside, which was founded by former Google researchers, secured a $120 million Series B round.",
        "Poolside, a Paris start-up set up by ex Google staff, has raised $120 million."})
    void theFoundersFormerEmployerDoesNotPay(String text) {
        assertOneDeal("en", text, "Poolside", null, "120E6", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Robotics Start-ups Raise Over $900M in a Single Week",
        "European AI startups raise more than $2 billion in the first quarter"})
    void aSumOverManyStartUpsInAHeadlineIsNoDeal(String text) {
        assertEquals(List.of(), DealCases.extract("en", text), text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Oracle bought Cohere for $6 billion. Oracle is borrowing $4.2 billion of fresh debt to finance the purchase.",
        "Oracle bought Cohere for $6 billion. It raised $4.6 billion of bonds to finance the purchase."})
    void debtTakenOnToPayForAPurchaseIsNotItsPrice(String text) {
        assertOneDeal("en", text, "Cohere", "Oracle", "6E9", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Cohere raised $500 million in debt to build data centres.",
        "Cohere secured $500 million in new debt to fund its expansion in Europe."})
    void debtRaisedForOtherPurposesIsLeftAsItWas(String text) {
        assertEquals(1, DealCases.extract("en", text).size(), text);
    }
}
