package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Several payers joined by commas and a conjunction before a paying verb, with nothing paid named ("Nvidia and Google
 * invested N", "Nvidia, Google et Microsoft y ont investi N"), pay the company of the deal told just before, else the
 * company the article is about, as one payer alone does ({@link PayerOnlySentenceTest}); the first of them is the
 * investor told. Before, the second name made the clause name "another company" and the amount was refused. Money
 * spent on a thing the clause names, and a second company that is no co-payer (an apposition), stay no deal.
 * Sentences of our own.
 */
class CoordinatedPayersAloneTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Poolside wins over new backers. The coding start-up met investors this week. Nvidia and Google invested "
            + "$90 million.",
        "fr|Poolside séduit de nouveaux investisseurs. La start-up a rencontré des investisseurs cette semaine. "
            + "Nvidia, Google et Microsoft y ont investi 90 millions de dollars.",
        "de|Poolside gewinnt neue Geldgeber. Das Start-up traf diese Woche Investoren. Nvidia und Google haben 90 "
            + "Millionen Dollar investiert.",
        "it|Poolside conquista nuovi soci. La startup ha incontrato gli investitori questa settimana. Nvidia e Google "
            + "vi hanno investito 90 milioni di dollari.",
        "es|Poolside suma nuevos socios. La startup se reunió con inversores esta semana. Nvidia y Google "
            + "invirtieron 90 millones de dólares."})
    void joinedPayersFundTheCompanyTheArticleIsAbout(String language, String text) {
        assertDeals(language, text, List.of(deal("Poolside", "Nvidia", "90E6", "USD")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Microsoft put $700 million into Poolside in March. Nvidia and Google, for their part, invested $90 "
            + "million.",
        "fr|Microsoft a injecté 700 millions de dollars dans Poolside en mars. Nvidia et Google, de leur côté, ont "
            + "investi 90 millions de dollars."})
    void joinedPayersFundTheCompanyOfTheDealJustBefore(String language, String text) {
        assertDeals(language, text, List.of(deal("Poolside", "Microsoft", "700E6", "USD"),
                deal("Poolside", "Nvidia", "90E6", "USD")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|Poolside séduit de nouveaux investisseurs. La start-up a rencontré des investisseurs. Nvidia et Google "
            + "ont investi 90 millions de dollars dans leurs usines.",
        "fr|Poolside séduit de nouveaux investisseurs. La start-up a rencontré des investisseurs. Nvidia, concurrent "
            + "de Google, a investi 90 millions de dollars.",
        "en|Poolside wins over new backers. The coding start-up met investors this week. Nvidia and Google paid $90 "
            + "million in fines last year."})
    void spendingOnAThingOrACompanyInAnAppositionStaysNoDeal(String language, String text) {
        assertDeals(language, text, List.of());
    }
}
