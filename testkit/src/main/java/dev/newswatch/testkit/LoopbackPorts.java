package dev.newswatch.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Ports on 127.0.0.1 for servers a test starts on a port it must know in advance. Thread-safe. */
public final class LoopbackPorts {

    private LoopbackPorts() {
    }

    /**
     * A port on 127.0.0.1 that was free a moment ago. Another process may take it before the test binds it, so prefer
     * binding port 0 where the server allows it.
     *
     * @throws UncheckedIOException when no port can be bound
     */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }
}
