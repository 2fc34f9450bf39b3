package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A description ("the company", "la société") that raises money stands for the company the last sentences are about;
 * when they name two companies as often, the one the article has named most often so far is its subject, not the
 * one named first in the sentence before ("X co-founded Y at Mistral, then left Mistral to start Anthropic. [...]
 * The company raised").
 */
class TopicOfTheArticleOnATieTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Anthropic opened an office in Texas. Anthropic employs ninety people there. Its founder worked at "
                + "Mistral before. He quit Mistral to found Anthropic two years ago. This spring, the "
                + "company said it had closed a $40 million round.",
        "fr|Anthropic ouvre un bureau au Texas. Anthropic y emploie quatre-vingt-dix personnes. Son fondateur a travaillé chez "
                + "Mistral. Il a quitté Mistral et fondé Anthropic il y a deux ans. Ce printemps, la société a levé "
                + "40 millions de dollars.",
        "es|Anthropic abre una oficina en Texas. Anthropic emplea allí a noventa personas. Su fundador trabajó en "
                + "Mistral. Dejó Mistral y fundó Anthropic hace dos años. Esta primavera, la empresa captó 40 "
                + "millones de dólares."})
    void shouldGiveTheRoundToTheCompanyTheArticleIsAbout(String language, String text) {
        assertOneDeal(language, text, "Anthropic", null, "40000000", "USD");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // named more often in the last sentences, the nearer company keeps the description
        "en|Anthropic opened an office in Texas. Its founder worked at Mistral before. Mistral hired him again and "
                + "Mistral grew. This spring the company raised $40 million."})
    void shouldKeepTheCompanyNamedMostOftenInTheLastSentences(String language, String text) {
        assertOneDeal(language, text, "Mistral AI", null, "40000000", "USD");
    }
}
