package dev.newswatch.core.config;

import java.nio.file.Path;
import java.util.List;

/**
 * Which addresses feeds and webhooks may reach beyond the public internet.
 *
 * @param allowCidrs private ranges allowed (link-local 169.254.0.0/16 is refused whatever this says)
 * @param allowFiles directories whose files may be read through {@code file:} URLs (absolute paths)
 */
public record NetworkSettings(List<String> allowCidrs, List<Path> allowFiles) {

    public NetworkSettings {
        allowCidrs = allowCidrs == null ? List.of() : List.copyOf(allowCidrs);
        allowFiles = allowFiles == null ? List.of() : List.copyOf(allowFiles);
    }
}
