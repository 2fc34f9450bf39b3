package dev.newswatch.alerts.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newswatch.core.model.Delivery;
import dev.newswatch.core.serde.Json;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** {@link AlertFeedRenderer}: well-formed Atom and JSON Feed, stable ids, feed text escaped, no token written. */
class AlertFeedRendererTest {

    private final AlertFeedRenderer renderer = new AlertFeedRenderer();

    @Test
    void shouldWriteWellFormedAtomWithStableIdsAndEscapedFeedText() throws Exception {
        AlertFeedStore.Feed feed = feedOf(AlertFeedStoreTest.delivery("desk", "deal-1-v2", Delivery.DELIVERED,
                AlertFeedStoreTest.T0.plusSeconds(60)), AlertFeedStoreTest.delivery("desk", "deal-1-v1",
                Delivery.DELIVERED, AlertFeedStoreTest.T0));
        String atom = renderer.atom(feed);
        Document doc = parse(atom);
        Element root = doc.getDocumentElement();
        assertEquals("http://www.w3.org/2005/Atom", root.getNamespaceURI());
        assertEquals(2, root.getElementsByTagNameNS("*", "entry").getLength());
        Element first = (Element) root.getElementsByTagNameNS("*", "entry").item(0);
        assertEquals("urn:newswatch:alert:deal-1-v2", first.getElementsByTagNameNS("*", "id").item(0).getTextContent());
        assertEquals("2026-11-26T10:01:00Z", first.getElementsByTagNameNS("*", "updated").item(0).getTextContent());
        // The content is HTML as text: the feed's "<talks>" arrives escaped inside it, never as markup
        String content = first.getElementsByTagNameNS("*", "content").item(0).getTextContent();
        assertTrue(content.contains("Amazon &amp; OpenAI &lt;talks&gt;"), content);
        assertEquals(atom, renderer.atom(feed), "the same feed renders to the same bytes");
        assertFalse(atom.contains(AlertFeedStoreTest.TOKEN), "the token is never written");
    }

    @Test
    void shouldDropCharactersXmlCannotCarry() throws Exception {
        assertEquals("ab\u00e9\ud83d\ude00", AlertFeedRenderer.xmlSafe("a\u0000b\u0007\u00e9\ud83d\ude00\ud800\uffff"));
    }

    @Test
    void shouldWriteAJsonFeedOnePointOne() throws Exception {
        AlertFeedStore.Feed feed = feedOf(AlertFeedStoreTest.delivery("desk", "deal-1-v1", Delivery.DELIVERED,
                AlertFeedStoreTest.T0));
        JsonNode json = Json.mapper().readTree(renderer.jsonFeed(feed));
        assertEquals("https://jsonfeed.org/version/1.1", json.path("version").asText());
        JsonNode item = json.path("items").get(0);
        assertEquals("urn:newswatch:alert:deal-1-v1", item.path("id").asText());
        assertEquals("https://news.example.test/1", item.path("url").asText());
        assertTrue(item.path("title").asText().startsWith("New deal: "), item.toString());
        assertTrue(item.path("content_html").asText().contains("&lt;talks&gt;"), item.toString());
        assertEquals("2026-11-26T10:00:00Z", item.path("date_published").asText());
    }

    @Test
    void shouldWriteAnEmptyFeedThatStillParses() throws Exception {
        Document doc = parse(renderer.atom(feedOf()));
        assertEquals(0, doc.getDocumentElement().getElementsByTagNameNS("*", "entry").getLength());
        assertEquals("urn:newswatch:alerts-feed:desk",
                doc.getDocumentElement().getElementsByTagNameNS("*", "id").item(0).getTextContent());
    }

    private static AlertFeedStore.Feed feedOf(Delivery... deliveries) {
        return new AlertFeedStore.Feed(AlertFeedStoreTest.feed("desk"), List.of(deliveries));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
