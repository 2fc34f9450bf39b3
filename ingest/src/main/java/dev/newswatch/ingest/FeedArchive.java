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
 * and each article page fetched for full text as {@code <dir>/<feed-id>/pages/<article id>.html}, the layout that
 * replays and backtests read. Writes go to a temporary file first, so a reader never sees half a document. A
 * failed write is logged and never stops ingestion. Thread-safe.
 */
public interface FeedArchive {

    /** The archive that keeps nothing. */
    FeedArchive NONE = (feedId, fetchedAt, body) -> { };

    /** Stores one fetched document. */
    void store(String feedId, Instant fetchedAt, byte[] body);

    /** Stores the article page of {@code articleId}, fetched for its full text; the default keeps nothing. */
    default void storePage(String feedId, String articleId, byte[] page) {
    }

    /** Where {@link #in} keeps the page of {@code articleId} under the feed's archive directory. */
    static Path pagePath(Path feedDir, String articleId) {
        return feedDir.resolve("pages").resolve(articleId + ".html");
    }

    /** An archive under {@code dir}. */
    static FeedArchive in(Path dir) {
        return new FeedArchive() {
            private final Logger log = LoggerFactory.getLogger(FeedArchive.class);

            @Override
            public void store(String feedId, Instant fetchedAt, byte[] body) {
                String name = fetchedAt.truncatedTo(ChronoUnit.SECONDS).toString().replace(':', '-') + ".xml";
                write(feedId, dir.resolve(feedId).resolve(name), body);
            }

            @Override
            public void storePage(String feedId, String articleId, byte[] page) {
                write(feedId, pagePath(dir.resolve(feedId), articleId), page);
            }

            private void write(String feedId, Path target, byte[] body) {
                try {
                    Files.createDirectories(target.getParent());
                    Path tmp = Files.createTempFile(target.getParent(), ".partial-", ".tmp");
                    Files.write(tmp, body);
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    log.warn("Cannot archive a document of feed {} to {}: {}", feedId, target, e.getMessage());
                }
            }
        };
    }
}
