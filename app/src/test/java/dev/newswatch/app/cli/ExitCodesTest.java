package dev.newswatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.app.Newswatch;
import dev.newswatch.core.config.ConfigException;
import dev.newswatch.core.kafka.KafkaUnreachableException;
import dev.newswatch.testkit.CliRun;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Every exit code of the table in {@link ExitCodes}, each through the real command line with its output
 * captured: a command that really fails that way where one does so without a broker, and a stand-in command
 * that throws the exception where the cause is what is tested (a wrapped Kafka timeout, a bug).
 */
class ExitCodesTest {

    @TempDir
    Path dir;

    // ---- the table in --help ----

    @Test
    void shouldListEveryExitCodeWithItsNameInTheHelpOfEveryCommand() {
        for (String[] command : List.of(new String[] {"--help"}, new String[] {"feeds", "remove", "--help"},
                new String[] {"analyze", "--help"})) {
            CliRun run = run(command);

            assertEquals(ExitCodes.OK, run.exit(), run.err());
            assertTrue(run.out().contains("Exit codes:"), run.out());
            for (Map.Entry<String, String> code : ExitCodes.helpList().entrySet()) {
                String name = code.getValue().substring(0, code.getValue().indexOf(':'));
                assertTrue(run.out().matches("(?s).*\\n\\s*" + code.getKey().strip() + "\\s+" + name + ": .*"),
                        "code " + code.getKey().strip() + " " + name + " in:\n" + run.out());
            }
        }
        assertEquals(Map.of("0", "OK", "1", "FAILED", "2", "USAGE", "3", "CONFIG", "4", "KAFKA_UNREACHABLE",
                "5", "INPUT", "70", "INTERNAL"), namesByCode());
    }

    // ---- 1 FAILED ----

    @Test
    void shouldExitOneWithTheMessageOfARefusedOperation() {
        CliRun run = runThrowing(new IllegalStateException("namespace replay-1 already has 12 topics"));

        assertEquals(new CliRun(ExitCodes.FAILED, "", "newswatch: namespace replay-1 already has 12 topics\n"), run);
    }

    // ---- 2 USAGE ----

    @Test
    void shouldExitTwoOnAnUnknownOption() {
        CliRun run = run("feeds", "list", "--no-such-option");

        assertEquals(ExitCodes.USAGE, run.exit());
        assertTrue(run.err().startsWith("Unknown option: '--no-such-option'"), run.err());
    }

    @Test
    void shouldExitTwoOnAnInvalidArgumentBeforeReadingTheConfigOrCallingKafka() {
        // Given a config directory that does not exist, so that reading it would exit 3 instead
        String missing = dir.resolve("no-config").toString();

        CliRun feed = run("feeds", "add", "ftp://files.example.test/feed.xml", "--config", missing);
        CliRun entity = run("entities", "add", "Not An Id", "Name", "--config", missing);
        CliRun interval = run("feeds", "add", "https://news.example.test/rss", "--interval", "5 years",
                "--config", missing);

        assertEquals(ExitCodes.USAGE, feed.exit(), feed.err());
        assertTrue(feed.err().startsWith("feed URL must be http or https: ftp://files.example.test/feed.xml\n"), feed.err());
        assertTrue(feed.err().contains("Usage: newswatch feeds add"), feed.err());
        assertEquals(ExitCodes.USAGE, entity.exit(), entity.err());
        assertTrue(entity.err().startsWith("entity id must be"), entity.err());
        assertEquals(ExitCodes.USAGE, interval.exit(), interval.err());
        assertTrue(interval.err().startsWith("--interval: must be a duration such as 30s"), interval.err());
    }

    // ---- 3 CONFIG ----

    @Test
    void shouldExitThreeOnAMissingConfigDirectory() {
        Path missing = dir.resolve("no-config");

        CliRun run = run("subscriptions", "list", "--config", missing.toString());

        assertEquals(ExitCodes.CONFIG, run.exit(), run.err());
        assertEquals("newswatch: invalid configuration: " + missing.toAbsolutePath().normalize()
                + ": config directory does not exist\n", run.err());
    }

    @Test
    void shouldExitThreeOnAConfigErrorWrappedInAnotherException() {
        CliRun run = runThrowing(new IllegalStateException("start failed",
                new ConfigException("newswatch.yml", "alerts.http-port", "must be a port")));

        assertEquals(new CliRun(ExitCodes.CONFIG, "",
                "newswatch: invalid configuration: newswatch.yml: alerts.http-port: must be a port\n"), run);
    }

    // ---- 4 KAFKA_UNREACHABLE ----

