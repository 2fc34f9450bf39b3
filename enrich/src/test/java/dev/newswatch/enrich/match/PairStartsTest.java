package dev.newswatch.enrich.match;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PairStartsTest {

    private static PairStarts of(String source) {
        Pattern pattern = Pattern.compile(source);
        return PairStarts.of(pattern, FirstChars.of(pattern));
    }

    @Test
    void shouldRuleOutPairsNoMatchBeginsWith() {
        PairStarts starts = of("(?<![\\p{L}\\p{N}])(?:invest(?:s|ed)?|inject(?:s|ed)?)(?![\\p{L}\\p{N}])");
        assertTrue(starts.mayStart("invests", 0, 7));
        assertTrue(starts.mayStart("injected", 0, 8));
        assertFalse(starts.mayStart("ixia", 0, 4));
        assertFalse(starts.mayStart("opens", 0, 5));
        // asked twice: the learned answer is the same
        assertFalse(starts.mayStart("ixia", 0, 4));
        assertTrue(starts.mayStart("invests", 0, 7));
    }

    @Test
    void shouldTryPlacesWithOneCharacterLeftOrCharactersBeyondTheTable() {
        PairStarts starts = of("ab");
        assertTrue(starts.mayStart("ax", 0, 1));
        assertTrue(starts.mayStart("a\u4e2d", 0, 2));
        assertFalse(starts.mayStart("ax", 0, 2));
    }

    @Test
    void shouldSeeThroughTheLookaroundsAroundTheWords() {
        // the look-ahead would read past the two letters: it is removed before they are tried
        PairStarts starts = of("(?<![\\p{L}])stat(?:o|e)(?! di\\b)");
        assertTrue(starts.mayStart("stato", 0, 5));
        assertTrue(starts.mayStart("st", 0, 2));
        assertFalse(starts.mayStart("sx", 0, 2));
    }

    @Test
    void shouldTryEverywhereWhenTheLookaroundsCannotBeRemoved() {
        PairStarts starts = of("(?>ab)c");
        assertTrue(starts.mayStart("ax", 0, 2));
        assertFalse(starts.mayStart("x", 0, 1));
    }
}
