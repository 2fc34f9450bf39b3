package dev.newswatch.app.it;

import dev.newswatch.testkit.ConfigDir;
import java.io.IOException;
import java.nio.file.Path;
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
}
