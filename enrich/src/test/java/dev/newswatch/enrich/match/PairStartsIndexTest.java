package dev.newswatch.enrich.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PairStartsIndexTest {

    private static final List<String> CUES = List.of(
            "(?<![\\p{L}\\p{N}])(?:invest(?:s|ed)?|inject(?:s|ed)?)(?![\\p{L}\\p{N}])",
            "(?<![\\p{L}\\p{N}])(?:raise[sd]?|raising)(?![\\p{L}\\p{N}])",
            "(?<![\\p{L}\\p{N}])(?:acquir(?:es|ed|e)|buys?)(?![\\p{L}\\p{N}])",
            "(?<![\\p{L}\\p{N}])round(?![\\p{L}\\p{N}])",
            "(?>ab)c");

    private static List<PairStarts> starts() {
        List<PairStarts> out = new ArrayList<>();
        for (String source : CUES) {
            Pattern pattern = Pattern.compile(source);
            out.add(PairStarts.of(pattern, FirstChars.of(pattern)));
        }
        return out;
    }

    /** What asking each pattern gives: the indexes whose PairStarts allow a match at {@code i}. */
    private static int[] asked(List<PairStarts> starts, String text, int i, int end) {
        return IntStream.range(0, starts.size())
                .filter(k -> starts.get(k).mayStart(text, i, end)).toArray();
    }

    @Test
    void shouldListThePatternsThatMayBeginAtEachWordStartAsAskingEachOneDoes() {
        // Given sentences of my own, with places whose pair is seen twice, a character beyond the table and the end
        List<String> texts = List.of(
                "Zentrix raised $40m in a round led by Halvane, which invests in robotics and buys startups",
                "Korvia raises again: the round, its third, is raised from investors who invest and inject cash",
                "a\u4e2d\u6587 r", "ab");
        List<PairStarts> starts = starts();
        PairStartsIndex index = new PairStartsIndex(starts);

        for (String text : texts) {
            for (int i = 0; i < text.length(); i++) {
                // When
                int[] candidates = index.candidates(text, i, text.length());

                // Then
                assertArrayEquals(asked(starts, text, i, text.length()), candidates, text + " at " + i);
            }
            // a sentence that ends one character after the place: every pattern asked again, the same answer
            assertArrayEquals(asked(starts, text, 0, 1), index.candidates(text, 0, 1), text + " cut after one");
        }
    }

    @Test
    void shouldLeaveOutThePatternsThatCannotBeginWithThePair() {
        PairStartsIndex index = new PairStartsIndex(starts());
        assertArrayEquals(new int[] {1}, index.candidates("raise", 0, 5));
        assertArrayEquals(new int[] {3}, index.candidates("round", 0, 5));
        assertArrayEquals(new int[] {4}, index.candidates("abc", 0, 3));
        assertArrayEquals(new int[] {}, index.candidates("zz", 0, 2));
    }
}
