package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A round-up written one company per line (session 17): a heading or a sentence with a raise or a round word, then
 * lines that open with a dash or a bullet, a company, maybe a bracket that says what it does, a separator and an
 * amount ("- Helsing (defence): $300M in May + $200M in October"). Each amount after the separator, and each one
 * joined to it by a plus, is a raise of the line's company. A line that names what the amount is ("- Valuation:
 * $9B") and a list opened by anything but a raise or a round (investments in buildings, revenue) give none.
 */
class ListLinesOpenedByARoundTest {

    static Stream<Arguments> eachLineOfAListOpenedByARoundIsARaise() {
        return Stream.of(
                Arguments.of("en", "The largest rounds of the week\nTwo labs went back to their backers:\n"
                        + "- Cohere (language models): $500M\n- Helsing: $300M in May + $200M in October\n"
                        + "- Valuation: $9B"),
                Arguments.of("fr", "Les plus grosses levées de la semaine\nDeux laboratoires sont retournés voir leurs "
                        + "actionnaires :\n- Cohere (modèles de langage) : 500 M$\n- Helsing : 300 M$ en mai + 200 M$ "
                        + "en octobre"),
                Arguments.of("it", "I round più grandi della settimana\nDue laboratori sono tornati dai loro soci:\n"
                        + "- Cohere (modelli linguistici): 500 milioni di dollari\n- Helsing: 300 milioni di dollari "
                        + "a maggio + 200 milioni di dollari a ottobre"),
                Arguments.of("es", "Las mayores rondas de la semana\nDos laboratorios volvieron a ver a sus socios:\n"
                        + "- Cohere (modelos de lenguaje): 500 millones de dólares\n- Helsing: 300 millones de "
                        + "dólares en mayo + 200 millones de dólares en octubre"),
                Arguments.of("de", "Die größten Finanzierungsrunden der Woche\nZwei Labore kehrten zu ihren "
                        + "Geldgebern zurück:\n• Cohere (Sprachmodelle): 500 Mio. Dollar\n• Helsing: 300 Mio. Dollar "
                        + "im Mai + 200 Mio. Dollar im Oktober"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void eachLineOfAListOpenedByARoundIsARaise(String language, String text) {
        assertDeals(language, text, List.of(deal("Cohere", null, "5E8", "USD"), deal("Helsing", null, "3E8", "USD"),
                deal("Helsing", null, "2E8", "USD")));
    }

    static Stream<Arguments> aListOpenedByNoRaiseGivesNoDeal() {
        return Stream.of(
                Arguments.of("en", "Revenue of the quarter, by company:\n- Cohere: $500M\n- Helsing: $300M"),
                Arguments.of("fr", "Les plus gros chantiers de centres de données en France :\n- Cohere : 500 M$ à "
                        + "Lyon\n- Helsing : 300 M$ à Lille"),
                Arguments.of("de", "Die größten Investitionen der Konzerne im Überblick:\n• Cohere: 500 Mio. Dollar "
                        + "für ein Rechenzentrum\n• Helsing: 300 Mio. Dollar für ein Werk"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aListOpenedByNoRaiseGivesNoDeal(String language, String text) {
        assertEquals(List.of(), DealCases.extract(language, text), language + " \"" + text + "\"");
    }
}
