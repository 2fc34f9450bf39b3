package dev.newswatch.ingest.fulltext;

import java.net.URI;
import java.util.Objects;

/**
 * The outcome of {@link PageReader#read}: the page's {@link Extracted article}, or why there is none. Branch with
 * {@code instanceof} patterns. Immutable values.
 */
public sealed interface PageResult permits PageResult.Extracted, PageResult.Failed {

    /**
     * The page was fetched and read.
     *
     * @param finalUri the URL that answered, after redirects
     * @param article  what was read from it (its text may be empty)
     * @param body     the page as received, decompressed (for the archive); owned by this result, not copied
     */
    record Extracted(URI finalUri, ExtractedArticle article, byte[] body) implements PageResult {
        public Extracted {
            Objects.requireNonNull(finalUri, "finalUri");
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(body, "body");
        }

        /** Shows the body length, not its bytes. */
        @Override
        public String toString() {
            return "Extracted[finalUri=" + finalUri + ", article=" + article + ", body=" + body.length + " bytes]";
        }
    }

    /**
     * No article: the fetch failed, robots.txt disallows the page, or it is not HTML.
     *
     * @param uri     the page asked for
     * @param message one line for the operator
     */
    record Failed(URI uri, String message) implements PageResult {
        public Failed {
            Objects.requireNonNull(message, "message");
        }
    }
}
