package dev.newswatch.ingest.fetch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;

class BodyDecoderTest {

    private static final byte[] TEXT = "<rss version=\"2.0\"/>".getBytes(UTF_8);

    @Test
    void shouldPassAnUnencodedBodyThrough() throws IOException {
        assertArrayEquals(TEXT, BodyDecoder.read(new ByteArrayInputStream(TEXT), null, 1024));
        assertArrayEquals(TEXT, BodyDecoder.read(new ByteArrayInputStream(TEXT), "identity", 1024));
    }

    @Test
    void shouldAcceptTheXGzipAlias() throws IOException {
        assertArrayEquals(TEXT, BodyDecoder.read(new ByteArrayInputStream(gzip(TEXT)), "x-gzip", 1024));
    }

    @Test
    void shouldUndoStackedEncodingsInReverseOrder() throws IOException {
        assertArrayEquals(TEXT, BodyDecoder.read(new ByteArrayInputStream(gzip(gzip(TEXT))), "gzip, GZIP", 1024));
    }

    @Test
    void shouldReturnAnEmptyBodyForAnEmptyGzipResponse() throws IOException {
        assertArrayEquals(new byte[0], BodyDecoder.read(new ByteArrayInputStream(new byte[0]), "gzip", 1024));
    }

    @Test
    void shouldRejectAnEncodingItDidNotOffer() {
        UnsupportedContentEncodingException thrown = assertThrows(UnsupportedContentEncodingException.class,
                () -> BodyDecoder.read(new ByteArrayInputStream(TEXT), "br", 1024));

        assertEquals("unsupported Content-Encoding br", thrown.getMessage());
    }

    @Test
    void shouldRejectCorruptGzip() {
        assertThrows(ZipException.class, () -> BodyDecoder.read(new ByteArrayInputStream(TEXT), "gzip", 1024));
    }

    @Test
    void shouldAcceptABodyOfExactlyTheCap() throws IOException {
        assertArrayEquals(TEXT, BodyDecoder.read(new ByteArrayInputStream(TEXT), null, TEXT.length));
    }

    @Test
    void shouldRejectABodyOneByteOverTheCap() {
        BodyTooLargeException thrown = assertThrows(BodyTooLargeException.class,
                () -> BodyDecoder.read(new ByteArrayInputStream(TEXT), null, TEXT.length - 1));

        assertEquals("body exceeds " + (TEXT.length - 1) + " bytes", thrown.getMessage());
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }
}