    @Test
    void shouldExitFourWhenTheEmbeddedBrokerCannotTakeItsPort() throws IOException {
        // Given the broker's port taken by another process
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            // When
            CliRun run = run("up", "--config", minimalConfig().toString(),
                    "--port", String.valueOf(taken.getLocalPort()),
                    "--data-dir", dir.resolve("data").toString());

            // Then
            assertEquals(ExitCodes.KAFKA_UNREACHABLE, run.exit(), run.err());
            assertTrue(run.err().startsWith("newswatch: port " + taken.getLocalPort() + " on 127.0.0.1 is already in use"),
                    run.err());
        }
    }

    @Test
    void shouldExitFourWhenKafkaDoesNotAnswer() {
        CliRun typed = runThrowing(
                new KafkaUnreachableException("cannot reach Kafka at 127.0.0.1:1 to read nw.feeds", null));
        CliRun wrapped = runThrowing(new IllegalStateException("cannot list the topics",
                new org.apache.kafka.common.errors.TimeoutException("Timed out waiting for a node assignment.")));

        assertEquals(new CliRun(ExitCodes.KAFKA_UNREACHABLE, "",
                        "newswatch: cannot reach Kafka at 127.0.0.1:1 to read nw.feeds\n"),
                typed);
        assertEquals(ExitCodes.KAFKA_UNREACHABLE, wrapped.exit(), wrapped.err());
        assertTrue(wrapped.err().startsWith("newswatch: Kafka did not answer in time: Timed out waiting for a node "
                + "assignment. (is 'newswatch up' running"), wrapped.err());
    }

    // ---- 5 INPUT ----

    @Test
    void shouldExitFiveWhenAnInputFileIsMissing() throws IOException {
        Path missing = dir.resolve("no-such-dump.txt");
        Path archive = dir.resolve("no-such-archive");

        CliRun verify = run("webhook", "verify", "--secret", "whsec_AAAA", "--file", missing.toString());
        CliRun fetch = run("fetch", "--inputs-from", missing.toString(), "--config", dir.toString());
        CliRun backtest = run("backtest", "--archive", archive.toString(), "--no-progress", "--report",
                dir.resolve("report").toString(), "--config", minimalConfig().toString());

        assertEquals(new CliRun(ExitCodes.INPUT, "", "newswatch: cannot read " + missing + ": no such file\n"), verify);
        assertEquals(new CliRun(ExitCodes.INPUT, "", "newswatch: cannot read " + missing + ": no such file\n"), fetch);
        assertEquals(ExitCodes.INPUT, backtest.exit(), backtest.err());
        assertTrue(backtest.err().endsWith("newswatch: archive directory " + archive + " does not exist\n"), backtest.err());
    }

    @Test
    void shouldExitFiveNamingTheLineWhenAnInputCannotBeParsed() throws IOException {
        Path input = Files.writeString(dir.resolve("in.jsonl"), "{\"text\": \"fine\"}\n{not json\n");
        Path config = Files.createDirectories(dir.resolve("no-yml"));
        Path taxonomy = Files.writeString(dir.resolve("taxonomy.yml"),
                "categories:\n  funding:\n    min-score: 1\n    terms:\n      any: [invest*]\n");
        Path entities = Files.writeString(dir.resolve("entities.yml"), "[]\n");

        CliRun run = run("analyze", "--config", config.toString(), "--taxonomy", taxonomy.toString(), "--entities",
                entities.toString(), input.toString());

        assertEquals(ExitCodes.INPUT, run.exit(), run.err());
        assertTrue(run.err().startsWith("newswatch: cannot read " + input + " line 2: "), run.err());
    }

    // ---- 70 INTERNAL ----

    @Test
    void shouldExitSeventyAndSayItIsABugOnAnUnexpectedException() {
        CliRun run = runThrowing(new NullPointerException("feed.url()"));

        assertEquals(ExitCodes.INTERNAL, run.exit());
        assertEquals("newswatch: internal error (a bug): java.lang.NullPointerException: feed.url(); the stack trace "
                + "is in the log above.\n", run.err());
        assertFalse(run.err().contains("\tat "), "the stack trace goes to the log, not to the message: " + run.err());
    }

    // ---- helpers ----

    private static CliRun run(String... args) {
        return CliRun.of(Newswatch.commandLine(), args);
    }

    /** Runs a stand-in subcommand {@code fail} that throws {@code e}, through Newswatch's error handling. */
    private static CliRun runThrowing(Exception e) {
        CommandLine cli = Newswatch.commandLine();
        cli.addSubcommand("fail", new Fail(e));
        return CliRun.of(cli, "fail");
    }

    private Path minimalConfig() throws IOException {
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.writeString(config.resolve("newswatch.yml"), "data-dir: \"" + dir.resolve("data") + "\"\n");
        return config;
    }

    private static Map<String, String> namesByCode() {
        Map<String, String> names = new java.util.HashMap<>();
        ExitCodes.helpList().forEach((code, text) -> names.put(code.strip(), text.substring(0, text.indexOf(':'))));
        return names;
    }

    @Command(name = "fail")
    private static final class Fail implements Callable<Integer> {
        private final Exception toThrow;

        Fail(Exception toThrow) {
            this.toThrow = toThrow;
        }

        @Override
        public Integer call() throws Exception {
            throw toThrow;
        }
    }
}
