package dev.newswatch.ingest.fetch;

import dev.newswatch.core.net.NetworkPolicy;
import dev.newswatch.core.net.NetworkPolicyException;
import dev.newswatch.ingest.fetch.FetchResult.Failed;
import dev.newswatch.ingest.fetch.FetchResult.Fetched;
import dev.newswatch.ingest.fetch.FetchResult.NotModified;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Reads {@code file:} feeds under the policy's allowed roots, with HTTP-like validators: a weak ETag from
 * size and modification time, and Last-Modified from the modification time, so an unchanged file gives
 * {@link NotModified}. Thread-safe.
 */
final class FileFetcher {

    private final NetworkPolicy policy;
    private final long maxBodyBytes;
    private final Clock clock;

    FileFetcher(NetworkPolicy policy, long maxBodyBytes, Clock clock) {
        this.policy = policy;
        this.maxBodyBytes = maxBodyBytes;
        this.clock = clock;
    }

    FetchResult fetch(FetchRequest request, Instant start) {
        URI uri = request.uri();
        Path path;
        try {
            path = policy.checkFile(uri);
        } catch (NetworkPolicyException e) {
            return failed(uri, e.getMessage(), false, start);
        }
        try {
            // The real path has no symbolic link left; refuse one swapped in since the check.
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) {
                return failed(uri, "not a regular file: " + path, false, start);
            }
            Instant modified = attributes.lastModifiedTime().toInstant();
            String etag = "W/\"" + Long.toHexString(attributes.size()) + "-"
                    + Long.toHexString(modified.getEpochSecond()) + "." + Integer.toHexString(modified.getNano()) + "\"";
            String lastModified = ResponseHeaders.httpDate(modified);
            if (unchanged(request, etag, modified)) {
                return new NotModified(uri, etag, lastModified, null, latency(start));
            }
            if (attributes.size() > maxBodyBytes) {
                return failed(uri, "body exceeds " + maxBodyBytes + " bytes: " + path, false, start);
            }
            byte[] body;
            try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
                body = BodyDecoder.readLimited(in, maxBodyBytes);
            }
            return new Fetched(uri, 200, body, contentType(path), etag, lastModified, null, latency(start));
        } catch (NoSuchFileException e) {
            return failed(uri, "file not found: " + path, false, start);
        } catch (AccessDeniedException e) {
            return failed(uri, "permission denied: " + path, false, start);
        } catch (BodyTooLargeException e) {
            return failed(uri, e.getMessage() + ": " + path, false, start);
        } catch (IOException e) {
            return failed(uri, "cannot read " + path + ": " + e.getMessage(), true, start);
        }
    }

    /** If-None-Match wins over If-Modified-Since, as in HTTP. */
    private static boolean unchanged(FetchRequest request, String etag, Instant modified) {
        if (request.etag() != null) {
            return request.etag().equals(etag);
        }
        if (request.lastModified() != null) {
            Instant since = ResponseHeaders.httpDate(request.lastModified());
            return since != null && !modified.truncatedTo(ChronoUnit.SECONDS).isAfter(since);
        }
        return false;
    }

    private static String contentType(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".rss")) {
            return "application/rss+xml";
        }
        if (name.endsWith(".atom")) {
            return "application/atom+xml";
        }
        if (name.endsWith(".xml")) {
            return "application/xml";
        }
        if (name.endsWith(".json")) {
            return "application/json";
        }
        return null;
    }

    private Failed failed(URI uri, String message, boolean retriable, Instant start) {
        return new Failed(uri, 0, message, retriable, null, latency(start));
    }

    private Duration latency(Instant start) {
        Duration latency = Duration.between(start, clock.instant());
        return latency.isNegative() ? Duration.ZERO : latency;
    }
}
