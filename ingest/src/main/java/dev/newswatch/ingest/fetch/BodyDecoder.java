package dev.newswatch.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Reads a response body while decoding its Content-Encoding (gzip, deflate in its zlib or raw form, or
 * identity), stopping as soon as either the compressed or the decoded stream passes the cap, so a
 * decompression bomb costs at most the cap in memory. Stateless.
 */
final class BodyDecoder {

    private static final int BUFFER_BYTES = 8192;
    private static final int ZLIB_CHECK_DIVISOR = 31;
    private static final int DEFLATE_METHOD = 8;

    private BodyDecoder() {
    }

    /**
     * Reads and decodes the whole body.
     *
     * @param raw the body as sent, closed by the caller
     * @param contentEncoding the Content-Encoding header, or null
     * @param maxBytes the cap for both the raw and the decoded stream
     * @throws BodyTooLargeException when either stream passes the cap
     * @throws UnsupportedContentEncodingException for an encoding other than gzip, deflate or identity
     * @throws IOException when reading fails or the compressed data is corrupt
     */
    static byte[] read(InputStream raw, String contentEncoding, long maxBytes) throws IOException {
        List<String> codings = codings(contentEncoding);
        InputStream limitedRaw = new LimitedInputStream(raw, maxBytes, false);
        if (codings.isEmpty()) {
            return readAll(limitedRaw, maxBytes, false);
        }
        List<Inflater> inflaters = new ArrayList<>();
        try {
            InputStream decoded = limitedRaw;
            // Codings are listed in the order they were applied: undo them from last to first.
            for (int i = codings.size() - 1; i >= 0; i--) {
                decoded = decoder(decoded, codings.get(i), inflaters);
                if (decoded == null) {
                    return new byte[0];
                }
            }
            return readAll(decoded, maxBytes, true);
        } finally {
            for (Inflater inflater : inflaters) {
                inflater.end();
            }
        }
    }

    /** Reads a stream that needs no decoding, such as a file, under the cap. */
    static byte[] readLimited(InputStream in, long maxBytes) throws IOException {
        return readAll(new LimitedInputStream(in, maxBytes, false), maxBytes, false);
    }

    private static List<String> codings(String contentEncoding) throws UnsupportedContentEncodingException {
        List<String> codings = new ArrayList<>();
        if (contentEncoding == null) {
            return codings;
        }
        for (String part : contentEncoding.split(",")) {
            String coding = part.strip().toLowerCase(Locale.ROOT);
            switch (coding) {
                case "":
                case "identity":
                    break;
                case "gzip":
                case "x-gzip":
                    codings.add("gzip");
                    break;
                case "deflate":
                    codings.add("deflate");
                    break;
                default:
                    throw new UnsupportedContentEncodingException(coding);
            }
        }
        return codings;
    }

    /** A decoding stream, or null when the encoded stream is empty (an empty body stays empty). */
    private static InputStream decoder(InputStream in, String coding, List<Inflater> inflaters) throws IOException {
        PushbackInputStream peekable = new PushbackInputStream(in, 2);
        int first = peekable.read();
        if (first < 0) {
            return null;
        }
        int second = peekable.read();
        if (second >= 0) {
            peekable.unread(second);
        }
        peekable.unread(first);
        if (coding.equals("gzip")) {
            return new GZIPInputStream(peekable, BUFFER_BYTES);
        }
        // "deflate" should be zlib-wrapped (RFC 9110), but some servers send raw deflate: look at the header.
        boolean zlib = second >= 0
                && (first & 0x0f) == DEFLATE_METHOD
                && ((first << 8) | second) % ZLIB_CHECK_DIVISOR == 0;
        Inflater inflater = new Inflater(!zlib);
        inflaters.add(inflater);
        return new InflaterInputStream(peekable, inflater, BUFFER_BYTES);
    }

    private static byte[] readAll(InputStream in, long maxBytes, boolean decoded) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(BUFFER_BYTES);
        byte[] buffer = new byte[BUFFER_BYTES];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > maxBytes) {
                throw new BodyTooLargeException(maxBytes, decoded);
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    /** Counts the bytes that pass and fails once they exceed the limit. */
    private static final class LimitedInputStream extends FilterInputStream {

        private final long limit;
        private final boolean decoded;
        private long count;

        LimitedInputStream(InputStream in, long limit, boolean decoded) {
            super(in);
            this.limit = limit;
            this.decoded = decoded;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count(read);
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void count(long bytes) throws BodyTooLargeException {
            count += bytes;
            if (count > limit) {
                throw new BodyTooLargeException(limit, decoded);
            }
        }
    }
}
