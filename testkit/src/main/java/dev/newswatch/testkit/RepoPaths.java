package dev.newswatch.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the repository and the files it ships are, seen from a test. The root is the {@code newswatch.repo.root}
 * system property (the parent POM sets it for surefire) when it holds {@code config/newswatch.yml}, else the first
 * directory holding {@code config/newswatch.yml} found walking up from the working directory (a test run from an
 * IDE). Stateless and thread-safe.
 */
public final class RepoPaths {

    /** The system property naming the repository root. */
    public static final String ROOT_PROPERTY = "newswatch.repo.root";

    private static final String MARKER = "config/newswatch.yml";

    private RepoPaths() {
    }

    /**
     * The repository root, absolute and normalised.
     *
     * @throws IllegalStateException when neither the property nor the working directory leads to it
     */
    public static Path root() {
        String property = System.getProperty(ROOT_PROPERTY);
        if (property != null && !property.isBlank()) {
            Path configured = Path.of(property).toAbsolutePath().normalize();
            if (Files.isRegularFile(configured.resolve(MARKER))) {
                return configured;
            }
        }
        Path start = Path.of("").toAbsolutePath().normalize();
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve(MARKER))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the repository root (a directory with " + MARKER + "): "
                + ROOT_PROPERTY + " is " + property + " and no parent of " + start + " has it; set -D" + ROOT_PROPERTY);
    }

    /** The shipped config directory, {@code <root>/config}. */
    public static Path config() {
        return root().resolve("config");
    }

    /** {@code relative} resolved against the repository root, e.g. {@code "config/taxonomy.yml"}. */
    public static Path resolve(String relative) {
        return root().resolve(relative);
    }

    /**
     * A directory of the project's shared data kept outside the repository ({@code <root>/../shared/<relative>}, else
     * the first {@code shared/<relative>} walking up from the working directory), or empty when there is none; tests
     * that read it skip without it.
     */
    public static Optional<Path> shared(String relative) {
        String property = System.getProperty(ROOT_PROPERTY);
        if (property != null && !property.isBlank()) {
            Path beside = Path.of(property).resolve("../shared").resolve(relative).toAbsolutePath().normalize();
            if (Files.isDirectory(beside)) {
                return Optional.of(beside);
            }
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve(relative);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
