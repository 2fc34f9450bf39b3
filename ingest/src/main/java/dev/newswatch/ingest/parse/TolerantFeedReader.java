package dev.newswatch.ingest.parse;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * The tolerant reader, used when ROME cannot read a document: jsoup's XML parser, which accepts unescaped
 * ampersands, undefined entities, junk before the root and wrong nesting, expands no DTD entity and loads
 * nothing. Elements are matched by local name, case-insensitively, so RSS 0.9x/2.0, RSS 1.0/1.1 (RDF), Atom
 * 0.3/1.0 and CDF are all read, whatever their namespaces. Entity references jsoup does not know (such as
 * {@code &lol9;} from a DOCTYPE) are dropped from the extracted values. Stateless and thread-safe.
 */
final class TolerantFeedReader {

    private static final Set<String> FEED_ROOTS = Set.of("rss", "rdf", "feed", "channel");
    private static final Set<String> ITEMS = Set.of("item", "entry");
    private static final Set<String> PAGE_ELEMENTS = Set.of("html", "head", "body");
    private static final Set<String> FOREIGN_PREFIXES = Set.of(
            "media", "itunes", "georss", "geo", "slash", "wfw", "thr", "sy", "admin", "trackback", "g", "googleplay");
    private static final Pattern ENTITY_REFERENCE = Pattern.compile("&([A-Za-z_][A-Za-z0-9._:-]*);");
    private static final Pattern HTTP_URL = Pattern.compile("(?i)^https?://\\S+$");

    private TolerantFeedReader() {
    }

    /** Reads {@code text}, or explains why it is not a feed. */
    static ParsedFeed read(String text, URI baseUri) throws FeedParseException {
        Document document = Jsoup.parse(text, baseUri == null ? "" : baseUri.toString(), Parser.xmlParser());
        Element firstElement = document.children().isEmpty() ? null : document.child(0);
        if (firstElement == null) {
            throw new FeedParseException("not XML: no element found");
        }
        Element root = findFeedRoot(document);
        if (root == null) {
            throw new FeedParseException("not a feed: root element <" + firstElement.tagName() + ">");
        }
        Element channel = channelOf(root);
        String feedLink = feedLink(channel);
        URI base = Links.base(baseUri, feedLink);
        List<ParsedItem> items = new ArrayList<>();
        for (Element item : itemsOf(root)) {
            items.add(item(item, base));
        }
        return new ParsedFeed(
                plain(childText(channel, "title")),
                Links.resolve(baseUri, feedLink),
                language(root, channel),
                ttl(channel),
                items,
                true);
    }

    private static Element findFeedRoot(Document document) {
        Deque<Element> pending = new ArrayDeque<>(document.children());
        while (!pending.isEmpty()) {
            Element element = pending.removeFirst();
            String name = local(element);
            if (FEED_ROOTS.contains(name)) {
                return element;
            }
            if (!PAGE_ELEMENTS.contains(name) && !ITEMS.contains(name)) {
                List<Element> children = element.children();
                for (int i = children.size() - 1; i >= 0; i--) {
                    pending.addFirst(children.get(i));
                }
            }
        }
        return null;
    }

    private static Element channelOf(Element root) {
        if (local(root).equals("rss") || local(root).equals("rdf")) {
            for (Element child : root.children()) {
                if (local(child).equals("channel")) {
                    return child;
                }
            }
        }
        return root;
    }

