package dev.newswatch.enrich.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The learned backstop after the rules, with hand-made weights: it adds a deal for an amount the rules leave, paid
 * to the candidate the target model prefers, never changes or repeats the rules' deals, and adds nothing below its
 * threshold. The bundled weights are data; what they add is measured on labelled pages, not here.
 */
class DealBackstopTest {

    /** The rules read the raise and leave the valuation after it. */
    private static final String RAISE_AND_VALUATION =
            "Cohere raised $500 million from Oracle on Tuesday, and the round values the company at $5 billion.";

    /** Every amount is a deal, paid to the first candidate (its sentence's first company), with no investor. */
    private static final List<String> EAGER = List.of(
            "threshold\tamount\t0.5",
            "threshold\tinvestor\t0.5",
            "amount\tbias\t6",
            "target\tc:first\t6",
            "investor\tc:bias\t-4");

    private static List<Deal> extract(List<String> weights, String text) {
        DealExtractor extractor = new DealExtractor(UsdRates.defaults(), DealBackstop.of(DealModel.parse(weights)));
        return extractor.extract(text, "en", DealCases.FINDER.find(text));
    }

    @Test
    void shouldAddTheAmountTheRulesLeaveWhenTheModelReadsItAsADeal() {
        List<Deal> rules = extract(List.of("threshold\tamount\t1"), RAISE_AND_VALUATION);
        List<Deal> deals = extract(EAGER, RAISE_AND_VALUATION);

        assertEquals(1, rules.size(), DealCases.summary(rules));
        assertEquals(2, deals.size(), DealCases.summary(deals));
        assertEquals(rules.get(0), deals.get(0), "the rules' deal is kept as it was");
        Deal added = deals.get(1);
        assertEquals(0, added.amount().compareTo(new BigDecimal("5000000000")));
        assertEquals("cohere", added.target().id());
        assertNull(added.investor());
        assertEquals(DealType.INVESTMENT, added.type());
        assertTrue(RAISE_AND_VALUATION.contains(added.evidence()));
    }

    @Test
    void shouldAddNothingBelowTheThreshold() {
        List<String> shy = new ArrayList<>(EAGER);
        shy.set(0, "threshold\tamount\t0.999");

        List<Deal> deals = extract(shy, RAISE_AND_VALUATION);

        assertEquals("cohere <- oracle 500000000 USD", DealCases.summary(deals));
    }

    @Test
    void shouldNeverAddAnAmountARuleDealCarries() {
        String text = "Anthropic raised $4 billion from Amazon, and Amazon said the $4 billion came in two parts.";

        List<Deal> deals = extract(EAGER, text);

        assertEquals("anthropic <- amazon 4000000000 USD", DealCases.summary(deals));
    }

    @Test
    void shouldAddOneDealForAnAmountWrittenTwice() {
        String text = "Mistral AI raised $600 million from General Catalyst. Its valuation is now $6 billion, "
                + "and Mistral AI says the $6 billion figure is only a start.";

        List<Deal> deals = extract(EAGER, text);

        assertEquals(1, deals.stream().filter(d -> d.amountUsd().compareTo(new BigDecimal("6000000000")) == 0)
                .count(), DealCases.summary(deals));
    }

    @Test
    void shouldAddNothingWithoutBackstop() {
        DealExtractor extractor = new DealExtractor(UsdRates.defaults(), DealBackstop.none());

        List<Deal> deals = extractor.extract(RAISE_AND_VALUATION, "en", DealCases.FINDER.find(RAISE_AND_VALUATION));

        assertEquals("cohere <- oracle 500000000 USD", DealCases.summary(deals));
    }

    @Test
    void shouldRecordEveryAmountWithWhetherARuleDealCarriesIt() {
        List<DealBackstop.Row> rows = new ArrayList<>();
        DealExtractor extractor = new DealExtractor(UsdRates.defaults(), DealBackstop.recording(rows::add));

        List<Deal> deals = extractor.extract(RAISE_AND_VALUATION, "en", DealCases.FINDER.find(RAISE_AND_VALUATION));

        assertEquals(1, deals.size(), "recording adds no deal");
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).carried());
        assertTrue(!rows.get(1).carried());
        assertTrue(rows.get(1).features().contains("lang=en"), rows.get(1).features().toString());
        assertEquals(List.of("cohere", "oracle"), rows.get(1).candidates().stream()
                .map(c -> c.party().id()).toList());
    }
}
