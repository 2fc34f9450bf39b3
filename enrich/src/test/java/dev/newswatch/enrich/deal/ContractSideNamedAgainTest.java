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

    /** Oracle is taken here as the seller of compute, as the shipped entity table says of the clouds. */
    private static final Predicate<String> SELLS_COMPUTE = "oracle"::equals;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // the subject is a description of one side; both sides are named again in a relative clause
        "en|Managers at Anthropic confirmed an $11 billion deal with Oracle, under which Anthropic will rent Oracle's "
            + "servers until 2029.",
        "it|I dirigenti di Anthropic hanno confermato un accordo con Oracle del valore di 11 miliardi di "
            + "dollari, in base al quale Anthropic userà i server di Oracle fino al 2029.",
        "es|Los ejecutivos de Anthropic confirmaron un acuerdo de 11.000 millones de dólares con Oracle, según el "
            + "cual Anthropic alquilará los servidores de Oracle hasta 2029.",
        "fr|Les cadres d'Anthropic ont confirmé un accord de 11 milliards de dollars avec Oracle, en vertu duquel "
            + "Anthropic louera les serveurs d'Oracle jusqu'en 2029.",
        "de|Die Führung von Anthropic bestätigte eine Vereinbarung über 11 Milliarden Dollar mit Oracle, wonach "
            + "Anthropic die Server von Oracle bis 2029 mietet.",
        // a deal between the two, the seller named again after the verb
        "en|The new $11 billion deal between Anthropic and Oracle consolidated Oracle's role in the market.",
        "it|Il nuovo accordo da 11 miliardi di dollari tra Anthropic e Oracle ha consolidato il ruolo di Oracle "
            + "nel mercato.",
        "es|El nuevo acuerdo de 11.000 millones de dólares entre Anthropic y Oracle consolidó el papel de Oracle "
            + "en el mercado.",
        "fr|Le nouvel accord de 11 milliards de dollars entre Anthropic et Oracle a consolidé le rôle d'Oracle "
            + "sur le marché.",
        "de|Die neue Vereinbarung über 11 Milliarden Dollar zwischen Anthropic und Oracle festigte die Rolle von "
            + "Oracle am Markt."})
    void theSellerOfComputeIsPaidThoughASideIsNamedAgain(String language, String text) {
        List<Deal> deals = DealCases.EXTRACTOR.extract(text, language, DealCases.FINDER.find(text), SELLS_COMPUTE);
        assertEquals("oracle <- anthropic 11000000000 USD", DealCases.summary(deals), language + " \"" + text + "\"");
    }
}
