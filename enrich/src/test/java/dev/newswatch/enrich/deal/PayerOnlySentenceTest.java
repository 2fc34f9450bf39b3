package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;
import static dev.newswatch.enrich.deal.DealCases.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.model.Deal;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sentence that names only the payer, with a paying verb and nothing paid ("Y, for its part, invested N"; "Y paid
 * N for this deal"), pays the company of the deal told just before, else the company the article is about (its
 * first sentences). Before, such an amount was refused for want of parties. Money a company spends on fines,
 * salaries, capital expenditure or costs, or pays for a thing it names, stays no deal. Sentences of our own.
 */
class PayerOnlySentenceTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Microsoft put $700 million into Poolside in March. Nvidia, for its part, invested $90 million.",
        "de|Microsoft steckte im März 700 Millionen Dollar in Poolside. Nvidia seinerseits hat 90 Millionen Dollar "
            + "investiert.",
        "it|Microsoft ha messo 700 milioni di dollari in Poolside a marzo. Nvidia, dal canto suo, ha investito 90 "
            + "milioni di dollari.",
        "fr|Microsoft a injecté 700 millions de dollars dans Poolside en mars. Nvidia, de son côté, a investi 90 "
            + "millions de dollars.",
        "es|Microsoft inyectó 700 millones de dólares en Poolside en marzo. Nvidia, por su parte, invirtió 90 "
            + "millones de dólares."})
    void thePayerAloneFundsTheCompanyOfTheDealJustBefore(String language, String text) {
        assertDeals(language, text, List.of(deal("Poolside", "Microsoft", "700E6", "USD"),
                deal("Poolside", "Nvidia", "90E6", "USD")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Poolside wins over new backers. The coding start-up met investors in London this week. Nvidia "
            + "contributed $90 million, people close to the talks said.",
        "de|Poolside gewinnt neue Geldgeber. Das Start-up traf diese Woche Investoren in London. Nvidia hat 90 "
            + "Millionen Dollar investiert.",
        "it|Poolside conquista nuovi soci. La startup ha incontrato gli investitori a Londra questa settimana. Nvidia "
            + "ha sborsato 90 milioni di dollari per l'operazione.",
        "fr|Poolside séduit de nouveaux investisseurs. La start-up a rencontré des investisseurs à Londres cette "
            + "semaine. Nvidia a déboursé 90 millions de dollars pour cette opération.",
        "es|Poolside suma nuevos socios. La startup se reunió con inversores en Londres esta semana. Nvidia "
            + "desembolsó 90 millones de dólares para esa operación."})
    void thePayerAloneFundsTheCompanyTheArticleIsAbout(String language, String text) {
        assertDeals(language, text, List.of(deal("Poolside", "Nvidia", "90E6", "USD")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Poolside wins over new backers. The coding start-up met investors this week. Nvidia paid $90 million in "
            + "fines last year.",
        "en|Poolside wins over new backers. The coding start-up met investors this week. Nvidia spent $90 million on "
            + "salaries and capital expenditure.",
        "en|Poolside wins over new backers. The coding start-up met investors this week. Nvidia invested $90 million "
            + "in a new campus near Austin.",
        "de|Poolside gewinnt neue Geldgeber. Das Start-up traf diese Woche Investoren. Nvidia zahlte 90 Millionen "
            + "Dollar an Strafen.",
        "de|Poolside gewinnt neue Geldgeber. Das Start-up traf diese Woche Investoren. Nvidia hat 90 Millionen "
            + "Dollar in neue Rechenzentren investiert.",
        "it|Poolside conquista nuovi soci. La startup ha incontrato gli investitori. Nvidia ha pagato 90 milioni di "
            + "dollari di multe.",
        "it|Poolside conquista nuovi soci. La startup ha incontrato gli investitori. Nvidia ha speso 90 milioni di "
            + "dollari in stipendi e costi operativi.",
        "fr|Poolside séduit de nouveaux investisseurs. La start-up a rencontré des investisseurs. Nvidia a versé 90 "
            + "millions de dollars en salaires.",
        "fr|Poolside séduit de nouveaux investisseurs. La start-up a rencontré des investisseurs. Nvidia a investi "
            + "90 millions de dollars dans ses usines.",
        "es|Poolside suma nuevos socios. La startup se reunió con inversores. Nvidia pagó 90 millones de dólares en "
            + "multas.",
        "es|Poolside suma nuevos socios. La startup se reunió con inversores. Nvidia invirtió 90 millones de "
            + "dólares sobre todo en gastos de capital."})
    void moneySpentOnAThingOrOnCostsStaysNoDeal(String language, String text) {
        assertDeals(language, text, List.of());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Poolside wins over new backers. The coding start-up met investors this week. Nvidia reported revenue of "
            + "$90 million.",
        "de|Poolside gewinnt neue Geldgeber. Das Start-up traf diese Woche Investoren. Nvidia setzte 90 Millionen "
            + "Dollar um.",
        "it|Poolside conquista nuovi soci. La startup ha incontrato gli investitori. Nvidia ha registrato ricavi per "
            + "90 milioni di dollari.",
        "fr|Poolside séduit de nouveaux investisseurs. La start-up a rencontré des investisseurs. Nvidia a réalisé un "
            + "chiffre d'affaires de 90 millions de dollars.",
        "es|Poolside suma nuevos socios. La startup se reunió con inversores. Nvidia facturó 90 millones de "
            + "dólares."})
    void revenueStaysNoDeal(String language, String text) {
        assertDeals(language, text, List.of());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Poolside closed a round of $45 million this week. Nvidia contributed $30 million.",
        "de|Poolside schloss diese Woche eine Runde über 45 Millionen Dollar ab. Nvidia hat 30 Millionen Dollar "
            + "investiert.",
        "it|Poolside ha chiuso questa settimana un round da 45 milioni di dollari. Nvidia ha investito 30 milioni di "
            + "dollari.",
        "fr|Poolside a levé cette semaine 45 millions de dollars lors d'un tour de table. Nvidia a investi 30 "
            + "millions de dollars.",
        "es|Poolside cerró esta semana una ronda de 45 millones de dólares. Nvidia aportó 30 millones de "
            + "dólares."})
    void theShareOfARoundToldWithoutItsInvestorIsNoDealOfItsOwn(String language, String text) {
        List<Deal> deals = extract(language, text);
        assertTrue(deals.stream().noneMatch(d -> d.amount().compareTo(new BigDecimal("30E6")) == 0),
                language + " " + deals);
    }
}
