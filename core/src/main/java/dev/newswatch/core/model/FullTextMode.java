package dev.newswatch.core.model;

import java.util.Locale;

/**
 * When the ingester fetches an item's article page for its full text ({@code full-text} in feeds.yml).
 *
 * <ul>
 *   <li>{@link #AUTO} (the default): when the feed's text is a teaser (short, or cut with "..." or "[…]"), or
 *       when the title reads like a deal and the feed's text holds no amount.</li>
 *   <li>{@link #ALWAYS}: for every new item with a link.</li>
 *   <li>{@link #NEVER}: never; the article carries only what the feed gives.</li>
 * </ul>
 */
public enum FullTextMode {
    AUTO, ALWAYS, NEVER;

    /** The mode named {@code text} (any case), or {@code null} when {@code text} is null or blank. */
    public static FullTextMode parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("full-text must be auto, always or never, got '" + text + "'");
        }
    }

    /** The lower-case name used in configuration. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
