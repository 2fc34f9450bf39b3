package dev.newswatch.enrich.match;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MatchPrefixesTest {

    private static final String WORD_START = "(?<![\\p{L}\\p{N}])";

    @Test
    void shouldLetAPhraseThatLooksBehindItsFirstWordBeginWithThatWord() {
        // Given phrases that look behind and ahead of the words they match
        MatchPrefixes italian = MatchPrefixes.of(
                Pattern.compile(WORD_START + "(?:(?<=lo )stato|(?<=il |dal |del |al )governo)(?![\\p{L}])"));
        MatchPrefixes french = MatchPrefixes.of(
                Pattern.compile(WORD_START + "(?:(?<=l['’])état(?! de )|(?<=le |du |au )gouvernement)"));
        // Then the words matched may begin a match, the words looked behind at may not
        assertTrue(italian.mayStart("lo stato", 3));
        assertTrue(italian.mayStart("il governo", 3));
        assertFalse(italian.mayStart("lo stato", 0));
        assertFalse(italian.mayStart("dal governo", 0));
        assertTrue(french.mayStart("l'état", 2));
        assertTrue(french.mayStart("le gouvernement", 3));
        assertFalse(french.mayStart("l'état", 0));
        assertFalse(french.mayStart("les états", 0));
        // while a single character alone rules the words out
        assertFalse(FirstChars.of(Pattern.compile("(?<=lo )stato")).mayStart('s'));
    }

    @Test
    void shouldReadPastACommonFirstWord() {
        MatchPrefixes government = MatchPrefixes.of(Pattern.compile(
                WORD_START + "(?:the (?:federal |national )?government|the administration)(?![\\p{L}\\p{N}])"));
        assertTrue(government.mayStart("the government", 0));
        assertTrue(government.mayStart("the federal government", 0));
        assertTrue(government.mayStart("the administration", 0));
        assertFalse(government.mayStart("the company", 0));
        assertFalse(government.mayStart("then", 0));
        assertFalse(government.mayStart("a government", 0));
        // the end of the text, and characters beyond the table, may always begin a match
        assertTrue(government.mayStart("th", 0));
        assertTrue(government.mayStart("the 中", 0));
    }

    @Test
    void shouldLetEveryBeginningThroughWhenManyArePossible() {
        MatchPrefixes anyWord = MatchPrefixes.of(Pattern.compile("[a-z]+ inc"));
        assertTrue(anyWord.mayStart("zentrix inc", 0));
        assertFalse(anyWord.mayStart("1 inc", 0));
    }

    @Test
    void shouldReadPastClassesAndEscapesThatHoldBrackets() {
        MatchPrefixes starts = MatchPrefixes.of(Pattern.compile("(?<=[(\\[])x\\)|(?<!\\()[y)](?=[)])"));
        assertTrue(starts.mayStart("x)", 0));
        assertTrue(starts.mayStart("y", 0));
        assertTrue(starts.mayStart(")", 0));
        assertFalse(starts.mayStart("(", 0));
        assertFalse(starts.mayStart("[", 0));
    }

    @Test
    void shouldTryEverywhereWhereRemovingALookaroundCouldChangeTheMatch() {
        // atomic groups, possessive quantifiers, back references and word boundaries
        for (String source : new String[] {"(?>(?<=a)b)c", "(?<=a)b++c", "(b)(?<=a)\\1", "\\b,", "\\p{L}{2}+"}) {
            assertNull(Lookarounds.removed(Pattern.compile(source)), source);
            assertTrue(MatchPrefixes.of(Pattern.compile(source)).mayStart("z", 0), source);
        }
    }

    @Test
    void shouldReadQuotedPhrasesAsTheirLiteralCharacters() {
        // Pattern.quote writes phrases of the name lexicons as \\Q...\\E; their brackets and dots are literals
        Pattern quoted = Pattern.compile("(?<=a)\\Q(b\\E|" + Pattern.quote("C++ (Inc.)") + "(?![\\p{L}])|\\Qé[\\E",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        assertNotNull(Lookarounds.removed(quoted));
        MatchPrefixes starts = MatchPrefixes.of(quoted);
        assertTrue(starts.mayStart("(b", 0));
        assertTrue(starts.mayStart("c++ (inc.)", 0));
        assertTrue(starts.mayStart("É[", 0));
        assertFalse(starts.mayStart("b", 0));
        assertFalse(starts.mayStart("c+x", 0));
        assertFalse(starts.mayStart("é]", 0));
    }

    @Test
    void shouldReadPastWordBoundariesInsideALookaround() {
        // the boundary goes with the look-ahead it is in
        Pattern put = Pattern.compile("put(?:s|ting)? in(?=\\s+(?:usd|eur)\\b)");
        assertNotNull(Lookarounds.removed(put));
        assertTrue(MatchPrefixes.of(put).mayStart("puts in", 0));
        assertFalse(MatchPrefixes.of(put).mayStart("pump", 0));
    }
}
