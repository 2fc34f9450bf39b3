package dev.newswatch.enrich.deal;

/**
 * One sentence of a text: its characters ({@code text}, trimmed) and where they are, [{@code start},
 * {@code end}), in the text it was cut from. {@code index} counts sentences from zero. Immutable.
 */
record Sentence(int index, String text, int start, int end) {

    Sentence {
        if (start < 0 || end < start || text.length() != end - start) {
            throw new IllegalArgumentException("bad sentence offsets " + start + ".." + end + " for " + text.length()
                    + " characters");
        }
    }

    boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
