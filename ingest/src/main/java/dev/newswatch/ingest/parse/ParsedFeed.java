package dev.newswatch.ingest.parse;

import java.time.Duration;
import java.util.List;

/**
 * A feed document as read from the wire, before normalisation.
 *
 * <p>{@code title}, {@code link} (absolute when it could be resolved), {@code language} (as written in the
 * feed, for example {@code "en-US"}) and {@code ttl} (from RSS {@code <ttl>} minutes) may be null.
 * {@code items} is never null and is copied. {@code tolerant} is true when the tolerant fallback reader
 * produced the value because the document was not well-formed XML or was not accepted by ROME.
 *
 * <p>Immutable and thread-safe.
 */
public record ParsedFeed(
        String title,
        String link,
        String language,
        Duration ttl,
        List<ParsedItem> items,
        boolean tolerant) {

    public ParsedFeed {
        if (ttl != null && (ttl.isNegative() || ttl.isZero())) {
            throw new IllegalArgumentException("feed ttl must be positive: " + ttl);
        }
        items = items == null ? List.of() : List.copyOf(items);
    }
}
