package dev.newswatch.enrich.text;

import java.util.Objects;

/**
 * A text after {@link TextNormalizer#normalize(String)}: the {@link #original()} string, its normalised
 * form {@link #text()} and, for every normalised character, the span of original characters it came from.
 * Matchers work on {@link #text()} and report normalised offsets; {@link #originalIndex(int)},
 * {@link #originalEnd(int)} and {@link #originalSlice(int, int)} turn them back into offsets and text of
 * the original, so mentions can be shown and highlighted as written.
 *
 * <p>A character that expands (ß → ss) maps both output characters to the same original character;
 * characters the normaliser drops (combining marks written separately, zero-width characters, soft
 * hyphens) have no normalised character of their own, and a dropped combining mark is covered by the end
 * of the character it combines with. Immutable and thread-safe; never null components.
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    /** Null, with {@link #originalEnds}, when every character came from the original character at its own index. */
    private final int[] originalStarts;
    private final int[] originalEnds;

    /** A text whose character k came from character k of {@code original}, for every k. */
    NormalizedText(String original, String text) {
        this.original = Objects.requireNonNull(original, "original");
        this.text = Objects.requireNonNull(text, "text");
        if (text.length() > original.length()) {
            throw new IllegalArgumentException("a text without offset maps cannot be longer than its original: "
                    + text.length() + " > " + original.length());
        }
        this.originalStarts = null;
        this.originalEnds = null;
    }

    /**
     * A text with offset maps: entry k of each is for normalised character k. The maps may be longer than the text
     * (the normaliser hands over its buffers without trimming them); entries past the text are never read.
     */
    NormalizedText(String original, String text, int[] originalStarts, int[] originalEnds) {
        this.original = Objects.requireNonNull(original, "original");
        this.text = Objects.requireNonNull(text, "text");
        if (originalStarts.length < text.length() || originalEnds.length < text.length()) {
            throw new IllegalArgumentException("offset maps must have an entry per normalised character: text has "
                    + text.length() + ", maps have " + originalStarts.length + " and " + originalEnds.length);
        }
        this.originalStarts = originalStarts;
        this.originalEnds = originalEnds;
    }

    /** The text as it was given to the normaliser. */
    public String original() {
        return original;
    }

    /** The normalised text: lower case (Locale.ROOT), no diacritics, plain quotes, dashes and spaces. */
    public String text() {
        return text;
    }

    /** The length of {@link #text()}. */
    public int length() {
        return text.length();
    }

    /**
     * The original offset of the normalised character at {@code normalizedIndex}; for
     * {@code normalizedIndex == length()} the length of the original, so a start offset and an end offset
     * at the end of the text both map.
     *
     * @throws IndexOutOfBoundsException when the index is negative or past the end
     */
    public int originalIndex(int normalizedIndex) {
        if (normalizedIndex == text.length()) {
            return original.length();
        }
        checkIndex(normalizedIndex);
        return originalStarts == null ? normalizedIndex : originalStarts[normalizedIndex];
    }

    /**
     * The exclusive original end offset for an exclusive normalised end offset: the end of the original
     * characters behind normalised character {@code normalizedEnd - 1}, including any combining marks
     * that were dropped after it. {@code originalEnd(0)} is the start of the first character.
     *
     * @throws IndexOutOfBoundsException when the offset is negative or past the end
     */
    public int originalEnd(int normalizedEnd) {
        if (normalizedEnd == 0) {
            return text.isEmpty() ? original.length() : originalStarts == null ? 0 : originalStarts[0];
        }
        if (normalizedEnd < 0 || normalizedEnd > text.length()) {
            throw new IndexOutOfBoundsException("normalised end " + normalizedEnd + " outside 0.." + text.length());
        }
        return originalEnds == null ? normalizedEnd : originalEnds[normalizedEnd - 1];
    }

    /**
     * The original text behind the normalised range [{@code start}, {@code end}), as written; empty when
     * the range is empty.
     */
    public String originalSlice(int start, int end) {
        if (start < 0 || end < start || end > text.length()) {
            throw new IndexOutOfBoundsException("normalised range " + start + ".." + end + " outside 0.." + text.length());
        }
        if (start == end) {
            return "";
        }
        return original.substring(originalIndex(start), originalEnd(end));
    }

    private void checkIndex(int normalizedIndex) {
        if (normalizedIndex < 0 || normalizedIndex > text.length()) {
            throw new IndexOutOfBoundsException("normalised index " + normalizedIndex + " outside 0.." + text.length());
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NormalizedText that && original.equals(that.original);
    }

    @Override
    public int hashCode() {
        return original.hashCode();
    }

    @Override
    public String toString() {
        return "NormalizedText[" + text + "]";
    }
}
