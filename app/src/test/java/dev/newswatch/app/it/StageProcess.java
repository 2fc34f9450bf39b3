package dev.newswatch.app.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One stage ({@code newswatch ingest}, {@code enrich} or {@code alerts}) in a child JVM, as an operator runs it
 * against a cluster, with its own data directory and instance id; a test can kill it ({@code kill -9}), pause it
 * ({@code SIGSTOP}), resume it and start it again. Output goes to {@code <name>.log} in the data directory's parent
 * (appended across restarts). Not thread-safe: drive it from the test thread.
 */
final class StageProcess implements AutoCloseable {

    private final String stage;
    private final String name;
    private final Path config;
    private final String bootstrapServers;
    private final Path dataDir;
    private final Path log;
    private Process process;
    private int starts;

    /**
     * @param stage the command: {@code ingest}, {@code enrich} or {@code alerts}
     * @param name  this instance's id (ingest, alerts) and the name of its data directory and log
     * @param dir   where the data directory and the log go
     */
    StageProcess(String stage, String name, Path config, String bootstrapServers, Path dir) {
        this.stage = stage;
        this.name = name;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.dataDir = dir.resolve(name);
        this.log = dir.resolve(name + ".log");
    }

    /** Starts the stage (again, after {@link #kill()}): same data directory, same instance id. */
    StageProcess start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is still running (pid " + process.pid() + ")");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "dev.newswatch.app.Newswatch", stage,
                "--config", config.toString(), "--bootstrap-servers", bootstrapServers,
                "--data-dir", dataDir.toString()));
        if (!stage.equals("enrich")) {
            command.addAll(List.of("--instance-id", name));
        }
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("NEWSWATCH_INSTANCE_ID", name);
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start newswatch " + stage + " (" + name + ")", e);
        }
        starts++;
        Process started = process;
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
        return this;
    }

    /** How many times it was started. */
    int starts() {
        return starts;
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** Kills it with SIGKILL, as {@code kill -9} does, and waits until it is gone. */
    void kill() {
        if (!alive()) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGSTOP: the JVM holds its sockets and does nothing, heartbeats and transaction included. */
    void pause() {
        signal("STOP");
    }

    /** SIGCONT after {@link #pause()}. */
    void resume() {
        signal("CONT");
    }

    private void signal(String signal) {
        if (!alive()) {
            throw new IllegalStateException(name + " is not running: " + tail());
        }
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run kill -" + signal, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while signalling " + name, e);
        }
    }

    /** The last lines of its output, for failure messages. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return name + ": " + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return name + ": (no log: " + e.getMessage() + ")";
        }
    }

    /** Resumes it if paused, then stops it with SIGTERM (a clean shutdown), SIGKILL after 30 s. */
    @Override
    public void close() {
        if (!alive()) {
            return;
        }
        signal("CONT");
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
