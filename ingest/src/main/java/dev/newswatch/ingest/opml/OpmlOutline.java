package dev.newswatch.ingest.opml;

import java.util.Objects;

/**
 * One subscription outline of an OPML file: an {@code <outline>} with an {@code xmlUrl}.
 *
 * @param xmlUrl   the feed URL as written, never null
 * @param title    the {@code title} attribute, else the {@code text} attribute; may be null
 * @param language the {@code language} attribute, may be null
 * @param category the titles of the enclosing folder outlines joined with "/", or null at the top level
 */
public record OpmlOutline(String xmlUrl, String title, String language, String category) {

    public OpmlOutline {
        Objects.requireNonNull(xmlUrl, "xmlUrl");
    }
}
