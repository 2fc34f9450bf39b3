package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A genitive after an amount whose currency is written before the number ("US$2.000 millones de Zentrix",
 * "$300 milioni di Zentrix", "€50 millions de Zentrix"): the name is a company, as after "2.000 millones de dólares
 * de". Each item of a list of such amounts names its own company.
 */
class SignedAmountGenitiveTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|Las rondas mayores fueron US$9.000 millones de Ondara y US$1200 millones de Velantis.|Ondara;Velantis",
        "es|Destacan los €300 millones de Ondara.|Ondara",
        "it|Spiccano i $4 miliardi di Velantis e i €800 milioni di Korvia.|Velantis;Korvia",
        "fr|Parmi les levées, les $2 milliards de Nuvelle et les €500 millions d'Orvane.|Nuvelle;Orvane",
        "fr|On retient les USD 600 millions de Nuvelle.|Nuvelle"})
    void shouldReadTheNameAfterASignedAmountAsACompany(String language, String text, String expected) {
        assertEquals(List.of(expected.split(";")), names(text, language));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // a place or a month after the genitive is no company
        "es|Se invirtieron US$500 millones de Estados Unidos en chips.",
        "it|Sono arrivati $300 milioni di gennaio dal fondo.",
        "fr|Le budget prévoit €200 millions de France Travail en plus."})
    void shouldNotReadAPlaceOrAMonthAfterASignedAmount(String language, String text) {
        assertEquals(List.of(), names(text, language));
    }
}
