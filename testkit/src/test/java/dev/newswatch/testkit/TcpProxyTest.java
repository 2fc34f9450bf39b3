package dev.newswatch.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link TcpProxy} in front of a real echo server on 127.0.0.1: forwarding, black hole, reset and latency. */
class TcpProxyTest {

    private ServerSocket echo;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private TcpProxy proxy;

    @BeforeEach
    void startEchoServerAndProxy() throws IOException {
        echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread server = new Thread(this::serveEcho, "echo");
        server.setDaemon(true);
        server.start();
        proxy = new TcpProxy(0, "127.0.0.1", echo.getLocalPort()).start();
    }

    @AfterEach
    void stop() throws IOException {
        proxy.close();
        echo.close();
    }

    @Test
    void shouldForwardBothWays() throws IOException {
        try (Socket client = connect()) {
            assertEquals("ping", roundTrip(client, "ping"));
        }
    }

    @Test
    void shouldHoldBytesWhileBlackHoledAndDeliverThemOnceHealed() throws IOException {
        try (Socket client = connect()) {
            assertEquals("before", roundTrip(client, "before"));

            // When the proxy black-holes and the client sends
            proxy.blackHole();
            client.getOutputStream().write("held".getBytes(StandardCharsets.UTF_8));
            client.getOutputStream().flush();

            // Then nothing reaches the server; once healed, the held bytes arrive and come back
            assertEquals("before", receivedText());
            proxy.heal();
            assertEquals("held", read(client, 4));
            assertEquals("beforeheld", receivedText());
        }
    }

    @Test
    void shouldResetOpenAndNewConnectionsUntilHealed() throws IOException {
        try (Socket open = connect()) {
            assertEquals("a", roundTrip(open, "a"));

            proxy.reset();

            assertThrows(IOException.class, () -> readOrFailOnEnd(open));
            try (Socket fresh = connect()) {
                assertThrows(IOException.class, () -> readOrFailOnEnd(fresh));
            }
        }
        proxy.heal();
        try (Socket healed = connect()) {
            assertEquals("b", roundTrip(healed, "b"));
        }
    }

    @Test
    void shouldStillDeliverEverythingWithLatency() throws IOException {
        proxy.latency(Duration.ofMillis(50));
        try (Socket client = connect()) {
            assertEquals("slow", roundTrip(client, "slow"));
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), proxy.port());
        socket.setSoTimeout(10_000);
        return socket;
    }

    private static String roundTrip(Socket client, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        client.getOutputStream().write(bytes);
        client.getOutputStream().flush();
        return read(client, bytes.length);
    }

    private static String read(Socket client, int length) throws IOException {
        byte[] buffer = client.getInputStream().readNBytes(length);
        assertEquals(length, buffer.length, "bytes read before the end of the stream");
        return new String(buffer, StandardCharsets.UTF_8);
    }

    /** Reads one byte; the end of the stream counts as a failure too, as a reset connection gives either. */
    private static void readOrFailOnEnd(Socket socket) throws IOException {
        socket.getOutputStream().write('x');
        if (socket.getInputStream().read() < 0) {
            throw new IOException("connection closed");
        }
    }

    private synchronized String receivedText() {
        return received.toString(StandardCharsets.UTF_8);
    }

    private void serveEcho() {
        while (!echo.isClosed()) {
            try {
                Socket socket = echo.accept();
                Thread connection = new Thread(() -> echoAll(socket), "echo-connection");
                connection.setDaemon(true);
                connection.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void echoAll(Socket socket) {
        try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            int b;
            while ((b = in.read()) >= 0) {
                synchronized (this) {
                    received.write(b);
                }
                out.write(b);
                out.flush();
            }
        } catch (IOException e) {
            // the client or the proxy closed the connection
        }
    }
}
