package dev.newswatch.ingest.fetch;

import java.io.IOException;

/** The server used a Content-Encoding the fetcher did not offer and cannot decode. */
final class UnsupportedContentEncodingException extends IOException {

    UnsupportedContentEncodingException(String encoding) {
        super("unsupported Content-Encoding " + encoding);
    }
}
