package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A fund that buys (session 16): an asset manager named by its description ("la gestora X", "the asset manager X",
 * "la société de gestion X", "la società di gestione X") is a company, and when the sentences before are about it, an
 * acquisition told later with no buyer ("the purchase of the Y campus ... The deal is valued at") is its purchase, as
 * it is a company's. The thing bought may follow a contracted article ("la adquisición del", "l'acquisition du",
 * "l'acquisizione del").
 */
class FundBuyersTest {

    static Stream<Arguments> aFundTheTextIsAboutBuysWhatALaterPurchaseNames() {
        return Stream.of(
                Arguments.of("es", "La gestora madrileña Halvora Infra Partners desembarca en Portugal. El paso llega "
                        + "con la adquisición del Brontix Campus, propiedad de un operador local. La operación está "
                        + "valorada en 140 millones de euros."),
                Arguments.of("en", "The Madrid asset manager Halvora Infra Partners is moving into Portugal. The move "
                        + "comes with the purchase of the Brontix Campus from a local operator. The transaction is "
                        + "valued at 140 million euros."),
                Arguments.of("fr", "La société de gestion Halvora Infra Partners arrive au Portugal. Cette arrivée passe "
                        + "par l'acquisition du Brontix Campus, détenu par un opérateur local. L'opération est "
                        + "valorisée à 140 millions d'euros."),
                Arguments.of("it", "La società di gestione Halvora Infra Partners sbarca in Portogallo. Il passo "
                        + "arriva con l'acquisizione del Brontix Campus da un operatore locale. L'operazione è "
                        + "valutata 140 milioni di euro."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aFundTheTextIsAboutBuysWhatALaterPurchaseNames(String language, String text) {
        assertOneDeal(language, text, "Brontix Campus", "Halvora Infra Partners", "140E6", "EUR");
    }
}
