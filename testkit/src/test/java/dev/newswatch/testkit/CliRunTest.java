package dev.newswatch.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

class CliRunTest {

    /** Greets its argument on out; a name starting with "-" is refused on err with exit code 3. */
    @Command(name = "greet")
    static final class Greet implements Callable<Integer> {

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0")
        String name;

        @Override
        public Integer call() {
            if (name.startsWith("_")) {
                spec.commandLine().getErr().println("not a name: " + name);
                return 3;
            }
            spec.commandLine().getOut().println("hello " + name);
            return 0;
        }
    }

    @Test
    void shouldCaptureOutAndTheExitCode() {
        // When
        CliRun run = CliRun.of(new CommandLine(new Greet()), "ada");

        // Then
        assertEquals(new CliRun(0, "hello ada\n", ""), run);
    }

    @Test
    void shouldCaptureErrAndTheCommandsOwnExitCode() {
        // When
        CliRun run = CliRun.of(new CommandLine(new Greet()), "_x");

        // Then
        assertEquals(3, run.exit());
        assertEquals("", run.out());
        assertEquals("not a name: _x\n", run.err());
    }

    @Test
    void shouldCapturePicocliUsageErrors() {
        // When the required argument is missing
        CliRun run = CliRun.of(new CommandLine(new Greet()));

        // Then picocli's usage error goes to err with its usage exit code
        assertEquals(CommandLine.ExitCode.USAGE, run.exit());
        assertTrue(run.err().contains("Missing required parameter"), run.err());
        assertEquals("", run.out());
    }
}
