package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A German compound that ends in a round or financing noun ("Series-C-Finanzierungsrunde", "Wachstumsfinanzierung")
 * names the deal, not a company, though German capitalises it and a deal verb follows it. Sentences of our own; the
 * other four languages write such nouns in lower case.
 */
class RoundCompoundNotCompanyTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text) {
        return finder.find(text, "de", List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Im dritten Teil einer Series-C-Finanzierungsrunde sammelte das Start-up Zentrix 150 Millionen Euro ein.",
        "Eine Series-B-Finanzierungsrunde über 80 Millionen Euro schloss das Start-up Zentrix ab.",
        "Mit der Wachstumsfinanzierung von 120 Millionen Euro will das Start-up Zentrix expandieren.",
        "Die Investitionsrunden des Start-ups Zentrix brachten zusammen 200 Millionen Euro."})
    void shouldReadTheCompanyAndNotTheRoundCompound(String text) {
        assertEquals(List.of("Zentrix"), names(text));
    }
}
