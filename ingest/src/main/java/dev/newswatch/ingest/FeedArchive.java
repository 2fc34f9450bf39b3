package dev.newswatch.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each fetched feed document as {@code <dir>/<feed-id>/<fetch time, ISO-8601 UTC, ':' → '-'>.xml},
 * the layout that replays and backtests read. Writes go to a temporary file first, so a reader never sees
 * half a document. A failed write is logged and never stops ingestion. Thread-safe.
 */
public interface FeedArchive {

    /** The archive that keeps nothing. */
    FeedArchive NONE = (feedId, fetchedAt, body) -> { };

    /** Stores one fetched document. */
    void store(String feedId, Instant fetchedAt, byte[] body);

    /** An archive under {@code dir}. */
    static FeedArchive in(Path dir) {
        Logger log = LoggerFactory.getLogger(FeedArchive.class);
        return (feedId, fetchedAt, body) -> {
            String name = fetchedAt.truncatedTo(ChronoUnit.SECONDS).toString().replace(':', '-') + ".xml";
            Path target = dir.resolve(feedId).resolve(name);
            try {
                Files.createDirectories(target.getParent());
                Path tmp = Files.createTempFile(target.getParent(), ".partial-", ".xml");
                Files.write(tmp, body);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                log.warn("Cannot archive feed {} to {}: {}", feedId, target, e.getMessage());
            }
        };
    }
}
