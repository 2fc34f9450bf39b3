package dev.newswatch.enrich.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Token#of} reads a clause in one pass over its characters (session 27); these are the tokens the pattern
 * {@code \p{L}+['’](?=\p{L})|[\p{L}\p{N}]+(?:[-:.&'’][\p{L}\p{N}]+)*|\S} it replaced gave, each written as
 * {@code start-end} with {@code w} for a word and {@code p} for anything else.
 */
class TokenTest {

    static Stream<Arguments> shouldCutAsThePatternDid() {
        return Stream.of(
                // elided articles are words of their own, with either apostrophe
                Arguments.of("dell'azienda l’Oréal", 20, "0-5w 5-12w 13-15w 15-20w"),
                // joiners inside a word, and a possessive after a dotted name
                Arguments.of("AT&T, Run:ai and Booking.com's co-founder", 41, "0-4w 4-5p 6-12w 13-16w 17-30w 31-41w"),
                // an apostrophe before a space elides nothing
                Arguments.of("l' Anthropic", 12, "0-1w 1-2p 3-12w"),
                // a no-break space and a thin space are no white space to the pattern: tokens of their own
                Arguments.of("\u00A0$2.5bn\u2009", 8, "0-1p 1-2p 2-7w 7-8p"),
                // the letter after an apostrophe must lie inside the region
                Arguments.of("l'azienda", 2, "0-1w 1-2p"),
                // a letter outside the Basic Multilingual Plane is one letter of two chars
                Arguments.of("\uD835\uDC00\uD835\uDC01c l'\uD835\uDC00", 10, "0-5p 6-8w 8-10p"),
                // a hyphen or a full stop with no letter or digit after it is a mark
                Arguments.of("x- -y 1.", 8, "0-1w 1-2p 3-4p 4-5w 6-7w 7-8p"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void shouldCutAsThePatternDid(String text, int to, String expected) {
        // Given a clause from the start of the text to {@code to}
        // When it is cut into tokens
        List<Token> tokens = Token.of(text, 0, to);
        // Then the tokens are those of the pattern
        assertEquals(expected, tokens.stream().map(t -> t.start() + "-" + t.end() + (t.word() ? "w" : "p"))
                .collect(Collectors.joining(" ")));
    }
}
