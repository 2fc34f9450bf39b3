package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A company the table does not know, named after a description with a complement (session 14): "le spécialiste de
 * la maintenance industrielle Velmora", "au producteur d'engrais Velmora", "la plataforma chilena de pagos digitales,
 * Velmora,", "la startup italiana di robotica industriale Velmora". The name must follow a content word: after a
 * preposition ("la empresa que está detrás de Velmora") it is no company place, and a chatbot or a publisher is no
 * party.
 */
class DescriptionComplementsTest {

    static Stream<Arguments> aNameAfterADescriptionWithAComplementIsACompany() {
        return Stream.of(
                Arguments.of("fr", "Le spécialiste de la maintenance industrielle Velmora vient de lever "
                        + "240 millions d'euros auprès de ses actionnaires.", null, "240E6", "EUR"),
                Arguments.of("fr", "Le prix du mois revient au producteur d'engrais Velmora, basé à Lille. La start-up, "
                        + "créée il y a six ans, dit avoir levé 240 millions d'euros.", null, "240E6", "EUR"),
                Arguments.of("fr", "Salesforce finalise le rachat du spécialiste des logiciels de paie Velmora, "
                        + "payé 3,6 milliards de dollars.", "Salesforce", "3.6E9", "USD"),
                Arguments.of("es", "La plataforma chilena de pagos digitales, Velmora, cerró una ronda serie C de "
                        + "127 millones de dólares.", null, "127E6", "USD"),
                Arguments.of("es", "La startup chilena de seguros digitales Velmora suma 127 millones de dólares "
                        + "en su nueva ronda.", null, "127E6", "USD"),
                Arguments.of("it", "La startup italiana di robotica industriale Velmora ha raccolto 90 milioni di euro.",
                        null, "90E6", "EUR"),
                Arguments.of("it", "Il produttore di sensori per auto Velmora ha raccolto 90 milioni di euro.", null,
                        "90E6", "EUR"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aNameAfterADescriptionWithAComplementIsACompany(String language, String text, String investor, String amount,
                                                         String currency) {
        assertOneDeal(language, text, "Velmora", investor, amount, currency);
    }

    static Stream<Arguments> aNameAfterAPrepositionOrAProductNounIsNoCompany() {
        return Stream.of(
                Arguments.of("es", "La empresa que está detrás de Velmora está recaudando 2.000 "
                        + "millones de dólares."),
                Arguments.of("es", "La empresa, que ofrece el conocido chatbot Velmora, está recaudando 2.000 "
                        + "millones de dólares."),
                Arguments.of("fr", "Dans un rapport publié par la société d'audit Velmora, on lit que les jeunes pousses "
                        + "ont obtenu 510 millions d'euros."),
                Arguments.of("fr", "Le fabricant de puces de Californie a levé 90 millions d'euros."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aNameAfterAPrepositionOrAProductNounIsNoCompany(String language, String text) {
        assertDeals(language, text, List.of());
    }
}
