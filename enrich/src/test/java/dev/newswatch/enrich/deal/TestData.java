package dev.newswatch.enrich.deal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the shared samples are: outside the repository, so tests that read them skip when absent. */
final class TestData {

    private TestData() {
    }

    /**
     * The shared samples directory: {@code newswatch.repo.root}/../shared/samples, else the first
     * {@code shared/samples} found walking up from the working directory.
     */
    static Optional<Path> samplesDir() {
        String root = System.getProperty("newswatch.repo.root");
        if (root != null) {
            Path candidate = Path.of(root).resolve("../shared/samples").normalize();
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/samples");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
