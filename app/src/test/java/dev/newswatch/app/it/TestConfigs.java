package dev.newswatch.app.it;

import dev.newswatch.testkit.ConfigDir;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes small config directories for tests: fast polling, loopback allowed, a given feed list. */
public final class TestConfigs {

    private TestConfigs() {
    }

    /** A config dir polling {@code feedUrls} every second, topics under {@code prefix}. */
    public static Path write(Path dir, String prefix, List<String> feedUrls) throws IOException {
        StringBuilder feeds = new StringBuilder("feeds:\n");
        for (int i = 0; i < feedUrls.size(); i++) {
            feeds.append("  - {url: \"").append(feedUrls.get(i)).append("\", name: \"Feed ").append(i).append("\"}\n");
        }
        return ConfigDir.create(dir)
                .main("data-dir: " + dir.resolve("data"),
                        "kafka:",
                        "  topic-prefix: " + prefix,
                        "ingest:",
                        "  default-interval: 1s",
                        "  min-interval: 1s",
                        "  jitter: 0",
                        "  max-backoff: 10s",
                        "  host-concurrency: 4",
                        "  host-min-gap: 0ms",
                        "  fetch-threads: 4",
                        "  total-deadline: 10s",
                        "network:",
                        "  allow: [127.0.0.0/8]")
                .write(ConfigDir.FEEDS_FILE, feeds.toString())
                .path();
    }

    /**
     * The settings a config of local feeds starts with: data under {@code dir/data}, topics under {@code prefix},
     * polling every 5 s, loopback allowed and feed files read from {@code allowFiles} (a directory of the config).
     * The list is mutable, so that a test appends its own sections.
     */
    public static List<String> localFeedSettings(Path dir, String prefix, String allowFiles) {
        return new ArrayList<>(List.of(
                "data-dir: \"" + dir.resolve("data") + "\"",
                "kafka:",
                "  topic-prefix: " + prefix,
                "ingest:",
                "  default-interval: 5s",
                "  min-interval: 1s",
                "network:",
                "  allow: [127.0.0.0/8]",
                "  allow-files: [" + allowFiles + "]"));
    }
}
