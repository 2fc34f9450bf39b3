package dev.newswatch.app.cli;

import dev.newswatch.app.broker.BrokerStartException;
import dev.newswatch.core.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Exit codes of the CLI and the mapping from exceptions to a readable one-line error on stderr: the
 * operator sees what went wrong and what to do, not a stack trace.
 */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_CONFIG = 2;
    public static final int BROKER = 3;
    public static final int KAFKA_UNREACHABLE = 4;

    private ExitCodes() {
    }

    public static int handle(Exception e, CommandLine commandLine, ParseResult parseResult) {
        var err = commandLine.getErr();
        if (e instanceof ConfigException) {
            err.println("newswatch: invalid configuration: " + e.getMessage());
            return BAD_CONFIG;
        }
        if (e instanceof BrokerStartException) {
            err.println("newswatch: " + e.getMessage());
            return BROKER;
        }
        if (e instanceof IllegalStateException || e instanceof IllegalArgumentException) {
            err.println("newswatch: " + e.getMessage());
            return e instanceof IllegalStateException ? KAFKA_UNREACHABLE : FAILED;
        }
        err.println("newswatch: " + e);
        e.printStackTrace(err);
        return FAILED;
    }
}
