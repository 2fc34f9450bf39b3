package dev.newswatch.enrich.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The decimal comma of the text (session 17): a comma and three digits before "millones" group thousands in
 * Latin-American writing ("8,300 millones" is 8.3 billion), but a text that writes a decimal comma before a scale
 * elsewhere ("13,2 millones") uses the comma as the decimal separator, so its "9,488 millones" is 9.488 million.
 */
class DecimalCommaOfTheTextTest {

    private final MoneyParser parser = new MoneyParser();

    static Stream<Arguments> aCommaGroupIsADecimalInATextWithDecimalCommas() {
        return Stream.of(
                // Given a text whose writer uses decimal commas before a scale
                Arguments.of("es", "Velmora obtuvo 8 millones de euros, unos 9,4 millones de dólares al cambio; un fondo "
                        + "público puso 4,125 millones de euros.", "4.125E6"),
                Arguments.of("it", "Velmora ha chiuso un round da 2,5 milioni di euro, di cui 1,375 milioni di euro versati da un "
                        + "fondo pubblico.", "1.375E6"),
                Arguments.of("fr", "Velmora a levé 2,5 millions d'euros, dont 1,375 millions d'euros apportés par un fonds "
                        + "public.", "1.375E6"),
                Arguments.of("de", "Velmora sammelte 2,5 Millionen Euro ein, davon kamen 1,375 Millionen Euro von einem "
                        + "staatlichen Fonds.", "1.375E6"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aCommaGroupIsADecimalInATextWithDecimalCommas(String language, String text, String part) {
        // When its amounts are read
        List<MoneyMention> amounts = parser.find(text, language);
        // Then the comma group is the decimal part of a million, not thousands of millions
        assertEquals(0, amounts.get(amounts.size() - 1).amount().compareTo(new BigDecimal(part)),
                language + " \"" + text + "\" -> " + amounts);
    }

    static Stream<Arguments> aCommaGroupStillGroupsThousandsWithoutDecimalCommas() {
        return Stream.of(
                Arguments.of("es", "Velmora firmó un contrato de 8,300 millones de dólares y otro de 2.000 millones.",
                        "8.3E9"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aCommaGroupStillGroupsThousandsWithoutDecimalCommas(String language, String text, String first) {
        List<MoneyMention> amounts = parser.find(text, language);
        assertEquals(0, amounts.get(0).amount().compareTo(new BigDecimal(first)),
                language + " \"" + text + "\" -> " + amounts);
    }
}
