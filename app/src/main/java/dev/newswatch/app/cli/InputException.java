package dev.newswatch.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;

/**
 * An input named on the command line (a file, a directory, a URL, stdin) cannot be read or parsed. The
 * message names the input and what is wrong with it; the command line exits with {@link ExitCodes#INPUT}.
 */
public final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Reads one input; the functional shape of a reader that may fail with an I/O error. */
    @FunctionalInterface
    interface Reader<T> {
        T read() throws IOException;
    }

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Runs {@code reader} on the input {@code what} (as the user named it). An I/O error, or an
     * IllegalArgumentException from a parser that names the bad line, becomes an InputException.
     */
    static <T> T reading(Object what, Reader<T> reader) {
        try {
            return reader.read();
        } catch (IOException e) {
            throw new InputException("cannot read " + what + ": " + reason(e), e);
        } catch (UncheckedIOException e) {
            throw new InputException(e.getMessage() + ": " + reason(e.getCause()), e);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage(), e);
        }
    }

    private static String reason(IOException e) {
        // The JDK's message of a missing file is the bare path, which the message names already.
        return e instanceof NoSuchFileException ? "no such file" : e.getMessage();
    }
}
