package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A lead described before its name by words no list holds, ending in a head noun ("led by software conglomerate
 * X", "mené par le géant américain des logiciels X"), and a lead named with its share of the round ("led by a $N
 * investment from X", "X führte die Runde mit N an", "il lead investor X, che partecipa con N").
 */
class LeadDescribedBeforeItsNameTest {

    static Stream<Arguments> shouldReadTheLeadAfterItsDescription() {
        return Stream.of(
                Arguments.of("en", "Perplexity closed a $70 million round. It was co-led by software conglomerate "
                        + "Salesforce and a group of angels."),
                Arguments.of("en", "Perplexity closed a $70 million round led by enterprise software group "
                        + "Salesforce."),
                Arguments.of("de", "Perplexity hat 70 Millionen Dollar eingesammelt. Angeführt wurde die Runde "
                        + "vom kalifornischen Softwarekonzern Salesforce."),
                Arguments.of("fr", "Perplexity a levé 70 millions de dollars. Le tour a été mené par le géant "
                        + "américain des logiciels Salesforce."),
                Arguments.of("it", "Perplexity ha raccolto 70 milioni di dollari. Il round è stato guidato dal "
                        + "colosso statunitense del software Salesforce."),
                Arguments.of("es", "Perplexity ha levantado 70 millones de dólares. La ronda fue liderada por el "
                        + "gigante californiano del software Salesforce."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void shouldReadTheLeadAfterItsDescription(String language, String text) {
        assertOneDeal(language, text, "Perplexity", "Salesforce", "70000000", "USD");
    }

    static Stream<Arguments> shouldReportTheRoundWithTheLeadNamedWithItsShare() {
        return Stream.of(
                Arguments.of("de", "Perplexity hat 70 Millionen Dollar eingesammelt. Salesforce führte die Runde "
                        + "mit einem Beitrag von 30 Millionen Dollar an."),
                Arguments.of("it", "Perplexity ha raccolto 70 milioni di dollari. Il lead investor è Salesforce, "
                        + "che ha messo 30 milioni di dollari."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void shouldReportTheRoundWithTheLeadNamedWithItsShare(String language, String text) {
        assertOneDeal(language, text, "Perplexity", "Salesforce", "70000000", "USD");
    }

    @Test
    void shouldGiveTheRoundTheInvestorOfTheShareThatLedIt() {
        assertDeals("en", "Perplexity wrapped up a $70 million raise of new equity, led by a $30 million investment "
                + "from the retirement fund Salesforce.", List.of(deal("Perplexity", "Salesforce", "70000000", "USD"),
                deal("Perplexity", "Salesforce", "30000000", "USD")));
    }
}
