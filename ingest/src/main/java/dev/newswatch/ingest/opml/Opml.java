package dev.newswatch.ingest.opml;

import dev.newswatch.core.model.FeedSpec;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads and writes OPML 2.0 feed lists.
 *
 * <p>{@link #read} takes every {@code <outline>} that has an {@code xmlUrl}, at any depth, in document order; folder
 * outlines (without {@code xmlUrl}) give their title to the outlines inside them as a category. The document is
 * read with jsoup's XML parser, which expands no entity and loads nothing, so a hostile file stays small and local.
 * {@link #write} writes one {@code type="rss"} outline per feed with {@code text}, {@code title}, {@code xmlUrl} and
 * {@code language} when known. Stateless and thread-safe.
 */
public final class Opml {

    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private Opml() {
    }

    /**
     * The subscription outlines of an OPML document.
     *
     * @throws IllegalArgumentException when the document has no {@code <opml>} root with a {@code <body>}
     */
    public static List<OpmlOutline> read(String xml) {
        Document document = Jsoup.parse(xml, "", Parser.xmlParser());
        Element body = document.selectFirst("opml > body");
        if (body == null) {
            throw new IllegalArgumentException("not an OPML document: no <opml> root with a <body>");
        }
        List<OpmlOutline> out = new ArrayList<>();
        collect(body, null, out);
        return out;
    }

    private static void collect(Element parent, String category, List<OpmlOutline> out) {
        for (Element outline : parent.children()) {
            if (!outline.normalName().equals("outline")) {
                continue;
            }
            String xmlUrl = attribute(outline, "xmlUrl");
            String title = attribute(outline, "title");
            if (title == null) {
                title = attribute(outline, "text");
            }
            if (xmlUrl != null) {
                out.add(new OpmlOutline(xmlUrl, title, attribute(outline, "language"), category));
            }
            String folder = xmlUrl != null || title == null ? category : category == null ? title : category + "/" + title;
            collect(outline, folder, out);
        }
    }

    /** An attribute by name, matched without regard to case (readers write xmlurl, xmlURL, ...); null when blank. */
    private static String attribute(Element element, String name) {
        for (var attribute : element.attributes()) {
            if (attribute.getKey().equalsIgnoreCase(name)) {
                String value = attribute.getValue().strip();
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    /** The feeds as an OPML 2.0 document titled {@code title}, created at {@code created}. */
    public static String write(Collection<FeedSpec> feeds, String title, Instant created) {
        StringBuilder xml = new StringBuilder(256 + feeds.size() * 160);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<opml version=\"2.0\">\n")
                .append("  <head>\n")
                .append("    <title>").append(escape(title)).append("</title>\n")
                .append("    <dateCreated>").append(RFC_822.format(created)).append("</dateCreated>\n")
                .append("  </head>\n")
                .append("  <body>\n");
        for (FeedSpec feed : feeds) {
            xml.append("    <outline type=\"rss\" text=\"").append(escape(feed.name()))
                    .append("\" title=\"").append(escape(feed.name()))
                    .append("\" xmlUrl=\"").append(escape(feed.url())).append('"');
            if (feed.language() != null) {
                xml.append(" language=\"").append(escape(feed.language())).append('"');
            }
            xml.append("/>\n");
        }
        xml.append("  </body>\n</opml>\n");
        return xml.toString();
    }

    /** XML-escapes text for an attribute or element; drops the control characters XML 1.0 forbids. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text == null ? 0 : text.length() + 16);
        for (int i = 0; text != null && i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
