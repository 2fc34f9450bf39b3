package dev.newswatch.enrich.match;

import java.util.Objects;

/**
 * One keyword found in a normalised text: the range [{@code start}, {@code end}) in
 * {@link dev.newswatch.enrich.text.NormalizedText#text() normalised} offsets (for a prefix keyword such
 * as {@code invest*}, the range runs to the end of the word found), the keyword as it was given to the
 * matcher (with its trailing {@code *} when it has one) and the payload registered with it. Immutable;
 * no component is null.
 *
 * @param <T> the payload type
 */
public record Match<T>(int start, int end, String keyword, T payload) {

    public Match {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a match needs 0 <= start < end, got " + start + ".." + end);
        }
        Objects.requireNonNull(keyword, "keyword");
        Objects.requireNonNull(payload, "payload");
    }

    /** The number of normalised characters matched. */
    public int length() {
        return end - start;
    }
}
