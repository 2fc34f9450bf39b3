package dev.newswatch.ingest.normalize;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Article ids: the lower-case hex SHA-256 (64 characters) of what identifies an item.
 *
 * <p>{@link #forUrl} hashes the canonical URL alone, so the same story from two feeds has one id.
 * {@link #forGuid} hashes the feed id, a line feed and the GUID, since GUIDs are only unique within a feed.
 * {@link #forContent} is the last resort for items with neither link nor GUID. Arguments must not be null
 * unless stated. Stateless and thread-safe.
 */
public final class ArticleIds {

    private static final HexFormat HEX = HexFormat.of();

    private ArticleIds() {
    }

    /** The id of an item with a link: SHA-256 of {@code canonicalUrl} (see {@link UrlCanonicalizer}). */
    public static String forUrl(String canonicalUrl) {
        return sha256(Objects.requireNonNull(canonicalUrl, "canonicalUrl"));
    }

    /** The id of an item without a link: SHA-256 of {@code feedId + "\n" + guid} (the GUID stripped). */
    public static String forGuid(String feedId, String guid) {
        Objects.requireNonNull(feedId, "feedId");
        Objects.requireNonNull(guid, "guid");
        return sha256(feedId + "\n" + guid.strip());
    }

    /**
     * The id of an item with neither link nor GUID: SHA-256 of the feed id, title, description and published
     * time, each on its own line ({@code title} and {@code description} may be null or empty, {@code published}
     * null). Stable as long as the feed repeats the item unchanged.
     */
    public static String forContent(String feedId, String title, String description, Instant published) {
        Objects.requireNonNull(feedId, "feedId");
        return sha256(feedId + "\n" + Objects.toString(title, "") + "\n" + Objects.toString(description, "")
                + "\n" + Objects.toString(published, ""));
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HEX.formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform must support SHA-256.", e);
        }
    }
}
