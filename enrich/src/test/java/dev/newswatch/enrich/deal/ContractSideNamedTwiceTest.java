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
 * between Meta and CoreWeave [...] CoreWeave's position", "ChatGPT" for OpenAI): still a contract of two sides, and the
 * seller is paid. Sentences of our own in the five languages.
 */
class ContractSideNamedTwiceTest {

    /** CoreWeave sells compute, as the shipped entity table says of the clouds. */
    private static final Predicate<String> SELLS_COMPUTE = "coreweave"::equals;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|The recent $13 billion deal between Meta and CoreWeave made a splash, strengthening CoreWeave's position.",
        "it|Il recente accordo da 13 miliardi di dollari tra Meta e CoreWeave ha fatto scalpore, rafforzando la "
            + "posizione di CoreWeave.",
        "es|El reciente acuerdo de 13.000 millones de dólares entre Meta y CoreWeave causó revuelo y reforzó la "
            + "posición de CoreWeave.",
        "fr|Le récent accord de 13 milliards de dollars entre Meta et CoreWeave a fait du bruit et renforcé la "
            + "position de CoreWeave.",
        "de|Der jüngste Vertrag über 13 Milliarden Dollar zwischen Meta und CoreWeave stärkt die Stellung von "
            + "CoreWeave."})
    void theSellerOfComputeIsPaidWhenItIsNamedTwice(String language, String text) {
        List<Deal> deals = DealCases.EXTRACTOR.extract(text, language, DealCases.FINDER.find(text), SELLS_COMPUTE);
        String context = language + " \"" + text + "\" -> "
                + String.join("; ", deals.stream().map(EvaluationReport::summary).toList());
        assertEquals(1, deals.size(), context);
        assertEquals("CoreWeave", deals.get(0).target().name(), context);
        assertNotNull(deals.get(0).investor(), context);
        assertEquals("Meta", deals.get(0).investor().name(), context);
        assertEquals(0, deals.get(0).amount().compareTo(new BigDecimal("13E9")), context);
    }
}
