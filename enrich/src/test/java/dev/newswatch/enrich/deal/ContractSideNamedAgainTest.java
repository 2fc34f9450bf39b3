package dev.newswatch.enrich.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.Deal;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A contract between a seller of compute and another company whose clause names one or both of them again after the
 * amount ("X signed a deal of N with Y, under which Y will use X's data centres"): still a contract of two companies,
 * and the seller is paid. Sentences of our own in the five languages.
 */
class ContractSideNamedAgainTest {

    /** CoreWeave sells compute, as the shipped entity table says of the clouds. */
    private static final Predicate<String> SELLS_COMPUTE = "coreweave"::equals;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // the subject is a description of one side; both sides are named again in a relative clause
        "en|Executives at Meta confirmed a $14 billion deal with CoreWeave, under which Meta will use CoreWeave's "
            + "data centres until 2031.",
        "it|I dirigenti di Meta hanno confermato un accordo con CoreWeave del valore di 14 miliardi di "
            + "dollari, in base al quale Meta userà i centri di CoreWeave fino al 2031.",
        "es|Los directivos de Meta confirmaron un acuerdo de 14.000 millones de dólares con CoreWeave, según el cual "
            + "Meta usará los centros de CoreWeave hasta 2031.",
        "fr|Les dirigeants de Meta ont confirmé un accord de 14 milliards de dollars avec CoreWeave, en vertu duquel "
            + "Meta utilisera les centres de CoreWeave jusqu'en 2031.",
        "de|Die Manager von Meta bestätigten eine Vereinbarung über 14 Milliarden Dollar mit CoreWeave, wonach Meta "
            + "die Rechenzentren von CoreWeave bis 2031 nutzt.",
        // a deal between the two, the seller named again after the verb
        "en|The recent $14 billion deal between Meta and CoreWeave strengthened CoreWeave's position in the sector.",
        "it|Il recente accordo da 14 miliardi di dollari tra Meta e CoreWeave ha rafforzato la posizione di CoreWeave "
            + "nel settore.",
        "es|El reciente acuerdo de 14.000 millones de dólares entre Meta y CoreWeave reforzó la posición de CoreWeave "
            + "en el sector.",
        "fr|Le récent accord de 14 milliards de dollars entre Meta et CoreWeave a renforcé la position de CoreWeave "
            + "dans le secteur.",
        "de|Die jüngste Vereinbarung über 14 Milliarden Dollar zwischen Meta und CoreWeave stärkte die Position von "
            + "CoreWeave in der Branche."})
    void theSellerOfComputeIsPaidThoughASideIsNamedAgain(String language, String text) {
        List<Deal> deals = DealCases.EXTRACTOR.extract(text, language, DealCases.FINDER.find(text), SELLS_COMPUTE);
        assertEquals("coreweave <- meta 14000000000 USD", DealCases.summary(deals), language + " \"" + text + "\"");
    }
}
