package dev.newswatch.core.config;

/**
 * Invalid configuration: names the file, the key (a dotted path such as {@code ingest.max-backoff} or
 * {@code feeds[3].url}) and the reason, so the operator can fix it without reading code.
 */
public final class ConfigException extends RuntimeException {

    private final String file;
    private final String key;
    private final String reason;

    public ConfigException(String file, String key, String reason) {
        super(file + ": " + (key == null || key.isEmpty() ? "" : key + ": ") + reason);
        this.file = file;
        this.key = key;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public String key() {
        return key;
    }

    public String reason() {
        return reason;
    }
}
