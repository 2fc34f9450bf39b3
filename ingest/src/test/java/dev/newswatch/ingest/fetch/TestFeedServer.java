package dev.newswatch.ingest.fetch;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1 with named routes, recording the request headers each route received.
 * Handlers that must wait (slow bodies, slow headers) wait on {@link #released()}, which {@link #close()}
 * opens, so nothing outlives the test class.
 */
final class TestFeedServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, List<Headers>> received = new ConcurrentHashMap<>();
    private final CountDownLatch released = new CountDownLatch(1);

    private TestFeedServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    static TestFeedServer start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "test-feed-server");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.start();
        return new TestFeedServer(server, executor);
    }

    /** Adds a route; the handler runs after the request headers are recorded. */
    TestFeedServer route(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            received.computeIfAbsent(exchange.getRequestURI().getPath(), p -> new CopyOnWriteArrayList<>())
                    .add(exchange.getRequestHeaders());
            try {
                handler.handle(exchange);
            } finally {
                exchange.close();
            }
        });
        return this;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** How many requests reached this exact path. */
    int hits(String path) {
        return received.getOrDefault(path, List.of()).size();
    }

    /** The headers of the last request to this exact path. */
    Headers lastRequest(String path) {
        List<Headers> requests = received.get(path);
        if (requests == null || requests.isEmpty()) {
            throw new AssertionError("no request reached " + path + "; paths reached: " + received.keySet());
        }
        return requests.get(requests.size() - 1);
    }

    CountDownLatch released() {
        return released;
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    /** Sends a complete response with a Content-Length. */
    static void respond(HttpExchange exchange, int status, byte[] body, String... headerPairs) throws IOException {
        for (int i = 0; i < headerPairs.length; i += 2) {
            exchange.getResponseHeaders().add(headerPairs[i], headerPairs[i + 1]);
        }
        if (body.length == 0) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Sends a chunked response: the client learns the size only by reading. */
    static void respondChunked(HttpExchange exchange, byte[] body) throws IOException {
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Sends a redirect to {@code location}. */
    static HttpHandler redirect(int status, String location) {
        return exchange -> respond(exchange, status, new byte[0], "Location", location);
    }
}
