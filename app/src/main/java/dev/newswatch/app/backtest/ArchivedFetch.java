package dev.newswatch.app.backtest;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * One archived feed document, {@code <archive>/<feed-id>/<fetch time, ISO-8601 UTC, ':' → '-'>.xml[.gz]}:
 * the feed (the directory name), the fetch time (the file name) and the file. Immutable.
 */
public record ArchivedFetch(String feedId, Instant fetchedAt, Path file) {

    static final String XML = ".xml";
    static final String GZIP_XML = ".xml.gz";

    public ArchivedFetch {
        Objects.requireNonNull(feedId, "feedId");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(file, "file");
    }

    /** Whether the document is gzip-compressed (its name ends with {@code .xml.gz}). */
    public boolean compressed() {
        return file.getFileName().toString().endsWith(GZIP_XML);
    }

    /**
     * The fetch that {@code file} of feed directory {@code feedId} holds, or empty when its name is not an
     * archive name ({@code 2026-11-18T09-30-00Z.xml}, also with fractions of a second or {@code .gz}).
     */
    public static Optional<ArchivedFetch> of(String feedId, Path file) {
        String name = file.getFileName().toString();
        String stem;
        if (name.endsWith(GZIP_XML)) {
            stem = name.substring(0, name.length() - GZIP_XML.length());
        } else if (name.endsWith(XML)) {
            stem = name.substring(0, name.length() - XML.length());
        } else {
            return Optional.empty();
        }
        return fetchTime(stem).map(time -> new ArchivedFetch(feedId, time, file));
    }

    /** The archive file name of a fetch at {@code time}, as the ingester's archive writes it. */
    public static String fileName(Instant time) {
        return time.toString().replace(':', '-') + XML;
    }

    private static Optional<Instant> fetchTime(String stem) {
        int t = stem.indexOf('T');
        if (t < 0) {
            return Optional.empty();
        }
        String iso = stem.substring(0, t + 1) + stem.substring(t + 1).replace('-', ':');
        try {
            return Optional.of(Instant.parse(iso));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
