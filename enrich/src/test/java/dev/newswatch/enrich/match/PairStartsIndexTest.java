package dev.newswatch.enrich.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PairStartsIndexTest {

    private static final List<Pattern> CUES = List.of(
            Pattern.compile("(?<![\\p{L}\\p{N}])(?:invest(?:s|ed)?|inject(?:s|ed)?)(?![\\p{L}\\p{N}])"),
            Pattern.compile("(?<![\\p{L}\\p{N}])(?:raise[sd]?|raising)(?![\\p{L}\\p{N}])"),
            Pattern.compile("(?<![\\p{L}\\p{N}])(?:acquir(?:es|ed|e)|buys?)(?![\\p{L}\\p{N}])"),
            Pattern.compile("(?<![\\p{L}\\p{N}])round(?![\\p{L}\\p{N}])"),
            Pattern.compile("(?<![\\p{L}\\p{N}])in(?:\\s+talks)?(?![\\p{L}\\p{N}])"),
            Pattern.compile("(?>ab)c"));

    private static List<PairStarts> starts() {
        List<PairStarts> out = new ArrayList<>();
        for (Pattern pattern : CUES) {
            out.add(PairStarts.of(pattern, FirstChars.of(pattern)));
        }
        return out;
    }

    /** What asking each pattern gives: the indexes whose PairStarts allow a match at {@code i}. */
    private static int[] asked(List<PairStarts> starts, String text, int i, int end) {
        return IntStream.range(0, starts.size()).filter(k -> starts.get(k).mayStart(text, i, end)).toArray();
    }

    private static boolean matchesAt(Pattern pattern, String text, int i, int end) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true).region(i, end);
        return m.lookingAt();
    }

    @Test
    void shouldKeepEveryPatternThatMatchesAndNoneThatItsPairRulesOut() {
        // Given sentences of my own, with places whose pair is seen twice, a character beyond the table and the end
        List<String> texts = List.of(
                "Zentrix raised $40m in a round led by Halvane, which invests in robotics and buys startups",
                "Korvia raises again: the round, its third, is raised from investors who invest and inject cash",
                "Halvane is in talks to acquire Quellor, an industry leader in infrastructure, invested in 2019",
                "a\u4e2d\u6587 r", "ab", "in", "abc");
        List<PairStarts> starts = starts();
        PairStartsIndex index = new PairStartsIndex(starts);

        for (String text : texts) {
            for (int end = 1; end <= text.length(); end++) {
                for (int i = 0; i < end; i++) {
                    // When
                    int[] candidates = index.candidates(text, i, end);

                    // Then
                    int[] pairs = asked(starts, text, i, end);
                    for (int k : candidates) {
                        assertTrue(Arrays.stream(pairs).anyMatch(p -> p == k), text + " at " + i + ": " + k);
                    }
                    for (int k = 0; k < CUES.size(); k++) {
                        if (matchesAt(CUES.get(k), text, i, end)) {
                            int cue = k;
                            assertTrue(Arrays.stream(candidates).anyMatch(c -> c == cue),
                                    text + " at " + i + " to " + end + " lacks " + k);
                        }
                    }
                }
            }
        }
    }

    @Test
    void shouldLeaveOutThePatternsThatCannotBeginWithThePairOrTheThirdCharacter() {
        PairStartsIndex index = new PairStartsIndex(starts());
        assertArrayEquals(new int[] {1}, index.candidates("raise", 0, 5));
        assertArrayEquals(new int[] {3}, index.candidates("round", 0, 5));
        assertArrayEquals(new int[] {5}, index.candidates("abc", 0, 3));
        assertArrayEquals(new int[] {}, index.candidates("zz", 0, 2));
        // "in" may begin two cues; "ind" and "in " only the one whose first word is "in" (its look-ahead is not
        // tried on three characters), "inv" both
        assertArrayEquals(new int[] {0, 4}, index.candidates("in", 0, 2));
        assertArrayEquals(new int[] {0, 4}, index.candidates("invest", 0, 6));
        assertArrayEquals(new int[] {4}, index.candidates("industry", 0, 8));
        assertArrayEquals(new int[] {4}, index.candidates("in talks", 0, 8));
    }
}
