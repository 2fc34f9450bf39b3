package dev.newswatch.app.it;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts {@code newswatch alerts} as a child JVM, as an operator would run it, optionally armed with a crash
 * point ({@code -Dnewswatch.crash-at}, read by {@link HaltAtCrashPoint}) and with extra environment variables
 * (webhook secrets named by {@code secret-env}). Output goes to a log file.
 */
final class AlertsProcess {

    private AlertsProcess() {
    }

    static Process start(Path config, String bootstrapServers, String crashAt, Map<String, String> env, Path log)
            throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1"));
        if (crashAt != null) {
            command.add("-D" + HaltAtCrashPoint.PROPERTY + "=" + crashAt);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.newswatch.app.Newswatch", "alerts",
                "--config", config.toString(), "--bootstrap-servers", bootstrapServers, "--instance-id", "crash"));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return pb.start();
    }

    /** The last lines of a child's log, for failure messages. */
    static String tail(Path log) {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
