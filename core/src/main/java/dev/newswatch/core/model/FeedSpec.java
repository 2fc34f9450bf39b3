package dev.newswatch.core.model;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A feed to poll: the value of the compacted feeds topic, keyed by {@link #id()}.
 *
 * <p>{@code language} (ISO 639-1, may be null: detect per item) and {@code interval} (may be null: use
 * the configured default) are optional. {@code fullText} says when to fetch an item's article page (null reads
 * as {@link FullTextMode#AUTO}). Immutable.
 */
public record FeedSpec(String id, String url, String name, String language, Duration interval, FullTextMode fullText) {

    public FeedSpec {
        if (id == null || !id.matches("[a-z0-9][a-z0-9._-]{0,99}")) {
            throw new IllegalArgumentException("feed id must be 1-100 characters of a-z, 0-9, '.', '_', '-': " + id);
        }
        Objects.requireNonNull(url, "url");
        if (url.isBlank()) {
            throw new IllegalArgumentException("feed url must not be blank");
        }
        name = name == null || name.isBlank() ? id : name.strip();
        language = language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
        if (interval != null && (interval.isNegative() || interval.isZero())) {
            throw new IllegalArgumentException("feed interval must be positive: " + interval);
        }
        fullText = fullText == null ? FullTextMode.AUTO : fullText;
    }

    /** A feed with the default full-text mode ({@link FullTextMode#AUTO}). */
    public FeedSpec(String id, String url, String name, String language, Duration interval) {
        this(id, url, name, language, interval, FullTextMode.AUTO);
    }

    /** A stable id made from a display name: lower case, runs of other characters become '-'. */
    public static String slug(String text) {
        String folded = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.isEmpty()) {
            slug = "feed";
        }
        return slug.length() > 100 ? slug.substring(0, 100) : slug;
    }
}
