package dev.newswatch.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A config directory written for one test: {@code newswatch.yml} from the lines the test states, other files
 * written or copied from the shipped {@code config/} directory. Each method returns this directory, so a fixture
 * reads top to bottom:
 *
 * <pre>{@code
 * Path config = ConfigDir.create(dir.resolve("config"))
 *         .copyShipped("taxonomy.yml", "entities", "demo")
 *         .demoFeeds()
 *         .main("kafka:", "  topic-prefix: it.")
 *         .path();
 * }</pre>
 *
 * Not thread-safe; one test writes one directory.
 */
public final class ConfigDir {

    /** The main config file the loader reads. */
    public static final String MAIN_FILE = "newswatch.yml";

    /** The feed list. */
    public static final String FEEDS_FILE = "feeds.yml";

    private final Path dir;

    private ConfigDir(Path dir) {
        this.dir = dir;
    }

    /** Creates {@code dir} (and its parents) if missing. */
    public static ConfigDir create(Path dir) throws IOException {
        Files.createDirectories(dir);
        return new ConfigDir(dir);
    }

    /** The directory, to hand to the config loader or to {@code --config}. */
    public Path path() {
        return dir;
    }

    /**
     * Copies files or directories (with everything below them) of the shipped config, paths relative to
     * {@code config/}, to the same place here.
     */
    public ConfigDir copyShipped(String... relatives) throws IOException {
        Path shipped = RepoPaths.config();
        for (String relative : relatives) {
            Path from = shipped.resolve(relative);
            Path to = dir.resolve(relative);
            copyTree(from, to);
        }
        return this;
    }

    /**
     * Writes {@code feeds.yml} with only the shipped demo feeds (those read from {@code file:demo/}): the web feeds
     * are not reachable from tests. Copy {@code "demo"} too, so that the feeds have their files.
     */
    public ConfigDir demoFeeds() throws IOException {
        List<String> demo = Files.readAllLines(RepoPaths.config().resolve(FEEDS_FILE)).stream()
                .filter(line -> line.contains("file:demo/"))
                .toList();
        return write(FEEDS_FILE, "feeds:\n" + String.join("\n", demo) + "\n");
    }

    /** Writes {@code newswatch.yml} from {@code lines} (one YAML line each, indentation included). */
    public ConfigDir main(List<String> lines) throws IOException {
        return write(MAIN_FILE, String.join("\n", lines) + "\n");
    }

    /** Writes {@code newswatch.yml} from {@code lines} (one YAML line each, indentation included). */
    public ConfigDir main(String... lines) throws IOException {
        return main(List.of(lines));
    }

    /** Writes {@code content} to {@code relative}, creating its directory, replacing what was there. */
    public ConfigDir write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return this;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target);
                }
            }
        }
    }
}
