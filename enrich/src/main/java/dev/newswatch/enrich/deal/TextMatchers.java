package dev.newswatch.enrich.deal;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One matcher per pattern over one text, made the first time the pattern is asked about and reset for each question,
 * instead of a new matcher (and its group arrays) for every clause and every question. Only {@link #find} is offered,
 * always with the default bounds (anchoring, opaque), so no question sees another's settings: the answer is the same
 * as from a new matcher. Not thread-safe: one per text.
 */
final class TextMatchers {

    private final String text;
    private final Map<Pattern, Matcher> matchers = new IdentityHashMap<>();

    /** @param text the text every pattern runs on; not null */
    TextMatchers(String text) {
        this.text = text;
    }

    /** Whether {@code pattern} finds a match in [{@code from}, {@code to}) of the text, as a new matcher would. */
    boolean find(Pattern pattern, int from, int to) {
        return matchers.computeIfAbsent(pattern, p -> p.matcher(text)).region(from, to).find();
    }
}
