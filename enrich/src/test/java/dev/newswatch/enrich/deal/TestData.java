package dev.newswatch.enrich.deal;

import dev.newswatch.testkit.RepoPaths;
import java.nio.file.Path;
import java.util.Optional;

/** Where the shared samples are: outside the repository, so tests that read them skip when absent. */
final class TestData {

    private TestData() {
    }

    /** The shared samples directory ({@code shared/samples} beside the repository), if there is one. */
    static Optional<Path> samplesDir() {
        return RepoPaths.shared("samples");
    }
}
