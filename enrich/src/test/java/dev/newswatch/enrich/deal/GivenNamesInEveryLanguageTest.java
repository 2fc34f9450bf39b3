package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A person named with a common given name of any of the five languages (or of tech news elsewhere) is no company:
 * {@code first-names} of {@code company-cues.yml} now hold French, German, Spanish, Nordic, Indian and other given
 * names besides the English and Italian ones, so a founder who means to raise money is paid nothing, and the company
 * founded by one is still paid. Sentences of our own, with invented people and companies.
 */
class GivenNamesInEveryLanguageTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Its founder Nikhil Varrow says he will raise up to $2 billion for the venture.",
        "fr|Son fondateur, Mattias Brenholm, promet de lever jusqu'à 2 milliards d'euros.",
        "it|Il fondatore Mattias Brenholm punta a raccogliere fino a 2 miliardi di euro.",
        "de|Gründer Jürgen Wendt will bis zu 2 Milliarden Euro einsammeln.",
        "es|Su fundador, Álvaro Menzel, quiere levantar hasta 2.000 millones de euros."})
    void aPersonWhoMeansToRaiseIsPaidNothing(String language, String text) {
        // Given a founder named with a given name and a surname / When the deals are read / Then none
        assertDeals(language, text, List.of());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Corvana, co-founded by Nikhil Varrow, raised $20 million.|20E6|USD",
        "fr|Corvana, fondée par Timothée Varrel, a levé 20 millions d'euros.|20E6|EUR",
        "it|Corvana, fondata da Mattias Brenholm, ha raccolto 20 milioni di euro.|20E6|EUR",
        "de|Corvana, gegründet von Jürgen Wendt, hat 20 Millionen Euro eingesammelt.|20E6|EUR",
        "es|Corvana, fundada por Álvaro Menzel, ha captado 20 millones de euros.|20E6|EUR"})
    void theCompanyFoundedByOneIsPaid(String language, String text, String amount, String currency) {
        // Given a company and the person who founded it / When the deals are read / Then the company raised
        assertOneDeal(language, text, "Corvana", null, amount, currency);
    }
}
