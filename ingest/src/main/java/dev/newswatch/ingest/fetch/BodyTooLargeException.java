package dev.newswatch.ingest.fetch;

import java.io.IOException;

/** A body passed the configured cap while it was read; the read stops at once. */
final class BodyTooLargeException extends IOException {

    BodyTooLargeException(long limit, boolean afterDecompression) {
        super("body exceeds " + limit + " bytes" + (afterDecompression ? " after decompression" : ""));
    }
}
