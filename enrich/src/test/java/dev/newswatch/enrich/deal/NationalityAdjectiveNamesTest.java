package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A company described by its nationality alone, an article and an adjective in lower case before the name: "l'américain
 * Quintel", "la néerlandaise Velmora", "la statunitense Quintel", "la estadounidense Quintel". The adjective stands for
 * "the company"; a person would be named with the capitalised noun ("l'Américain").
 */
class NationalityAdjectiveNamesTest {

    static Stream<Arguments> aNameAfterANationalityAdjectiveIsACompany() {
        return Stream.of(
                Arguments.of("fr", "Lundi, l'américain Quintel a racheté la néerlandaise Velmora pour 140 millions "
                        + "d'euros."),
                Arguments.of("fr", "En mars, la néerlandaise Velmora a été rachetée par le californien Quintel pour "
                        + "140 millions d'euros."),
                Arguments.of("it", "La statunitense Quintel ha rilevato l'olandese Velmora per 140 milioni di euro."),
                Arguments.of("es", "La estadounidense Quintel compró la neerlandesa Velmora por 140 millones de "
                        + "euros."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aNameAfterANationalityAdjectiveIsACompany(String language, String text) {
        assertOneDeal(language, text, "Velmora", "Quintel", "140000000", "EUR");
    }
}
