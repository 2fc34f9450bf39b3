package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A raise whose subject is a plural company noun with no name ("AI startups raised $19bn", "Le startup hanno
 * raccolto", "KI-Start-ups sammelten ... ein") is a sum over many companies, not the round of the company the
 * sentence before is about ({@code pluralSubjects}); the singular description stays that company's round (session 17).
 */
class PluralCompanySubjectTest {

    static Stream<Arguments> aPluralSubjectRaisesNoRoundOfTheCompanyBefore() {
        return Stream.of(
                Arguments.of("en", "Cohere plans to double its staff. AI startups raised $19 billion in venture money "
                        + "over the first quarter."),
                Arguments.of("en", "Cohere plans to double its staff. Chip companies raised $2 billion last quarter."),
                Arguments.of("it", "Cohere raddoppierà il personale. Le startup dell'IA hanno raccolto 19 miliardi di "
                        + "dollari nel trimestre."),
                Arguments.of("fr", "Cohere va doubler ses effectifs. Les start-up de l'IA ont levé 19 milliards de "
                        + "dollars au trimestre."),
                Arguments.of("es", "Cohere duplicará su plantilla. Las startups de IA recaudaron 19.000 millones de "
                        + "dólares en el trimestre."),
                Arguments.of("de", "Cohere will sein Personal verdoppeln. KI-Start-ups sammelten im Quartal 19 "
                        + "Milliarden Dollar ein."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aPluralSubjectRaisesNoRoundOfTheCompanyBefore(String language, String text) {
        assertEquals("[]", extract(language, text).toString(), language + " \"" + text + "\"");
    }

    static Stream<Arguments> theSingularDescriptionStaysTheCompanysRound() {
        return Stream.of(
                Arguments.of("en", "Cohere plans to double its staff. The startup raised $500 million in new funding."),
                Arguments.of("it", "Cohere raddoppierà il personale. La startup ha raccolto 500 milioni di dollari."),
                Arguments.of("fr", "Cohere va doubler ses effectifs. La start-up a levé cette semaine 500 millions de "
                        + "dollars."),
                Arguments.of("es", "Cohere duplicará su plantilla. La startup recaudó 500 millones de dólares."),
                Arguments.of("de", "Cohere will sein Personal verdoppeln. Das Start-up sammelte 500 Millionen Dollar "
                        + "ein."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theSingularDescriptionStaysTheCompanysRound(String language, String text) {
        assertOneDeal(language, text, "Cohere", null, "5E8", "USD");
    }
}
