package dev.newswatch.core.net;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Tells the {@link DeadlineExecutor} of an {@code HttpServer} where a request's phases begin and end: the request is
 * read once its headers are in (this filter runs then) and, when it has a body, once the handler read the body to
 * its end; the answer is being written while a write on the response body is under way. Add it first to every
 * context of a server whose executor is a {@link DeadlineExecutor}. Stateless and thread-safe.
 */
public final class DeadlineFilter extends Filter {

    @Override
    public String description() {
        return "request and answer deadlines";
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        boolean body = exchange.getRequestHeaders().containsKey("Transfer-Encoding")
                || (length != null && !length.strip().equals("0"));
        if (!body) {
            DeadlineExecutor.requestRead();
        }
        exchange.setStreams(body ? new EndAware(exchange.getRequestBody()) : null,
                new TimedWrites(exchange.getResponseBody()));
        chain.doFilter(exchange);
    }

    /** Reports the end of the request body. */
    private static final class EndAware extends FilterInputStream {
        EndAware(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                DeadlineExecutor.requestRead();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n < 0) {
                DeadlineExecutor.requestRead();
            }
            return n;
        }
    }

    /** Brackets each write of the answer, so that only a blocked write is cut off. */
    private static final class TimedWrites extends FilterOutputStream {
        TimedWrites(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            DeadlineExecutor.writeStarts();
            try {
                out.write(b);
            } finally {
                DeadlineExecutor.writeEnds();
            }
        }

        @Override
        public void write(byte[] buffer, int offset, int length) throws IOException {
            DeadlineExecutor.writeStarts();
            try {
                out.write(buffer, offset, length);
            } finally {
                DeadlineExecutor.writeEnds();
            }
        }

        @Override
        public void flush() throws IOException {
            DeadlineExecutor.writeStarts();
            try {
                out.flush();
            } finally {
                DeadlineExecutor.writeEnds();
            }
        }

        @Override
        public void close() throws IOException {
            DeadlineExecutor.writeStarts();
            try {
                out.close();
            } finally {
                DeadlineExecutor.writeEnds();
            }
        }
    }
}
