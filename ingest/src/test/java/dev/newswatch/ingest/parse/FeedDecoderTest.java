package dev.newswatch.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link FeedDecoder}'s shortcut for documents that declare UTF-8 (it skips ROME's XmlReader): which declarations
 * take it, and that a document decodes the same with the HTTP charset that makes the decoder ask XmlReader.
 */
class FeedDecoderTest {

    private static final String BODY = "<rss version=\"2.0\"><channel><title>Caffè, Größe, déjà</title></channel></rss>";

    @Test
    void shouldTakeTheShortcutOnlyForAnXmlDeclarationThatSaysUtf8() {
        // Given declarations that say UTF-8 and ones that do not
        List<String> utf8 = List.of(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<?xml version='1.0' encoding='utf-8'?>",
                "<?xml version=\"1.0\" encoding=\"Utf-8\" standalone=\"yes\"?>",
                "<?xml version=\"1.1\"  encoding = \"UTF-8\" ?>");
        List<String> other = List.of(
                "<?xml version=\"1.0\"?>",                                  // no encoding: XmlReader decides
                "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>",
                "<?xml version=\"1.0\" encoding=\"UTF-8'?>",                // mismatched quotes
                "<?xml version=\"1.0\" encoding=\"UTF-16\"?>",
                "<rss version=\"2.0\">",
                "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>");         // a byte order mark comes first

        // Then
        for (String declaration : utf8) {
            assertTrue(FeedDecoder.declaresUtf8(bytes(declaration + BODY, StandardCharsets.UTF_8)), declaration);
        }
        for (String declaration : other) {
            assertFalse(FeedDecoder.declaresUtf8(bytes(declaration + BODY, StandardCharsets.UTF_8)), declaration);
        }
    }

    @Test
    void shouldDecodeAUtf8DocumentAsXmlReaderDoes() {
        // Given a UTF-8 document with non-ASCII text, read with the shortcut (no HTTP charset) and without it
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + BODY;
        byte[] body = bytes(document, StandardCharsets.UTF_8);

        // When
        String shortcut = FeedDecoder.decode(body, null);
        String viaXmlReader = FeedDecoder.decode(body, "application/rss+xml; charset=UTF-8");

        // Then
        assertEquals(document, shortcut);
        assertEquals(viaXmlReader, shortcut);
    }

    @Test
    void shouldStillReadWindows1252BytesUnderAUtf8Declaration() {
        // Given a document that says UTF-8 but is written in windows-1252 (mostly invalid UTF-8)
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + BODY;
        byte[] body = bytes(document, Charset.forName("windows-1252"));

        // Then it is read as windows-1252, as before the shortcut
        assertEquals(document, FeedDecoder.decode(body, null));
    }

    private static byte[] bytes(String text, Charset charset) {
        return text.getBytes(charset);
    }
}
