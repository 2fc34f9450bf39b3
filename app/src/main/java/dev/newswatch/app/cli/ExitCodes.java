package dev.newswatch.app.cli;

import dev.newswatch.app.broker.BrokerStartException;
import dev.newswatch.core.config.ConfigException;
import dev.newswatch.core.kafka.KafkaUnreachableException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Exit codes of the CLI, and the mapping from an exception to one of them with a readable one-line error on
 * stderr: the operator sees what went wrong and what to do, not a stack trace (except for a bug).
 *
 * <p>The table, also shown by {@code newswatch --help}:
 * <pre>
 *  0 OK                 done
 *  1 FAILED             the command ran but its outcome is a failure
 *  2 USAGE              bad command line (picocli's usage error)
 *  3 CONFIG             configuration missing or invalid
 *  4 KAFKA_UNREACHABLE  Kafka could not be reached in time
 *  5 INPUT              an input named on the command line cannot be read or parsed
 * 70 INTERNAL           unexpected error (a bug); stack trace in the log
 * </pre>
 */
public final class ExitCodes {

    /** Done. */
    public static final int OK = 0;
    /** The command ran but its outcome is a failure: an unknown id to remove, a check that failed. */
    public static final int FAILED = 1;
    /** Bad command line: unknown option, missing or invalid argument (picocli's own usage error code). */
    public static final int USAGE = CommandLine.ExitCode.USAGE;
    /** Configuration missing or invalid: a file, a key or a value. */
    public static final int CONFIG = 3;
    /** Kafka could not be reached in time (or the embedded broker did not start). */
    public static final int KAFKA_UNREACHABLE = 4;
    /** An input file, directory or URL named on the command line cannot be read or parsed. */
    public static final int INPUT = 5;
    /** Unexpected error: a bug; the stack trace is in the log. */
    public static final int INTERNAL = 70;

    private static final Logger LOG = LoggerFactory.getLogger(ExitCodes.class);

    private ExitCodes() {
    }

    /** The table for {@code --help}: code to name and meaning, in code order. */
    public static Map<String, String> helpList() {
        Map<String, String> list = new LinkedHashMap<>();
        list.put(code(OK), "OK: done.");
        list.put(code(FAILED), "FAILED: the command ran but its outcome is a failure (unknown id to remove, a check "
                + "that failed, some inputs in error).");
        list.put(code(USAGE), "USAGE: bad command line (unknown option, missing or invalid argument).");
        list.put(code(CONFIG), "CONFIG: configuration missing or invalid (file, key, value).");
        list.put(code(KAFKA_UNREACHABLE), "KAFKA_UNREACHABLE: Kafka could not be reached in time.");
        list.put(code(INPUT), "INPUT: an input file, directory or URL named on the command line cannot be read or parsed.");
        list.put(code(INTERNAL), "INTERNAL: unexpected error (a bug); stack trace in the log.");
        return list;
    }

    private static String code(int code) {
        return String.format("%3d", code);
    }

    /**
     * Picocli's execution exception handler: prints one line saying what went wrong and returns its exit code.
     * An IllegalArgumentException or IllegalStateException carries a message written for the operator (a refused
     * operation, such as a replay namespace already in use): {@link #FAILED}. Any other exception is a bug:
     * {@link #INTERNAL}, with the stack trace in the log.
     */
    public static int handle(Exception e, CommandLine commandLine, ParseResult parseResult) {
        var err = commandLine.getErr();
        int code = classify(e);
        switch (code) {
            case CONFIG -> err.println("newswatch: invalid configuration: " + find(e, ConfigException.class).getMessage());
            case KAFKA_UNREACHABLE -> err.println("newswatch: " + kafkaMessage(e));
            case INPUT, FAILED -> err.println("newswatch: " + e.getMessage());
            default -> {
                LOG.error("Internal error in '{}'; please report it with this stack trace.",
                        String.join(" ", parseResult.originalArgs()), e);
                err.println("newswatch: internal error (a bug): " + e + "; the stack trace is in the log above.");
            }
        }
        err.flush();
        return code;
    }

    /** The exit code of an exception that escaped a command, by its type and the types of its causes. */
    static int classify(Throwable e) {
        if (find(e, ConfigException.class) != null) {
            return CONFIG;
        }
        if (e instanceof InputException) {
            return INPUT;
        }
        if (find(e, KafkaUnreachableException.class) != null || find(e, BrokerStartException.class) != null
                || find(e, org.apache.kafka.common.errors.TimeoutException.class) != null) {
            return KAFKA_UNREACHABLE;
        }
        if ((e instanceof IllegalArgumentException || e instanceof IllegalStateException) && e.getMessage() != null) {
            return FAILED;
        }
        return INTERNAL;
    }

    private static String kafkaMessage(Throwable e) {
        Throwable typed = find(e, KafkaUnreachableException.class);
        if (typed == null) {
            typed = find(e, BrokerStartException.class);
        }
        if (typed != null) {
            return typed.getMessage();
        }
        return "Kafka did not answer in time: " + find(e, org.apache.kafka.common.errors.TimeoutException.class).getMessage()
                + " (is 'newswatch up' running, or is --bootstrap-servers right?)";
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /**
     * Builds something from command-line arguments; an IllegalArgumentException (a record's invariant, a bad
     * URL or time) becomes picocli's usage error, which prints the message and the usage and exits with
     * {@link #USAGE}.
     */
    static <T> T usageError(CommandSpec spec, Supplier<T> fromArguments) {
        try {
            return fromArguments.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
