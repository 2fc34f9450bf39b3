package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.deal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealType;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Constructions of real news (docs/EXTRACTION.md, session 6), in sentences of our own: a valuation verb far from
 * its amount, the amount a valuation is compared with, a price tag, money spent per month, the parts of a deal
 * amount, a deal told without an amount that a later sentence gives its amount ("The deal, valued at..."), the
 * possessive owner of a round, a pronoun after a preposition and a second payer right after its amount.
 */
class ValuationsPartsAndReferencesTest {

    static Stream<Arguments> oneDeal() {
        return Stream.of(
                // a valuation verb with its object between it and the amount
                Arguments.of("en", "Cohere raised $300 million in a deal that valued it at $6 billion.",
                        "Cohere", null, "300E6", "USD"),
                Arguments.of("es", "Cohere cerró una ronda de 300 millones de dólares, que valora la empresa canadiense "
                        + "de modelos de lenguaje en 6.000 millones.", "Cohere", null, "300E6", "USD"),
                Arguments.of("it", "Cohere ha chiuso un round da 300 milioni di dollari, che valuterebbe l'azienda "
                        + "canadese dei modelli linguistici a quasi 6 miliardi.", "Cohere", null, "300E6", "USD"),
                Arguments.of("de", "Cohere sammelte 300 Millionen Dollar ein, bei einer Rekordbewertung von sechs "
                        + "Milliarden Dollar.", "Cohere", null, "300E6", "USD"),
                // the amount a valuation is compared with, and a price tag
                Arguments.of("en", "Cohere raised $300 million at a valuation of $6 billion, up from $2 billion in "
                        + "May.", "Cohere", null, "300E6", "USD"),
                Arguments.of("es", "Cohere recaudó 300 millones de dólares con una valoración de 6.000 millones, frente "
                        + "a los 2.000 millones de mayo.", "Cohere", null, "300E6", "USD"),
                Arguments.of("en", "Cohere landed $300 million at a $6 billion price tag.", "Cohere", null, "300E6",
                        "USD"),
                // the money a company hopes to raise in its stock market listing is no deal
                Arguments.of("en", "Cohere raised $300 million from Salesforce and expects its IPO to bring in $4 "
                        + "billion.", "Cohere", "Salesforce", "300E6", "USD"),
                // money spent every month is no deal
                Arguments.of("it", "Cohere ha raccolto 300 milioni di dollari e spende circa 50 milioni di dollari al "
                        + "mese.", "Cohere", null, "300E6", "USD"),
                // the parts of a deal amount are not deals of their own
                Arguments.of("en", "Salesforce agreed to invest $3 billion in Cohere, which included a $1 billion "
                        + "first payment and a further $2 billion next year.", "Cohere", "Salesforce", "3E9", "USD"),
                Arguments.of("it", "Salesforce investirà 3 miliardi di dollari in Cohere, di cui un miliardo entro "
                        + "marzo.", "Cohere", "Salesforce", "3E9", "USD"),
                // "by" far after the one bought is the agent of another verb
                Arguments.of("en", "OpenAI completed its acquisition of Cohere, the Toronto start-up co-founded by "
                        + "former Google researchers, for $6.5 billion.", "Cohere", "OpenAI", "6.5E9", "USD"),
                // the possessive before a round noun owns the round, whatever preposition comes before it
                Arguments.of("en", "The new round is twice the size of Cohere's Series C ($500 million).", "Cohere",
                        null, "500E6", "USD"),
                // a bracketed abbreviation inside the description before a name, a dateline before the subject
                Arguments.of("en", "Salesforce is paying $2 billion for a minority stake in artificial intelligence "
                        + "(AI) developer, Cohere, which trains language models.", "Cohere", "Salesforce", "2E9", "USD"),
                Arguments.of("es", "Canadá, 3 de marzo de 2026- Salesforce firmó un acuerdo con Cohere valorado en "
                        + "2.000 millones de dólares.", "Cohere", "Salesforce", "2E9", "USD"),
                Arguments.of("en", "Toronto (Reuters) - Salesforce signed a $2 billion agreement with Cohere.", "Cohere",
                        "Salesforce", "2E9", "USD"),
                // "de que" opens a clause whose subject is the description after it, which stands for the name
                // before it in the sentence
                Arguments.of("es", "Esta compra es la mayor de Salesforce y llega un mes más tarde de que la empresa "
                        + "decidiera comprar Cohere por 3.000 millones de dólares.", "Cohere", "Salesforce", "3E9",
                        "USD"),
                // the name before "which" is the object of a relative clause with its own subject
                Arguments.of("en", "Years ago he co-founded Cohere, which Salesforce later bought for $1.6 billion.",
                        "Cohere", "Salesforce", "1.6E9", "USD"),
                // a deal told without an amount, its amount in the next sentence
                Arguments.of("en", "Salesforce completed its acquisition of Cohere on Monday. The deal, valued at about "
                        + "$7 billion in cash, is the largest in its history.", "Cohere", "Salesforce", "7E9", "USD"),
                Arguments.of("es", "Salesforce cerró la compra de Cohere el lunes. El acuerdo, valorado en 7.000 "
                        + "millones de dólares, es el mayor de su historia.", "Cohere", "Salesforce", "7E9", "USD"),
                Arguments.of("fr", "Salesforce a finalisé l'acquisition de Cohere. Le rachat se monte à 7 milliards de "
                        + "dollars.", "Cohere", "Salesforce", "7E9", "USD"),
                Arguments.of("de", "Salesforce hat die Übernahme von Cohere abgeschlossen. Der Kauf kostet rund sieben "
                        + "Milliarden Dollar.", "Cohere", "Salesforce", "7E9", "USD"),
                // the purchase price or the cheque refers to the deal even without another deal word
                Arguments.of("de", "Salesforce meldete am Montag die Übernahme von Cohere. Nach Angaben des Konzerns "
                        + "liegt der Kaufpreis bei sieben Milliarden Dollar.", "Cohere", "Salesforce", "7E9", "USD"),
                Arguments.of("fr", "Salesforce a finalisé l'acquisition de Cohere. Le chèque de 7 milliards de dollars "
                        + "rassure les fondateurs.", "Cohere", "Salesforce", "7E9", "USD"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void oneDeal(String language, String text, String target, String investor, String amount, String currency) {
        assertOneDeal(language, text, target, investor, amount, currency);
    }

    @Test
    void shouldReadAPronounAfterAPrepositionAsTheObjectAndASecondPayerAfterTheAmount() {
        assertDeals("en", "Poolside opened an office in Paris. Then Salesforce pledged $4 billion to it, with "
                + "$2 billion more from Nvidia after that.", List.of(deal("Poolside", "Salesforce", "4E9", "USD"),
                deal("Poolside", "Nvidia", "2E9", "USD")));
    }

    @Test
    void shouldTakeTheTypeOfTheDealToldBefore() {
        Deal deal = assertOneDeal("en", "Salesforce completed its acquisition of Cohere on Monday. The deal, valued "
                + "at about $7 billion in cash, is the largest in its history.", "Cohere", "Salesforce", "7E9", "USD");

        assertEquals(DealType.ACQUISITION, deal.type());
    }

    @Test
    void shouldNotGiveTheAmountToAnEarlierDealWhenAnotherCompanyStandsBeforeIt() {
        // "the acquisition by Salesforce for $3bn, but the deal failed": Salesforce is no side of Google's deal
        Deal deal = assertOneDeal("it", "Google ha comprato Cohere. Poi Salesforce ha tentato l'acquisizione di "
                + "Cohere per 3 miliardi di dollari, e l'intesa non si è fatta.", "Cohere", "Salesforce", "3E9", "USD");

        assertEquals(DealType.ACQUISITION, deal.type());
    }
}
