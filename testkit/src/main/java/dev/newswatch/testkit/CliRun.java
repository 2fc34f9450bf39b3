package dev.newswatch.testkit;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One in-process run of a picocli command line: its exit code and what it wrote to standard output and standard
 * error, with the platform's line separator written as {@code \n} so that expected output is written once.
 * Immutable.
 *
 * @param exit the exit code {@link CommandLine#execute} returned
 * @param out  what the command printed to its out writer
 * @param err  what it printed to its err writer (usage errors and failures)
 */
public record CliRun(int exit, String out, String err) {

    /**
     * Runs {@code args} on {@code commandLine} with its out and err writers replaced by in-memory ones.
     *
     * @param commandLine a fresh command line (its writers are replaced, so do not share it between threads)
     * @param args        the arguments, as a shell would split them
     */
    public static CliRun of(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new CliRun(exit, unix(out.toString()), unix(err.toString()));
    }

    private static String unix(String text) {
        return text.replace(System.lineSeparator(), "\n");
    }
}
