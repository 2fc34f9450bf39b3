package dev.newswatch.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A benchmark's temporary working directory (broker logs, configuration, generated archives), deleted with
 * everything in it on {@link #close()}. A directory that cannot be deleted is reported on standard error: a
 * benchmark's result should not fail on it.
 */
public final class WorkDir implements AutoCloseable {

    private final Path path;

    private WorkDir(Path path) {
        this.path = path;
    }

    /** A new empty directory under the system's temporary directory, its name starting with {@code prefix}. */
    public static WorkDir create(String prefix) {
        try {
            return new WorkDir(Files.createTempDirectory(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory " + prefix + "*", e);
        }
    }

    /**
     * A benchmark's {@code main} in one call: runs {@code benchmark} in a new working directory, deletes the
     * directory, then ends the JVM with the status the benchmark returned (0 when every measurement is complete),
     * which also stops the Kafka and HTTP threads the benchmark may have left behind.
     */
    public static void runAndExit(String prefix, Benchmark benchmark) throws Exception {
        int status;
        try (WorkDir work = create(prefix)) {
            status = benchmark.run(work.path());
        }
        System.exit(status);
    }

    /** A benchmark run in a working directory. */
    @FunctionalInterface
    public interface Benchmark {
        /** Runs the benchmark in {@code dir}; returns the process's exit status. */
        int run(Path dir) throws Exception;
    }

    /** The directory. */
    public Path path() {
        return path;
    }

    /** {@code other} inside the directory. */
    public Path resolve(String other) {
        return path.resolve(other);
    }

    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            System.err.println("could not delete " + path + ": " + e.getMessage());
        }
    }
}
