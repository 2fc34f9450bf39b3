package dev.newswatch.ingest.parse;

import dev.newswatch.testkit.RepoPaths;
import java.nio.file.Path;

/** Where the shared feed corpus lives: {@code ../shared/corpus/feeds} next to the repository (tests skip without it). */
public final class CorpusFiles {

    private CorpusFiles() {
    }

    /** The corpus directory, or a path that does not exist when the corpus is absent. */
    public static Path directory() {
        return RepoPaths.shared("corpus/feeds").orElse(RepoPaths.root().resolve("../shared/corpus/feeds").normalize());
    }
}
