package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A place the table does not know, named through a building or site and its preposition ("a data center in X"),
 * through what it is ("the prefecture of X", "la provincia di X") or where something stands ("located in X", "près de
 * X"), takes no party's place that only the deal reader would give it ({@code slot-place-phrases} of
 * {@code company-cues.yml}, Spanish first, now in every language). A company the table does not know in a party's
 * place stays one. Sentences of our own, with an invented place and invented companies.
 */
class PlaceAfterABuildingInEveryLanguageTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Oracle will spend $800 million to build a data center in Valdoria, near the coast.",
        "en|Oracle means to spend as much as $900 million on a campus located in Valdoria.",
        "en|Oracle will invest $600 million in a new building near Valdoria.",
        "fr|Oracle va investir 800 millions d'euros pour construire un centre de données à Valdoria.",
        "fr|Oracle investira 900 millions d'euros dans un campus situé à Valdoria.",
        "fr|L'État apporte une aide de 700 millions d'euros pour l'usine de puces de la commune de Valdoria.",
        "it|Oracle spenderà 800 milioni di euro per aprire un nuovo data center a Valdoria.",
        "it|Oracle investirà 900 milioni di euro nel campus situato a Valdoria.",
        "it|Oracle destinerà 620 milioni di euro al suo edificio vicino a Valdoria.",
        "de|Oracle will 800 Millionen Euro in ein Rechenzentrum in Valdoria investieren.",
        "de|Oracle investiert 900 Millionen Euro in einen Campus mit Sitz in Valdoria.",
        "de|Oracle investiert 650 Millionen Euro in sein neues Gebäude nahe Valdoria.",
        "es|Oracle gastará 800 millones de euros con la planta situada en Valdoria."})
    void aPlaceAfterABuildingOrASiteIsPaidNothing(String language, String text) {
        // Given money spent on a building in a place the table does not know / When the deals are read / Then none
        assertDeals(language, text, List.of());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Nvidia invested $500 million in Corvana, the companies said.|Corvana|Nvidia|500E6|USD",
        "fr|Tandrix Systems s'offre Corvana pour 2 milliards de dollars.|Corvana|Tandrix Systems|2E9|USD",
        "it|Tandrix Systems ha rilevato Corvana per 2,5 miliardi di dollari.|Corvana|Tandrix Systems|2.5E9|USD",
        "de|Tandrix Systems hat Corvana für 2 Milliarden Dollar gekauft.|Corvana|Tandrix Systems|2E9|USD",
        "es|Tandrix Systems ha comprado Corvana por 2.000 millones de dólares.|Corvana|Tandrix Systems|2E9|USD"})
    void aCompanyInAPartysPlaceStaysOne(String language, String sentence, String target, String investor,
                                       String amount, String currency) {
        // Given an unknown company where a deal puts its party, named once more in a headline line
        String text = target + " and " + investor + "\n" + sentence;

        // When the deals are read / Then it is the company paid
        assertOneDeal(language, text, target, investor, amount, currency);
    }
}
