package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A fronted adverbial before a raise verb (session 16, German only: the other four languages put the subject
 * before the verb): in a verb-second clause that opens with a time or a manner ("Im Mai", "Zuletzt"), the
 * company right after the raise verb is its subject and raises the amount that follows it.
 */
class FrontedAdverbialTest {

    static Stream<Arguments> theNameAfterTheVerbRaisesTheAmountAfterIt() {
        return Stream.of(
                Arguments.of("de", "Im Mai sammelte Cohere 500 Millionen Dollar ein."),
                Arguments.of("de", "Zuletzt holte Cohere im Oktober 500 Millionen Dollar von Investoren."),
                Arguments.of("de", "Vor zwei Wochen erhielt Cohere 500 Millionen Dollar und wurde mit 5 Milliarden "
                        + "Dollar bewertet."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theNameAfterTheVerbRaisesTheAmountAfterIt(String language, String text) {
        assertOneDeal(language, text, "Cohere", null, "5E8", "USD");
    }

    @Test
    void theLeadNamedLaterInTheSentenceStillPays() {
        assertOneDeal("de", "Im Frühjahr sicherte sich Helsing 600 Millionen Euro, angeführt von General Catalyst.",
                "Helsing", "General Catalyst", "6E8", "EUR");
    }

    @Test
    void aNameAfterTheVerbFarFromALaterAmountRaisesNothing() {
        // the verb's object is access to chips; the amount of the next sentence is no money the company received
        assertDeals("de", "Mit dem Abkommen bekommt Microsoft mehr Chips von Nvidia. Das Abkommen gehört zu "
                + "einem Programm von etwa 33 Milliarden Dollar.", List.of());
    }
}
