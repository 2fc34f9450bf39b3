package dev.newswatch.app.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newswatch.core.config.ConfigException;
import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.ConfigNode;
import dev.newswatch.core.model.FeedSpec;
import dev.newswatch.core.serde.Json;
import dev.newswatch.ingest.FeedRegistry;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code /api/v1/feeds}: entries in the shape of {@code feeds.yml} ({@code id}, {@code url}, {@code name},
 * {@code language}, {@code interval}, {@code full-text}), read by {@link ConfigLoader#feed}. Only http and https
 * URLs may be set through the API ({@code file:} feeds read local files: they belong in {@code feeds.yml}); a
 * feed already reading a file keeps its URL when an update leaves it unchanged.
 */
final class FeedResource extends Resource<FeedSpec> {

    private final Path configDir;

    FeedResource(FeedRegistry registry, Path configDir) {
        super("feeds", "feed", registry);
        this.configDir = configDir;
    }

    @Override
    FeedSpec parse(ObjectNode body, FeedSpec current) {
        FeedSpec feed = ConfigLoader.feed(new ConfigNode(SOURCE, "", body), configDir);
        boolean web = feed.url().startsWith("http://") || feed.url().startsWith("https://");
        if (!web && (current == null || !current.url().equals(feed.url()))) {
            throw new ConfigException(SOURCE, "url", "must be an http or https URL (file: feeds are listed in feeds.yml)");
        }
        return feed;
    }

    @Override
    ObjectNode write(FeedSpec feed) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("id", feed.id());
        node.put("url", feed.url());
        node.put("name", feed.name());
        if (feed.language() != null) {
            node.put("language", feed.language());
        }
        if (feed.interval() != null) {
            node.put("interval", duration(feed.interval()));
        }
        node.put("full-text", feed.fullText().configName());
        return node;
    }

    @Override
    String id(FeedSpec feed) {
        return feed.id();
    }

    /** A duration as feeds.yml writes it: {@code 90s}, {@code 15m}, {@code 6h}, {@code 1d}. */
    static String duration(Duration d) {
        long ms = d.toMillis();
        if (ms % 1000 != 0) {
            return ms + "ms";
        }
        long s = ms / 1000;
        if (s % 86_400 == 0) {
            return s / 86_400 + "d";
        }
        if (s % 3600 == 0) {
            return s / 3600 + "h";
        }
        return s % 60 == 0 ? s / 60 + "m" : s + "s";
    }
}
