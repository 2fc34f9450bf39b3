package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Payers written where the deal word does not look (real news, docs/EXTRACTION.md, session 5, in sentences of our
 * own): the left-out subject of a clause opened by "cuando"/"quando" is the main clause's company, and a lead
 * investor named after a description of it ("encabezada por la firma de inversión X").
 */
class LeftOutSubjectsAndLeadsTest {

    static Stream<Arguments> oneDeal() {
        return Stream.of(
                // the subordinate clause's subject is the company of the main clause
                Arguments.of("es", "El mayor gasto de Oracle llegó en 2019, cuando compró la firma de datos Cohere "
                        + "por 900 millones de dólares.", "Cohere", "Oracle", "900E6", "USD"),
                Arguments.of("it", "La spesa più alta di Salesforce risale al 2020, quando ha acquisito Poolside per "
                        + "700 milioni di dollari.", "Poolside", "Salesforce", "700E6", "USD"),
                // the lead is described before its name
                Arguments.of("es", "Poolside ha captado 500 millones de dólares en una ronda encabezada por la firma "
                        + "de inversión tecnológica Index Ventures.", "Poolside", "Index Ventures", "500E6", "USD"),
                Arguments.of("fr", "Poolside a levé 300 millions d'euros lors d'un tour mené par le fonds "
                        + "d'investissement américain Index Ventures.", "Poolside", "Index Ventures", "300E6", "EUR"),
                Arguments.of("en", "Poolside raised $250 million in a round led by the Silicon Valley venture firm "
                        + "Index Ventures.", "Poolside", "Index Ventures", "250E6", "USD"),
                Arguments.of("it", "Poolside ha raccolto 80 milioni di euro. L'operazione, guidata dal colosso olandese "
                        + "ASML, si chiude a marzo.", "Poolside", "ASML", "80E6", "EUR"),
                // the lead is named several sentences later, or with an apposition before "is leading"
                Arguments.of("en", "Poolside is raising $400 million. The company builds coding models. It employs "
                        + "ninety people in Paris. Its clients include banks. Index Ventures, a London firm, is "
                        + "leading the new round.", "Poolside", "Index Ventures", "400E6", "USD"),
                Arguments.of("de", "Poolside hat 70 Millionen Euro eingesammelt. Angeführt wurde die "
                        + "Finanzierungsrunde laut Insidern vom US-Wagniskapitalgeber Index Ventures.", "Poolside",
                        "Index Ventures", "70E6", "EUR"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void oneDeal(String language, String text, String target, String investor, String amount, String currency) {
        assertOneDeal(language, text, target, investor, amount, currency);
    }
}
