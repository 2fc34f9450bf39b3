package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The owner of a noun of intention is the subject of the infinitive after it (lexicon key {@code intentions}):
 * "the decision of X to invest N in Y", "l'impegno di X a comprare N da Y", "la decisión de X de invertir", "the
 * pledge by X to buy". The verb has no subject of its own; the company right after the noun and "of" or "by", one word
 * before the verb, pays. German puts the infinitive at the end of a clause of its own after a comma and is left out.
 */
class OwnerOfAnIntentionTest {

    static Stream<Arguments> theOwnerOfADecisionToInvestIsTheInvestor() {
        return Stream.of(
                Arguments.of("en", "Analysts cheered the decision of Samsung to invest $2 billion in Cohere."),
                Arguments.of("en", "Shares rose after the pledge by Samsung to invest $2 billion in Cohere."),
                Arguments.of("it", "In borsa ha pesato la decisione di Samsung di investire 2 miliardi di dollari "
                        + "in Cohere."),
                Arguments.of("it", "Il patto comprende l'impegno da parte di Samsung a investire 2 miliardi di dollari "
                        + "in Cohere."),
                Arguments.of("fr", "Les marchés ont salué la décision de Samsung d'investir 2 milliards de dollars "
                        + "dans Cohere."),
                Arguments.of("es", "Los mercados celebraron la decisión de Samsung de invertir 2.000 millones de "
                        + "dólares en Cohere."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theOwnerOfADecisionToInvestIsTheInvestor(String language, String text) {
        assertOneDeal(language, text, "Cohere", "Samsung", "2E9", "USD");
    }

    static Stream<Arguments> theOwnerOfACommitmentToBuyPaysTheSeller() {
        return Stream.of(
                Arguments.of("en", "At the core of the tie-up is a commitment by Poolside to buy $9 billion of "
                        + "computing capacity from Oracle."),
                Arguments.of("it", "Al centro dell'intesa c'è l'impegno di Poolside ad acquistare 9 miliardi di "
                        + "dollari di capacità di calcolo da Oracle."),
                Arguments.of("fr", "Au centre du pacte, l'engagement de Poolside à acheter 9 milliards de dollars de "
                        + "capacité de calcul à Oracle."),
                Arguments.of("es", "En el centro del pacto está el compromiso de Poolside de comprar 9.000 millones "
                        + "de dólares en capacidad de cómputo a Oracle."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theOwnerOfACommitmentToBuyPaysTheSeller(String language, String text) {
        assertOneDeal(language, text, "Oracle", "Poolside", "9E9", "USD");
    }

    static Stream<Arguments> theOwnerRightBeforeTheVerbPaysNotTheSubjectOfTheSentence() {
        return Stream.of(
                Arguments.of("en", "Helsing welcomed the decision of Qualcomm to invest €300 million in the "
                        + "company."),
                Arguments.of("it", "Helsing ha accolto con favore l'intenzione di Qualcomm di investire 300 milioni di "
                        + "euro nella società."),
                Arguments.of("fr", "Helsing a salué la promesse de Qualcomm d'investir 300 millions d'euros dans "
                        + "la société."),
                Arguments.of("es", "Helsing ha acogido la promesa de Qualcomm de invertir 300 millones de euros en "
                        + "la compañía."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theOwnerRightBeforeTheVerbPaysNotTheSubjectOfTheSentence(String language, String text) {
        assertOneDeal(language, text, "Helsing", "Qualcomm", "3E8", "EUR");
    }
}
