package dev.newswatch.alerts.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A TCP server on 127.0.0.1 that accepts connections, reads the request head, optionally writes a
 * prefix of an answer, and then never says anything more.
 */
final class StallingServer implements AutoCloseable {

    private final ServerSocket socket;
    private final byte[] prefix;
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private final CountDownLatch requestHeadRead = new CountDownLatch(1);
    private final Thread acceptor;

    private StallingServer(String prefix) throws IOException {
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.prefix = prefix.getBytes(StandardCharsets.US_ASCII);
        this.acceptor = new Thread(this::acceptLoop, "stalling-server-" + socket.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Answers nothing at all. */
    static StallingServer silent() throws IOException {
        return new StallingServer("");
    }

    /** Sends {@code prefix} (say, the status line, headers and part of the body), then stalls. */
    static StallingServer answeringOnly(String prefix) throws IOException {
        return new StallingServer(prefix);
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/hook");
    }

    /** Waits until a client's request head has arrived. */
    boolean awaitRequest(long timeout, TimeUnit unit) throws InterruptedException {
        return requestHeadRead.await(timeout, unit);
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                held.add(client);
                readHead(client.getInputStream());
                requestHeadRead.countDown();
                client.getOutputStream().write(prefix);
                client.getOutputStream().flush();
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void readHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                return;
            }
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket client : held) {
            client.close();
        }
    }
}
