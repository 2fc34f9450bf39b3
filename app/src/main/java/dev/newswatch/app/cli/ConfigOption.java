package dev.newswatch.app.cli;

import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.EnrichSettings;
import dev.newswatch.core.config.NewswatchConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --config} option, shared by every command that reads the configuration directory. */
public final class ConfigOption {

    @Option(names = "--config", paramLabel = "DIR", defaultValue = "${env:NEWSWATCH_CONFIG:-config}",
            description = "Configuration directory (default: ${DEFAULT-VALUE}).")
    Path dir;

    /** The configuration directory as given (the default: {@code NEWSWATCH_CONFIG}, else {@code ./config}). */
    public Path dir() {
        return dir;
    }

    /**
     * The configuration of the directory.
     *
     * @throws dev.newswatch.core.config.ConfigException when the directory or a file of it is missing or invalid
     */
    public NewswatchConfig load() {
        return ConfigLoader.load(dir);
    }

    /**
     * The configuration when the directory has a {@code newswatch.yml}, else empty: the commands that work
     * without Kafka (analyze, eval, fetch) run on built-in defaults then.
     */
    public Optional<NewswatchConfig> loadIfPresent() {
        return Files.isRegularFile(dir.resolve(ConfigLoader.MAIN_FILE)) ? Optional.of(load()) : Optional.empty();
    }

    /** The enrich settings of the configuration, or the built-in defaults when the directory has no {@code newswatch.yml}. */
    public EnrichSettings enrichSettings() {
        return loadIfPresent().map(NewswatchConfig::enrich).orElseGet(() -> EnrichSettings.defaults(dir.toAbsolutePath()));
    }
}
