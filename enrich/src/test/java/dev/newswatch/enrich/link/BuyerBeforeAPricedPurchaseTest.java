package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A buyer the table does not know, named as the owner of a priced purchase ("Zentrix's $140 million acquisition of
 * Korvia", "Zentrix's $2bn takeover of Korvia"), is a company, as the owner of a priced round already was; the other
 * languages name the buyer after the purchase ("da parte di", "par", "por parte de", "durch"), which was read before.
 * A possessive before a purchase with no amount stays no company place (people buy too). Sentences of our own.
 */
class BuyerBeforeAPricedPurchaseTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Zentrix's $140 million acquisition of the firm was the largest of the quarter.|Zentrix",
        "en|Analysts liked Zentrix's $2 billion takeover of the chip designer.|Zentrix",
        "en|Zentrix’s €300m purchase closed in May.|Zentrix",
        "it|L'acquisizione della società da parte di Zentrix per 140 milioni di euro è la più grande.|Zentrix",
        "fr|Le rachat de la société par Zentrix pour 140 millions d'euros est le plus important.|Zentrix",
        "es|La startup fue comprada por Zentrix por 140 millones de euros en mayo.|Zentrix",
        "de|Die Übernahme der Firma durch Zentrix für 140 Millionen Euro ist die größte.|Zentrix"})
    void theOwnerOfAPricedPurchaseIsACompany(String language, String text, String expected) {
        assertEquals(List.of(expected), names(text, language));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Analysts discussed Zentrix's acquisition of the firm at length.",
        "en|Zentrix's new offices opened in May."})
    void aPossessiveWithNoPricedPurchaseIsNoCompanyPlace(String language, String text) {
        assertEquals(List.of(), names(text, language));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Analysts discussed Zentrix's acquisition of Korvia at length.",
        "en|Zentrix’s long-delayed takeover of Korvia closed in May."})
    void aPossessiveBeforeAPurchaseOfANamedCompanyIsACompany(String language, String text) {
        // Given a possessive, a purchase noun and its "of", then a capitalised name, with no price
        // When the names are read
        // Then the possessive is a company (the buyer) and so is the name bought
        assertEquals(List.of("Zentrix", "Korvia"), names(text, language));
    }
}
