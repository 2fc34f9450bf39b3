package dev.newswatch.alerts.feed;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newswatch.alerts.AlertViews;
import dev.newswatch.alerts.channel.AlertView;
import dev.newswatch.alerts.channel.HtmlEscaper;
import dev.newswatch.alerts.channel.NotificationRenderer;
import dev.newswatch.alerts.channel.PlainText;
import dev.newswatch.core.model.Delivery;
import dev.newswatch.core.serde.Json;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Renders a subscription's feed as Atom 1.0 (RFC 4287) or JSON Feed 1.1. Each entry is one delivered alert:
 * its id is {@code urn:newswatch:alert:<alert id>}, stable across renderings, and since the alert id carries the
 * deal's version an update of a deal is a new entry. The title is the mail's subject, the content the mail's
 * HTML section (every feed string escaped), the link the first source. The feed URL, which holds the token, is
 * never written into the document. Deterministic; stateless and thread-safe.
 */
public final class AlertFeedRenderer {

    /** The media type of the Atom document. */
    public static final String ATOM_TYPE = "application/atom+xml; charset=utf-8";
    /** The media type of the JSON Feed document. */
    public static final String JSON_FEED_TYPE = "application/feed+json; charset=utf-8";
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static final NotificationRenderer RENDERER = new NotificationRenderer();

    /** The Atom document of {@code feed}. */
    public String atom(AlertFeedStore.Feed feed) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM_NS);
            element(xml, "id", feedId(feed));
            element(xml, "title", title(feed));
            element(xml, "updated", updated(feed).toString());
            xml.writeStartElement("author");
            element(xml, "name", "Newswatch");
            xml.writeEndElement();
            element(xml, "generator", "Newswatch");
            for (Delivery d : feed.entries()) {
                AlertView view = AlertViews.of(d.alert());
                xml.writeStartElement("entry");
                element(xml, "id", entryId(view));
                element(xml, "title", RENDERER.subject(view));
                element(xml, "published", AlertFeedStore.published(d).toString());
                element(xml, "updated", AlertFeedStore.published(d).toString());
                Optional<String> link = firstLink(view);
                if (link.isPresent()) {
                    xml.writeEmptyElement("link");
                    xml.writeAttribute("rel", "alternate");
                    xml.writeAttribute("href", xmlSafe(link.get()));
                }
                for (String category : view.categories()) {
                    xml.writeEmptyElement("category");
                    xml.writeAttribute("term", xmlSafe(PlainText.oneLine(category, 100)));
                }
                String evidence = PlainText.oneLine(view.evidence(), 1_000);
                if (!evidence.isEmpty()) {
                    element(xml, "summary", evidence);
                }
                xml.writeStartElement("content");
                xml.writeAttribute("type", "html");
                xml.writeCharacters(xmlSafe(RENDERER.htmlSection(view)));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the alerts feed of " + feed.subscription().id(), e);
        }
        return out.toString();
    }

    /** The JSON Feed 1.1 document of {@code feed}. */
    public String jsonFeed(AlertFeedStore.Feed feed) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("version", "https://jsonfeed.org/version/1.1");
        root.put("title", title(feed));
        root.put("description", "Deal alerts of the Newswatch subscription " + feed.subscription().id());
        root.putArray("authors").addObject().put("name", "Newswatch");
        ArrayNode items = root.putArray("items");
        for (Delivery d : feed.entries()) {
            AlertView view = AlertViews.of(d.alert());
            ObjectNode item = items.addObject();
            item.put("id", entryId(view));
            firstLink(view).ifPresent(url -> item.put("url", url));
            item.put("title", RENDERER.subject(view));
            item.put("content_html", RENDERER.htmlSection(view));
            item.put("content_text", RENDERER.textSection(view));
            String evidence = PlainText.oneLine(view.evidence(), 1_000);
            if (!evidence.isEmpty()) {
                item.put("summary", evidence);
            }
            item.put("date_published", AlertFeedStore.published(d).toString());
            item.put("date_modified", AlertFeedStore.published(d).toString());
            if (!view.categories().isEmpty()) {
                ArrayNode tags = item.putArray("tags");
                view.categories().forEach(tags::add);
            }
        }
        return root.toString();
    }

    /** The stable id of an entry: one per alert version. */
    public static String entryId(AlertView view) {
        return "urn:newswatch:alert:" + view.alertId();
    }

    private static String feedId(AlertFeedStore.Feed feed) {
        return "urn:newswatch:alerts-feed:" + feed.subscription().id();
    }

    private static String title(AlertFeedStore.Feed feed) {
        return "Newswatch alerts: " + feed.subscription().id();
    }

    private static Instant updated(AlertFeedStore.Feed feed) {
        return feed.entries().isEmpty() ? Instant.EPOCH : AlertFeedStore.published(feed.entries().get(0));
    }

    private static Optional<String> firstLink(AlertView view) {
        return view.sources().stream().map(s -> HtmlEscaper.linkableUrl(s.url())).flatMap(Optional::stream).findFirst();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlSafe(text));
        xml.writeEndElement();
    }

    /** Drops the characters XML 1.0 cannot carry at all (most controls, unpaired surrogates, U+FFFE, U+FFFF). */
    static String xmlSafe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r'
                    || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
