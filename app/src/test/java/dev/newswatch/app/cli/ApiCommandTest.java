package dev.newswatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.app.Newswatch;
import dev.newswatch.app.api.BearerAuth;
import dev.newswatch.testkit.CliRun;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code newswatch api new-token|hash-token}: tokens for the HTTP API and the hashes newswatch.yml holds. */
class ApiCommandTest {

    @Test
    void shouldPrintANewTokenOnceWithTheConfigEntryHoldingItsHash() {
        CliRun run = CliRun.of(Newswatch.commandLine(), "api", "new-token", "--name", "ci", "--scope", "read,write");

        assertEquals(ExitCodes.OK, run.exit(), run.err());
        Matcher token = Pattern.compile("\\n  (nw_\\S+)\\n").matcher(run.out());
        assertTrue(token.find(), run.out());
        assertTrue(run.out().contains("- {name: ci, sha256: " + BearerAuth.hash(token.group(1)) + ", scopes: [read, write]}"),
                run.out());
    }

    @Test
    void shouldRefuseAnUnknownScope() {
        CliRun run = CliRun.of(Newswatch.commandLine(), "api", "new-token", "--name", "ci", "--scope", "admin");

        assertEquals(ExitCodes.USAGE, run.exit());
        assertTrue(run.err().contains("--scope must be read or write"), run.err());
    }

    @Test
    void shouldHashTheTokenReadFromStdin() {
        CliRun run = withStdin("abc\n", () -> CliRun.of(Newswatch.commandLine(), "api", "hash-token"));
        CliRun empty = withStdin("", () -> CliRun.of(Newswatch.commandLine(), "api", "hash-token"));

        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", run.out().strip());
        assertEquals(ExitCodes.INPUT, empty.exit());
    }

    private static CliRun withStdin(String text, java.util.function.Supplier<CliRun> run) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        try {
            return run.get();
        } finally {
            System.setIn(original);
        }
    }
}
