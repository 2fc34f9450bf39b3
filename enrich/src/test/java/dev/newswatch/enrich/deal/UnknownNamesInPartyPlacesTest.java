package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.model.Deal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Companies the entity table does not know, named where no description or cue says they are companies, but where the
 * grammar that reads known companies puts a party: the object of a buying verb (in German also after a noun
 * that describes the buyer: "dass der Konzern Corvana übernehmen werde"), where an investment goes, the one a
 * stake is taken in, the buyer of a compound tense ("Tandrix hat Corvana gekauft"). A sentence with an amount and a
 * deal word that gave no deal is read again with such names as companies, and the deal is kept when one of them is a
 * party. Capitalised words that are no names stay out: a common word opening a sentence once, German nouns after an
 * article or a number, places after French "en", abbreviations in brackets, the rest of a name cut at a word that is
 * no name. Sentences of our own, with invented companies, in the five languages; each text opens with a line that
 * names the company once more, as a headline would.
 */
class UnknownNamesInPartyPlacesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Nvidia is pouring $500 million into Corvana.|Corvana|Nvidia|500E6|USD",
        "en|Nvidia put $500 million into Corvana, the companies said.|Corvana|Nvidia|500E6|USD",
        "en|Tandrix Systems agreed to take over Corvana for $2 billion.|Corvana|Tandrix Systems|2E9|USD",
        "en|Corvana is being sold to Tandrix Systems for $2 billion.|Corvana|Tandrix Systems|2E9|USD",
        "de|Tandrix Systems will Corvana für rund 2 Milliarden Dollar übernehmen.|Corvana|Tandrix Systems|2E9|USD",
        "de|Tandrix Systems hat Corvana für 2 Milliarden Dollar gekauft.|Corvana|Tandrix Systems|2E9|USD",
        "de|Tandrix Systems hat für 2 Milliarden Dollar Corvana gekauft.|Corvana|Tandrix Systems|2E9|USD",
        "de|Nvidia beteiligt sich mit 500 Millionen Dollar an Corvana.|Corvana|Nvidia|500E6|USD",
        "de|Tandrix Systems steigt mit 500 Millionen Dollar bei Corvana ein.|Corvana|Tandrix Systems|500E6|USD",
        "de|Tandrix Systems bestätigte, dass der Konzern Corvana für 2 Milliarden Dollar übernehmen werde.|Corvana|"
                + "Tandrix Systems|2E9|USD",
        "it|Tandrix Systems ha rilevato Corvana per 2 miliardi di dollari.|Corvana|Tandrix Systems|2E9|USD",
        "it|Nvidia mette 500 milioni di dollari in Corvana.|Corvana|Nvidia|500E6|USD",
        "it|Tandrix Systems compra il 20% di Corvana per 2 miliardi di dollari.|Corvana|Tandrix Systems|2E9|USD",
        "fr|Tandrix Systems s'offre Corvana pour 2 milliards de dollars.|Corvana|Tandrix Systems|2E9|USD",
        "fr|Tandrix Systems met la main sur Corvana pour 2 milliards de dollars.|Corvana|Tandrix Systems|2E9|USD",
        "fr|Tandrix Systems est vendue à Nvidia pour 2 milliards de dollars.|Tandrix Systems|Nvidia|2E9|USD",
        "es|Tandrix Systems ha comprado Corvana por 2.000 millones de dólares.|Corvana|Tandrix Systems|2E9|USD",
        "es|Tandrix Systems se hace con Corvana por 2.000 millones de dólares.|Corvana|Tandrix Systems|2E9|USD",
        "es|Tandrix Systems adquiere un 20% de Corvana por 2.000 millones de dólares.|Corvana|Tandrix Systems|2E9|USD"})
    void anUnknownNameInAPartysPlaceIsACompany(String language, String sentence, String target, String investor,
                                                String amount, String currency) {
        String text = target + " and " + investor + "\n" + sentence;
        assertOneDeal(language, text, target, investor, amount, currency);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // a common word that opens its sentence, once in the text
        "en|Investors poured $500 million into robot makers last year.",
        "en|Average rounds for robot makers reached $80 million.",
        // a participle opening a fronted clause
        "en|Having raised $225 million from Nvidia, the robot maker is hiring.",
        // German nouns: after an article, after a number
        "de|Tandrix Systems will Investitionen in Höhe von 500 Millionen Euro tätigen.",
        "de|Im Vorjahr zählte die Branche 7 Übernahmen im Wert von mehr als einer Milliarde Dollar.",
        // a place after French "en"
        "fr|Tandrix Systems compte investir 500 millions d'euros en Pologne.",
        // an abbreviation in brackets
        "it|Il ministero dello sviluppo (MISE) investe 500 milioni di euro nel piano."})
    void aCapitalisedWordAloneIsNoCompany(String language, String text) {
        List<Deal> deals = extract(language, text);
        assertTrue(deals.stream().noneMatch(d -> d.target() != null && d.target().provisional()
                        && !d.target().name().equals("Tandrix Systems")),
                language + " \"" + text + "\" -> " + deals.stream().map(EvaluationReport::summary).toList());
    }
}
