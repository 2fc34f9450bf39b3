package dev.newswatch.app.ops.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.newswatch.testkit.Await;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The event stream over a real HTTP server on 127.0.0.1, read by a plain socket as a browser's EventSource would. */
class EventStreamTest {

    private EventStream events;
    private HttpServer server;

    @BeforeEach
    void start() throws Exception {
        events = new EventStream(4);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/events", exchange -> events.open(exchange, () -> "{\"first\":true}"));
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
    }

    @AfterEach
    void stop() {
        events.close();
        server.stop(0);
    }

    @Test
    void shouldSendTheSnapshotFirstThenEachPublishedEvent() throws Exception {
        try (Socket socket = connect(); BufferedReader in = reader(socket)) {
            // Given the response headers
            List<String> headers = readUntilBlank(in);
            assertEquals("HTTP/1.1 200 OK", headers.get(0));
            assertTrue(headers.stream().anyMatch(h -> h.equalsIgnoreCase("Content-Type: text/event-stream; charset=utf-8")),
                    headers.toString());

            // Then the retry hint and the snapshot come first
            String body = readUntil(in, "event: snapshot\ndata: {\"first\":true}\n");
            assertTrue(body.startsWith("retry: " + EventStream.RETRY_MILLIS + "\n"), body);
            assertTrue(body.contains("event: snapshot\ndata: {\"first\":true}\n"), body);

            // When an event is published, it arrives
            awaitClients(1);
            events.publish("deal", "{\"dealId\":\"d1\"}");
            String next = readUntil(in, "event: deal\ndata: {\"dealId\":\"d1\"}\n");
            assertTrue(next.contains("event: deal\ndata: {\"dealId\":\"d1\"}\n"), next);
        }
    }

    @Test
    void shouldRefuseAStreamBeyondTheCapWith503AndAcceptOneAgainOnceAStreamCloses() throws Exception {
        // Given as many open streams as the cap allows (4)
        List<Socket> open = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                Socket socket = connect();
                assertEquals("HTTP/1.1 200 OK", readUntilBlank(reader(socket)).get(0));
                open.add(socket);
            }
            // The server registers a stream just after its headers went out, so the count may lag the headers read
            awaitClients(4);

            // When one more connects, it gets 503 with a Retry-After
            try (Socket extra = connect()) {
                List<String> headers = readUntilBlank(reader(extra));
                assertTrue(headers.get(0).startsWith("HTTP/1.1 503 "), headers.toString());
                assertTrue(headers.stream().anyMatch(h -> h.equalsIgnoreCase("Retry-After: 10")), headers.toString());
            }
            assertEquals(4, events.clients());

            // When one stream goes away (found out by the next publish), a new one is accepted again
            open.remove(0).close();
            Await.until("3 connected clients", () -> {
                events.publish("deal", "{}");
                return events.clients() == 3;
            }, Duration.ofSeconds(10), () -> events.clients() + " clients");
            String status = Await.value("a stream accepted again", () -> {
                try (Socket again = connect()) {
                    return readUntilBlank(reader(again)).get(0);
                } catch (Exception e) {
                    return e.toString();
                }
            }, s -> s.equals("HTTP/1.1 200 OK"), Duration.ofSeconds(10));
            assertEquals("HTTP/1.1 200 OK", status);
        } finally {
            for (Socket socket : open) {
                socket.close();
            }
        }
    }

    @Test
    void shouldSplitMultiLineDataIntoDataLines() {
        assertEquals("event: x\ndata: a\ndata: b\n\n", EventStream.frame("x", "a\nb"));
    }

    @Test
    void shouldDropAClientThatWentAway() throws Exception {
        // Given a connected client
        try (Socket socket = connect(); BufferedReader in = reader(socket)) {
            readUntilBlank(in);
            awaitClients(1);
        }

        // When it is gone, publishing finds out (a write to a closed socket fails only after the peer's reset)
        Await.until("no connected client once publishing fails", () -> {
            events.publish("deal", "{}");
            return events.clients() == 0;
        }, Duration.ofSeconds(10), () -> events.clients() + " clients");

        // Then
        assertEquals(0, events.clients());
    }

    private Socket connect() throws Exception {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.getAddress().getPort());
        socket.setSoTimeout(10_000);
        socket.getOutputStream().write(("GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        return socket;
    }

    private static BufferedReader reader(Socket socket) throws Exception {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    }

    private static List<String> readUntilBlank(BufferedReader in) throws Exception {
        List<String> lines = new ArrayList<>();
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
            lines.add(line);
        }
        return lines;
    }

    /** Reads the chunked body line by line (chunk sizes and chunk ends dropped) until {@code expected} has been seen. */
    private static String readUntil(BufferedReader in, String expected) throws Exception {
        StringBuilder out = new StringBuilder();
        while (!out.toString().contains(expected)) {
            String line = in.readLine();
            if (line == null) {
                break;
            }
            if (line.matches("[0-9a-fA-F]+")) {
                continue;
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private void awaitClients(int n) {
        Await.until(n + " connected clients", () -> events.clients() == n, Duration.ofSeconds(5),
                () -> events.clients() + " clients");
    }
}
