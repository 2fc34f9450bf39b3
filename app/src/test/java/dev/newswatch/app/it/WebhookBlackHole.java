package dev.newswatch.app.it;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A dead webhook endpoint on 127.0.0.1: it accepts every connection and then neither reads nor answers, so a
 * sender hangs until its own deadline. Counts the connections. Thread-safe.
 */
public final class WebhookBlackHole implements AutoCloseable {

    private final ServerSocket server;
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    public WebhookBlackHole() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::accept, "webhook-black-hole");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/hook";
    }

    /** Connections accepted so far. */
    public int connections() {
        return held.size();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                held.add(server.accept());
            } catch (IOException closed) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : held) {
            s.close();
        }
    }
}
