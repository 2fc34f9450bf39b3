package dev.newswatch.enrich.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.Deal;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A description with an adjective of nationality ("the French start-up") stands for the company of that country
 * named before it, not for the subject of an earlier sentence from another country (session 16: English, Italian and
 * German got the adjectives French and Spanish already had), and it does so over a new name the table gives no
 * country. Sentences of our own.
 */
class NationalityDescriptionsTest {

    private static final Map<String, String> COUNTRIES = Map.of("mistral", "FR", "alephalpha", "DE", "siloai", "FI");

    private static List<Deal> extract(String language, String text) {
        return DealCases.EXTRACTOR.extract(text, language, DealCases.FINDER.find(text), id -> false, id -> false,
                id -> false, COUNTRIES::get);
    }

    static Stream<Arguments> theDescriptionsCountryPicksTheCompany() {
        return Stream.of(
                Arguments.of("en", "Mistral AI keeps hiring. Aleph Alpha wants money too. The French start-up has "
                        + "raised 600 million euros."),
                Arguments.of("it", "Mistral AI continua ad assumere. Anche Aleph Alpha cerca capitali. La start-up "
                        + "francese ha raccolto 600 milioni di euro."),
                Arguments.of("de", "Mistral AI stellt weiter ein. Auch Aleph Alpha sucht Kapital. Das französische "
                        + "Start-up hat 600 Millionen Euro eingesammelt."),
                Arguments.of("fr", "Mistral AI continue de recruter. Aleph Alpha cherche aussi des fonds. La start-up "
                        + "française a levé 600 millions d'euros."),
                Arguments.of("es", "Mistral AI sigue contratando. Aleph Alpha también busca fondos. La startup "
                        + "francesa ha levantado 600 millones de euros."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theDescriptionsCountryPicksTheCompany(String language, String text) {
        List<Deal> deals = extract(language, text);
        assertEquals(List.of("Mistral AI"), deals.stream().map(d -> d.target().name()).toList(),
                () -> text + " -> " + deals);
        assertEquals(0, new BigDecimal("6E8").compareTo(deals.get(0).amount()), deals::toString);
    }

    static Stream<Arguments> aKnownCompanyOfThatCountryOverANewName() {
        return Stream.of(Arguments.of("en", "Start-up Velmora raised $600 million in a Series B. Another "
                + "funding went to Silo AI. The Finnish firm, which counts OpenAI among its backers, raised "
                + "$100 million."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aKnownCompanyOfThatCountryOverANewName(String language, String text) {
        List<Deal> deals = extract(language, text);
        assertEquals(List.of("Velmora", "Silo AI"), deals.stream().map(d -> d.target().name()).toList(),
                () -> text + " -> " + deals);
    }
}
