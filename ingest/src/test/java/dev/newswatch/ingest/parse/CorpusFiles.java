package dev.newswatch.ingest.parse;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared feed corpus lives: {@code ../shared/corpus/feeds} next to the repository (tests skip without it). */
public final class CorpusFiles {

    private CorpusFiles() {
    }

    public static Path directory() {
        return repositoryRoot().resolve("../shared/corpus/feeds").normalize();
    }

    private static Path repositoryRoot() {
        String property = System.getProperty("newswatch.repo.root");
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath();
        }
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null) {
            if (Files.isRegularFile(directory.resolve("pom.xml")) && Files.isDirectory(directory.resolve("core"))) {
                return directory;
            }
            directory = directory.getParent();
        }
        return Path.of("").toAbsolutePath();
    }
}
