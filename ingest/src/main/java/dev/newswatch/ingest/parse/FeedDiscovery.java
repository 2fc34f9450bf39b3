package dev.newswatch.ingest.parse;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the feeds an HTML page announces: {@code <link rel="alternate">} elements whose type is RSS, Atom or JSON
 * Feed, with their URLs made absolute against the page (or its {@code <base href>}), duplicates removed, in page
 * order. Stateless and thread-safe.
 */
public final class FeedDiscovery {

    private static final Set<String> FEED_TYPES = Set.of(
            "application/rss+xml", "application/atom+xml", "application/feed+json", "application/json",
            "application/rdf+xml", "application/xml", "text/xml");

    /**
     * One announced feed.
     *
     * @param url   absolute URL
     * @param type  the announced media type, lower case
     * @param title the link's title, or null
     */
    public record Found(String url, String type, String title) {
    }

    private FeedDiscovery() {
    }

    /** True when {@code body} reads as an HTML page rather than a feed (by Content-Type, else by its start). */
    public static boolean isHtml(byte[] body, String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.contains("html")) {
            return true;
        }
        if (type.contains("xml") || type.contains("json")) {
            return false;
        }
        String start = new String(body, 0, Math.min(body.length, 1024), java.nio.charset.StandardCharsets.UTF_8)
                .strip().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }

    /** The feeds announced by {@code html}, fetched from {@code pageUri}. */
    public static List<Found> discover(String html, URI pageUri) {
        Document document = Jsoup.parse(html, pageUri.toString());
        Map<String, Found> found = new LinkedHashMap<>();
        for (Element link : document.select("link[rel][href][type]")) {
            boolean alternate = false;
            for (String rel : link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
                alternate |= rel.equals("alternate");
            }
            String type = link.attr("type").strip().toLowerCase(Locale.ROOT);
            int semicolon = type.indexOf(';');
            type = semicolon >= 0 ? type.substring(0, semicolon).strip() : type;
            String url = link.absUrl("href");
            if (!alternate || !FEED_TYPES.contains(type) || url.isEmpty()
                    || !(url.startsWith("http://") || url.startsWith("https://"))) {
                continue;
            }
            String title = link.attr("title").strip();
            found.putIfAbsent(url, new Found(url, type, title.isEmpty() ? null : title));
        }
        return new ArrayList<>(found.values());
    }
}