    private static List<Element> itemsOf(Element root) {
        List<Element> items = new ArrayList<>();
        Deque<Element> pending = new ArrayDeque<>(root.children());
        while (!pending.isEmpty()) {
            Element element = pending.removeFirst();
            if (ITEMS.contains(local(element)) && !isForeign(element)) {
                items.add(element);
                continue;
            }
            List<Element> children = element.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.addFirst(children.get(i));
            }
        }
        return items;
    }

    private static ParsedItem item(Element element, URI base) {
        ItemFields fields = new ItemFields();
        for (Element child : element.children()) {
            if (isForeign(child)) {
                fields.acceptForeign(child);
            } else {
                fields.accept(child);
            }
        }
        String link = fields.link;
        if (link == null) {
            link = attribute(element, "rdf:about", "about", "href");
        }
        String guid = fields.guid != null ? fields.guid : attribute(element, "rdf:about", "about");
        if (link == null && guid != null && fields.guidIsPermaLink && HTTP_URL.matcher(guid).matches()) {
            link = guid;
        }
        return new ParsedItem(
                guid,
                Links.resolve(base, plain(link)),
                fields.title != null ? fields.title : fields.foreignTitle,
                fields.description != null ? fields.description : fields.foreignDescription,
                fields.content,
                fields.published != null ? fields.published : fields.dcDate,
                fields.updated,
                List.copyOf(fields.authors),
                List.copyOf(fields.categories));
    }

    /** The values of one item, taken from its children; the first occurrence of each wins. */
    private static final class ItemFields {
        private String title;
        private String foreignTitle;
        private String foreignDescription;
        private String link;
        private boolean alternateLinkSeen;
        private String origLink;
        private String guid;
        private boolean guidIsPermaLink = true;
        private String description;
        private String content;
        private Instant published;
        private Instant dcDate;
        private Instant updated;
        private final Set<String> authors = new LinkedHashSet<>();
        private final Set<String> categories = new LinkedHashSet<>();

        void accept(Element child) {
            switch (local(child)) {
                case "title" -> title = title != null ? title : markup(child);
                case "link" -> acceptLink(child);
                case "origlink" -> origLink = origLink != null ? origLink : plain(child.text());
                case "guid" -> acceptGuid(child);
                case "id" -> guid = guid != null ? guid : plain(child.text());
                case "description", "summary", "abstract" ->
                        description = description != null ? description : markup(child);
                case "encoded", "content", "body", "fullitem" -> content = content != null ? content : markup(child);
                case "pubdate", "published", "issued" ->
                        published = published != null ? published : FeedDates.parse(child.text());
                case "date", "created" -> dcDate = dcDate != null ? dcDate : FeedDates.parse(child.text());
                case "updated", "modified" -> updated = updated != null ? updated : FeedDates.parse(child.text());
                case "author", "creator" -> addIfPresent(authors, person(child));
                case "category", "subject" -> addIfPresent(categories, category(child));
                default -> {
                    // Other elements (comments, enclosures, extensions) carry nothing an article needs.
                }
            }
            if (origLink != null) {
                link = origLink;
                alternateLinkSeen = true;
            }
        }

        /** Podcast and Media RSS titles and summaries stand in when the item has none of its own. */
        void acceptForeign(Element child) {
            switch (local(child)) {
                case "title" -> foreignTitle = foreignTitle != null ? foreignTitle : markup(child);
                case "summary", "subtitle", "description" ->
                        foreignDescription = foreignDescription != null ? foreignDescription : markup(child);
                default -> {
                    // Other extension elements (ratings, thumbnails, durations) carry no text for an article.
                }
            }
        }

        private void acceptLink(Element child) {
            String href = attribute(child, "href");
            if (href != null) {
                String rel = attribute(child, "rel");
                boolean alternate = rel == null || rel.equalsIgnoreCase("alternate");
                if (alternate && !alternateLinkSeen) {
                    link = plain(href);
                    alternateLinkSeen = true;
                }
                return;
            }
            if (link == null) {
                link = plain(child.text());
            }
        }

        private void acceptGuid(Element child) {
            if (guid == null) {
                guid = plain(child.text());
                String permaLink = attribute(child, "isPermaLink");
                guidIsPermaLink = permaLink == null || !permaLink.strip().equalsIgnoreCase("false");
            }
        }
    }

    private static String person(Element element) {
        if (element.children().isEmpty()) {
            return plain(element.text());
        }
        String name = childText(element, "name");
        return plain(name != null ? name : childText(element, "email"));
    }

    private static String category(Element element) {
        String term = attribute(element, "term");
        return plain(term != null ? term : element.text());
    }

    /**
     * The content of a text construct as HTML. Escaped HTML and CDATA are returned decoded; inline markup
     * (XHTML or raw HTML tags) is returned as markup; plain text constructs are escaped; Atom 0.3 base64
     * content is decoded. Null when blank.
     */
    private static String markup(Element element) {
        String type = attribute(element, "type");
        String mode = attribute(element, "mode");
        String value;
        if (element.children().isEmpty()) {
            value = element.wholeText();
            if (mode != null && mode.equalsIgnoreCase("base64")) {
                value = decodeBase64(value);
            } else if (type != null && (type.equalsIgnoreCase("text") || type.equalsIgnoreCase("text/plain"))) {
                value = Entities.escape(value);
            }
        } else {
            StringBuilder html = new StringBuilder();
            for (Node node : element.childNodes()) {
                if (node instanceof CDataNode cdata) {
                    html.append(cdata.getWholeText());
                } else if (node instanceof TextNode textNode) {
                    html.append(Entities.escape(textNode.getWholeText()));
                } else if (node instanceof Element child) {
                    html.append(child.outerHtml());
                }
            }
            value = html.toString();
        }
        String cleaned = dropUnknownEntities(value);
        return cleaned.isBlank() ? null : cleaned;
    }

    private static String decodeBase64(String value) {
        try {
            return new String(Base64.getMimeDecoder().decode(value.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    private static String feedLink(Element channel) {
        for (Element child : channel.children()) {
            if (!local(child).equals("link") || isForeign(child)) {
                continue;
            }
            String href = attribute(child, "href");
            String rel = attribute(child, "rel");
            if (href != null && (rel == null || rel.equalsIgnoreCase("alternate"))) {
                return plain(href);
            }
            if (href == null && !child.text().isBlank()) {
                return plain(child.text());
            }
        }
        return attribute(channel, "href");
    }

    private static String language(Element root, Element channel) {
        String language = childText(channel, "language");
        if (language == null) {
            language = attribute(channel, "xml:lang", "lang");
        }
        if (language == null) {
            language = attribute(root, "xml:lang", "lang");
        }
        return plain(language);
    }

    private static Duration ttl(Element channel) {
        String ttl = childText(channel, "ttl");
        if (ttl == null || !ttl.strip().matches("\\d{1,6}")) {
            return null;
        }
        long minutes = Long.parseLong(ttl.strip());
        return minutes > 0 ? Duration.ofMinutes(minutes) : null;
    }

    private static String childText(Element parent, String localName) {
        for (Element child : parent.children()) {
            if (local(child).equals(localName) && !isForeign(child)) {
                return child.text();
            }
        }
        return null;
    }

    private static String attribute(Element element, String... names) {
        for (String name : names) {
            String value = element.attributes().getIgnoreCase(name);
            if (!value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static void addIfPresent(Set<String> values, String value) {
        if (value != null) {
            values.add(value);
        }
    }

    private static String plain(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = dropUnknownEntities(value).strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** Removes references to entities jsoup does not know (DOCTYPE-declared or misspelt), which it left as text. */
    private static String dropUnknownEntities(String value) {
        if (value.indexOf('&') < 0) {
            return value;
        }
        Matcher matcher = ENTITY_REFERENCE.matcher(value);
        StringBuilder result = new StringBuilder(value.length());
        while (matcher.find()) {
            String name = matcher.group(1);
            boolean known = Entities.isNamedEntity(name) || Entities.isBaseNamedEntity(name);
            matcher.appendReplacement(result, known ? Matcher.quoteReplacement(matcher.group()) : "");
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private static boolean isForeign(Element element) {
        return FOREIGN_PREFIXES.contains(element.tag().prefix().toLowerCase(Locale.ROOT));
    }

    private static String local(Element element) {
        return element.tag().localName().toLowerCase(Locale.ROOT);
    }
}
