package dev.newswatch.ingest.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * Reads JSON Feed 1.0 and 1.1 documents (jsonfeed.org) into the same {@link ParsedFeed} as RSS and Atom.
 *
 * <p>Item fields map as follows: {@code id} to the GUID; {@code url}, else {@code external_url}, to the link
 * (resolved against the document's URL); {@code content_html}, else {@code content_text} (escaped), to the content;
 * {@code summary} (escaped) to the description; {@code date_published} and {@code date_modified} to the dates;
 * 1.1 {@code authors} and 1.0 {@code author} to the authors; {@code tags} to the categories. The top-level
 * {@code language} (1.1) is the feed's language. An item that is not an object, or has neither id nor link, is
 * skipped; a field of the wrong type is ignored. Stateless and thread-safe.
 */
final class JsonFeedReader {

    private static final String VERSION_PREFIX = "https://jsonfeed.org/version/1";
    /** Deep nesting is never a feed: refuse it before it costs anything. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .build();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
    }

    private JsonFeedReader() {
    }

    /** True when {@code text} looks like a JSON document (its first non-blank character is '{'). */
    static boolean looksLikeJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return c == '{';
            }
        }
        return false;
    }

    /**
     * Parses a JSON Feed.
     *
     * @throws FeedParseException when {@code text} is not JSON, or is JSON without a JSON Feed version or items
     */
    static ParsedFeed read(String text, URI baseUri) throws FeedParseException {
        JsonNode root;
        try {
            root = JSON.readTree(text.strip().replace("\uFEFF", ""));
        } catch (JsonProcessingException e) {
            throw new FeedParseException("not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new FeedParseException("a JSON Feed is an object");
        }
        String version = text(root, "version");
        if (version == null || !version.startsWith(VERSION_PREFIX)) {
            throw new FeedParseException("JSON document without a JSON Feed version (\"version\": \""
                    + VERSION_PREFIX + "\" or \"" + VERSION_PREFIX + ".1\")");
        }
        JsonNode items = root.get("items");
        if (items == null || !items.isArray()) {
            throw new FeedParseException("JSON Feed without an \"items\" array");
        }
        URI base = resolveBase(baseUri, text(root, "feed_url"));
        List<ParsedItem> parsed = new ArrayList<>();
        for (JsonNode item : items) {
            if (item.isObject()) {
                ParsedItem one = item(item, base);
                if (one.guid() != null || one.link() != null) {
                    parsed.add(one);
                }
            }
        }
        return new ParsedFeed(text(root, "title"), Links.resolve(base, text(root, "home_page_url")),
                text(root, "language"), null, parsed, false);
    }

    private static ParsedItem item(JsonNode item, URI base) {
        String link = Links.resolve(base, text(item, "url"));
        if (link == null) {
            link = Links.resolve(base, text(item, "external_url"));
        }
        String content = text(item, "content_html");
        if (content == null && text(item, "content_text") != null) {
            content = escape(text(item, "content_text"));
        }
        String summary = text(item, "summary");
        List<String> authors = new ArrayList<>();
        JsonNode list = item.get("authors");
        if (list != null && list.isArray()) {
            list.forEach(author -> authors.add(text(author, "name")));
        }
        if (authors.isEmpty() && item.get("author") != null) {
            authors.add(text(item.get("author"), "name"));
        }
        List<String> tags = new ArrayList<>();
        JsonNode tagList = item.get("tags");
        if (tagList != null && tagList.isArray()) {
            tagList.forEach(tag -> tags.add(tag.isValueNode() ? tag.asText() : null));
        }
        String title = text(item, "title");
        return new ParsedItem(text(item, "id"), link, title == null ? null : escape(title),
                summary == null ? null : escape(summary), content, date(item, "date_published"),
                date(item, "date_modified"), authors, tags);
    }

    private static URI resolveBase(URI baseUri, String feedUrl) {
        if (baseUri != null) {
            return baseUri;
        }
        try {
            URI uri = feedUrl == null ? null : URI.create(feedUrl);
            return uri != null && uri.isAbsolute() ? uri : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Instant date(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : FeedDates.parse(value);
    }

    /** A string or number field as text; null when absent, blank, or of another type. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node == null || !node.isObject() ? null : node.get(field);
        if (value == null || !(value.isTextual() || value.isNumber())) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
