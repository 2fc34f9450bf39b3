package dev.newswatch.ingest.websub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newswatch.ingest.parse.FeedDecoder;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Finds the hub and self URLs of a fetched feed, as WebSub section 4 says: HTTP {@code Link} headers first, then
 * the document's feed-level links ({@code <link rel="hub">} in Atom, {@code <atom:link rel="hub">} in RSS, the
 * {@code hubs} and {@code feed_url} of a JSON Feed). Only the part of an XML document before its first item or
 * entry is read, so item links never count. Stateless and thread-safe.
 */
public final class HubDiscovery {

    private static final Pattern FIRST_ITEM = Pattern.compile("<(?:[A-Za-z0-9_.-]+:)?(?:item|entry)[\\s>/]");
    private static final Pattern LINK_VALUE = Pattern.compile("<([^>]*)>([^<]*)");
    private static final Pattern REL_PARAM = Pattern.compile("(?i);\\s*rel\\s*=\\s*(\"([^\"]*)\"|([^;,\\s]+))");
    private static final ObjectMapper JSON = new ObjectMapper();

    private HubDiscovery() {
    }

    /**
     * The links of one fetched feed.
     *
     * @param body        the document as received (decompressed), may be null
     * @param contentType its {@code Content-Type}, may be null
     * @param linkHeaders the values of its {@code Link} response headers, never null
     * @param fetchedFrom the URL that answered; relative links resolve against it, and it is the topic when the
     *                    feed names no self URL
     * @return the links, or null when the feed names no http(s) hub
     */
    public static HubLinks discover(byte[] body, String contentType, List<String> linkHeaders, URI fetchedFrom) {
        Found headers = fromHeaders(linkHeaders, fetchedFrom);
        Found document = headers.hub != null && headers.self != null ? new Found() : fromBody(body, contentType, fetchedFrom);
        URI hub = headers.hub != null ? headers.hub : document.hub;
        if (hub == null) {
            return null;
        }
        URI self = headers.self != null ? headers.self : document.self;
        return new HubLinks(hub, self != null ? self : fetchedFrom);
    }

    /** The hub and self of {@code Link} header values such as {@code <https://hub.example/>; rel="hub"}. */
    static Found fromHeaders(List<String> values, URI base) {
        Found found = new Found();
        for (String value : values) {
            Matcher m = LINK_VALUE.matcher(value);
            while (m.find()) {
                Matcher rel = REL_PARAM.matcher(m.group(2));
                if (rel.find()) {
                    found.add(rel.group(2) != null ? rel.group(2) : rel.group(3), m.group(1).strip(), base);
                }
            }
        }
        return found;
    }

    private static Found fromBody(byte[] body, String contentType, URI base) {
        if (body == null || body.length == 0) {
            return new Found();
        }
        String text = FeedDecoder.decode(body, contentType).stripLeading();
        if (text.startsWith("{")) {
            return fromJsonFeed(text, base);
        }
        Matcher item = FIRST_ITEM.matcher(text);
        String head = item.find() ? text.substring(0, item.start()) : text;
        Found found = new Found();
        if (!head.toLowerCase(Locale.ROOT).contains("hub")) {
            return found;
        }
        for (Element e : Jsoup.parse(head, "", Parser.xmlParser()).getAllElements()) {
            String tag = e.tagName().toLowerCase(Locale.ROOT);
            if ((tag.equals("link") || tag.endsWith(":link")) && e.hasAttr("rel") && e.hasAttr("href")) {
                found.add(e.attr("rel"), e.attr("href").strip(), base);
            }
        }
        return found;
    }

    private static Found fromJsonFeed(String text, URI base) {
        Found found = new Found();
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (java.io.IOException e) {
            return found;
        }
        for (JsonNode hub : root.path("hubs")) {
            if (hub.path("type").asText("").equalsIgnoreCase("WebSub") && hub.path("url").isTextual()) {
                found.add("hub", hub.path("url").asText(), base);
            }
        }
        if (root.path("feed_url").isTextual()) {
            found.add("self", root.path("feed_url").asText(), base);
        }
        return found;
    }

    /** The first hub and the first self found in one place. */
    static final class Found {
        URI hub;
        URI self;

        void add(String rel, String href, URI base) {
            List<String> rels = new ArrayList<>(List.of(rel.toLowerCase(Locale.ROOT).strip().split("\\s+")));
            URI uri = resolve(href, base);
            if (uri == null) {
                return;
            }
            if (hub == null && rels.contains("hub")) {
                hub = uri;
            }
            if (self == null && rels.contains("self")) {
                self = uri;
            }
        }

        private static URI resolve(String href, URI base) {
            try {
                URI uri = base == null ? URI.create(href) : base.resolve(href);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri : null;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
