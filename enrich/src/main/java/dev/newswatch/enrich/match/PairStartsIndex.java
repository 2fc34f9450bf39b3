package dev.newswatch.enrich.match;

import java.util.Arrays;
import java.util.List;

/**
 * Which of several patterns may begin at a place, by the first two characters there: for each pair of characters,
 * the patterns whose {@link PairStarts} allow it, worked out the first time the pair is seen and kept; then, where
 * three characters are left, those of them that may begin with the third too ({@link PairStarts#mayBeginWith}), kept
 * per triple the same way ("in" begins many words and several cues, "inv" few). A scan that tries many patterns at
 * every word start (the deal cues) then goes through the few that may begin there instead of asking each pattern.
 * Places whose pair has a character from {@link FirstChars#LIMIT} on, or with fewer than two characters left, ask each
 * pattern every time; places with fewer than three, or a third character from the limit on, get the pair's list.
 *
 * <p>Thread-safe: the table is filled with benign races (a row or a list another thread has not seen yet is worked
 * out again, with the same result).
 */
public final class PairStartsIndex {

    private final PairStarts[] starts;
    /** Per first character, per second character, the indexes of the patterns that may begin (lazily made). */
    private final int[][][] rows = new int[FirstChars.LIMIT][][];
    /** The same per third character, below the pairs that some pattern may begin with (lazily made). */
    private final int[][][][] thirds = new int[FirstChars.LIMIT][][][];

    /** @param starts the patterns' first pairs, in the order their indexes refer to; not null */
    public PairStartsIndex(List<PairStarts> starts) {
        this.starts = starts.toArray(new PairStarts[0]);
    }

    /**
     * The indexes, ascending, of the patterns that may begin at {@code i} of {@code text} when a match may read up to
     * {@code end}: those whose {@link PairStarts#mayStart} is true there, less those that cannot begin with the three
     * characters there; every pattern that matches at {@code i} is among them. The array is shared: do not modify it.
     */
    public int[] candidates(String text, int i, int end) {
        char first = text.charAt(i);
        if (first >= FirstChars.LIMIT || i + 1 >= end || text.charAt(i + 1) >= FirstChars.LIMIT) {
            return ask(text, i, end);
        }
        char second = text.charAt(i + 1);
        int[][] row = rows[first];
        if (row == null) {
            row = new int[FirstChars.LIMIT][];
            rows[first] = row;
        }
        int[] known = row[second];
        if (known == null) {
            known = ask(text, i, end);
            row[second] = known;
        }
        if (known.length == 0 || i + 2 >= end || text.charAt(i + 2) >= FirstChars.LIMIT) {
            return known;
        }
        return ofThird(first, second, text.charAt(i + 2), known);
    }

    /** Of the patterns {@code pair} allows, those that may begin with the three characters. */
    private int[] ofThird(char first, char second, char third, int[] pair) {
        int[][][] secondRows = thirds[first];
        if (secondRows == null) {
            secondRows = new int[FirstChars.LIMIT][][];
            thirds[first] = secondRows;
        }
        int[][] byThird = secondRows[second];
        if (byThird == null) {
            byThird = new int[FirstChars.LIMIT][];
            secondRows[second] = byThird;
        }
        int[] known = byThird[third];
        if (known == null) {
            int[] out = new int[pair.length];
            int count = 0;
            for (int k : pair) {
                if (starts[k].mayBeginWith(first, second, third)) {
                    out[count++] = k;
                }
            }
            known = Arrays.copyOf(out, count);
            byThird[third] = known;
        }
        return known;
    }

    private int[] ask(String text, int i, int end) {
        int[] out = new int[starts.length];
        int count = 0;
        for (int k = 0; k < starts.length; k++) {
            if (starts[k].mayStart(text, i, end)) {
                out[count++] = k;
            }
        }
        return Arrays.copyOf(out, count);
    }
}
