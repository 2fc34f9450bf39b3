package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A lead that tells a raise of "a drone maker" and names the company only in the sentences after it (session 16, key
 * {@code leadDeterminers}): the raise is that company's; the companies the raise sentence itself names (where its
 * founders worked, a rival) are not. Sentences of our own.
 */
class LeadDescriptionsTest {

    static Stream<Arguments> theCompanyNamedAfterTheLeadRaised() {
        return Stream.of(
                Arguments.of("en", "A Toronto model maker founded by former Google staff has raised $160 million. The "
                        + "money will let Cohere double its team.", "USD"),
                Arguments.of("it", "Una startup canadese fondata da ex dipendenti di Google ha raccolto 160 milioni di "
                        + "euro. Con questi fondi Cohere raddoppierà il team.", "EUR"),
                Arguments.of("de", "Ein kanadisches Start-up, das von früheren Google-Mitarbeitern gegründet wurde, hat "
                        + "160 Millionen Euro eingesammelt. Mit dem Geld will Cohere sein Team verdoppeln.", "EUR"),
                Arguments.of("fr", "Une start-up canadienne fondée par d'anciens salariés de Google a levé 160 millions "
                        + "d'euros. Avec cet argent, Cohere va doubler son équipe.", "EUR"),
                Arguments.of("es", "Una startup canadiense fundada por antiguos empleados de Google ha captado 160 "
                        + "millones de euros. Con ese dinero Cohere duplicará su plantilla.", "EUR"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theCompanyNamedAfterTheLeadRaised(String language, String text, String currency) {
        assertOneDeal(language, text, "Cohere", null, "1.6E8", currency);
    }

    @Test
    void aLeadWhoseCompanyIsNeverNamedGivesNoDeal() {
        String text = "A drone maker has raised $160 million. Drones are changing how wars are fought.";
        assertEquals(List.of(), DealCases.extract("en", text));
    }

    @Test
    void aLaterSentenceKeepsItsOwnReading() {
        // the rule is for the lead: further down, an indefinite description is a company of its own, not the next name
        String text = "Drones are everywhere. Armies buy them. Prices fall. A drone maker has raised $160 million. "
                + "Cohere is not involved.";
        assertEquals(List.of(), DealCases.extract("en", text));
    }
}
