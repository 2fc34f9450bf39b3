package dev.newswatch.enrich.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.newswatch.core.model.Deal;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A contract between a seller of compute and another company whose clause names one of the two again ("the deal
 * between Anthropic and Oracle [...] Oracle's role", "ChatGPT" for OpenAI): still a contract of two sides, and the
 * seller is paid. Sentences of our own in the five languages.
 */
class ContractSideNamedTwiceTest {

    /** Oracle is taken here as the seller of compute, as the shipped entity table says of the clouds. */
    private static final Predicate<String> SELLS_COMPUTE = "oracle"::equals;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|The latest $12 billion deal between Anthropic and Oracle drew attention, consolidating Oracle's role.",
        "it|L'ultimo accordo da 12 miliardi di dollari tra Anthropic e Oracle ha attirato l'attenzione, consolidando "
            + "il ruolo di Oracle.",
        "es|El último acuerdo de 12.000 millones de dólares entre Anthropic y Oracle llamó la atención y "
            + "consolidó el papel de Oracle.",
        "fr|Le dernier accord de 12 milliards de dollars entre Anthropic et Oracle a attiré l'attention et consolidé "
            + "le rôle d'Oracle.",
        "de|Der neueste Vertrag über 12 Milliarden Dollar zwischen Anthropic und Oracle festigt die Rolle von "
            + "Oracle."})
    void theSellerOfComputeIsPaidWhenItIsNamedTwice(String language, String text) {
        List<Deal> deals = DealCases.EXTRACTOR.extract(text, language, DealCases.FINDER.find(text), SELLS_COMPUTE);
        String context = language + " \"" + text + "\" -> "
                + String.join("; ", deals.stream().map(EvaluationReport::summary).toList());
        assertEquals(1, deals.size(), context);
        assertEquals("Oracle", deals.get(0).target().name(), context);
        assertNotNull(deals.get(0).investor(), context);
        assertEquals("Anthropic", deals.get(0).investor().name(), context);
        assertEquals(0, deals.get(0).amount().compareTo(new BigDecimal("12E9")), context);
    }
}
