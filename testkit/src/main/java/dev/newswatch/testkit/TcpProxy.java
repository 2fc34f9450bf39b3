package dev.newswatch.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TCP proxy on 127.0.0.1 in front of one server, for network faults in tests: {@link #blackHole()} (connections
 * stay open and nothing is forwarded, as when a network drops packets; what was sent is delivered once it heals, as
 * TCP retransmission would), {@link #reset()} (every connection, open and new, is closed with a TCP reset) and
 * {@link #latency(Duration)} (every byte arrives that much later). {@link #heal()} forwards normally
 * again. Two threads per direction per connection (reader and delayed writer); meant for a handful of Kafka
 * connections. Thread-safe.
 */
public final class TcpProxy implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TcpProxy.class);
    private static final int CHUNK = 64 * 1024;

    /** What the proxy does with traffic now. */
    public enum Mode {
        /** Forward bytes both ways. */
        FORWARD,
        /** Accept connections and forward nothing until healed. */
        BLACK_HOLE,
        /** Reset every connection. */
        RESET
    }

    private final int port;
    private final InetSocketAddress target;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final Object modeChanged = new Object();
    private volatile Mode mode = Mode.FORWARD;
    private volatile long latencyNanos;
    private volatile ServerSocket server;

    /**
     * @param port       the port to listen on (127.0.0.1), 0 for any free port
     * @param targetHost the server's host
     * @param targetPort the server's port
     */
    public TcpProxy(int port, String targetHost, int targetPort) {
        this.port = port;
        this.target = new InetSocketAddress(targetHost, targetPort);
    }

    /**
     * Starts listening.
     *
     * @throws IllegalStateException when the port cannot be bound
     */
    public synchronized TcpProxy start() {
        if (server != null) {
            return this;
        }
        try {
            server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on 127.0.0.1:" + port + " for a proxy to " + target, e);
        }
        ServerSocket listening = server;
        daemon("proxy-accept-" + listening.getLocalPort(), () -> acceptLoop(listening));
        return this;
    }

    /** The port the proxy listens on. */
    public int port() {
        return server == null ? port : server.getLocalPort();
    }

    public Mode mode() {
        return mode;
    }

    /** Forward nothing, on open and new connections, until {@link #heal()}. */
    public void blackHole() {
        setMode(Mode.BLACK_HOLE);
        LOG.info("Proxy 127.0.0.1:{} -> {} black-holes all traffic.", port(), target);
    }

    /** Reset every open connection, and every new one until {@link #heal()}. */
    public void reset() {
        setMode(Mode.RESET);
        sockets.forEach(TcpProxy::resetQuietly);
        LOG.info("Proxy 127.0.0.1:{} -> {} resets every connection.", port(), target);
    }

    /** Delay every forwarded byte by {@code delay} (zero for none), in both directions, without limiting throughput. */
    public void latency(Duration delay) {
        latencyNanos = delay.toNanos();
        LOG.info("Proxy 127.0.0.1:{} -> {} adds {} ms per chunk.", port(), target, delay.toMillis());
    }

    /** Forward normally again, without added latency; bytes held by a black hole are delivered now. */
    public void heal() {
        latencyNanos = 0;
        setMode(Mode.FORWARD);
        LOG.info("Proxy 127.0.0.1:{} -> {} forwards normally.", port(), target);
    }

    /** Stops listening and closes every connection. */
    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            LOG.debug("Closing the proxy listener on {} failed: {}", port(), e.getMessage());
        }
        server = null;
        sockets.forEach(TcpProxy::resetQuietly);
        sockets.clear();
        synchronized (modeChanged) {
            modeChanged.notifyAll();
        }
    }

    private void setMode(Mode next) {
        synchronized (modeChanged) {
            mode = next;
            modeChanged.notifyAll();
        }
    }

    private void acceptLoop(ServerSocket listening) {
        while (!listening.isClosed()) {
            Socket client;
            try {
                client = listening.accept();
            } catch (IOException e) {
                return;
            }
            if (mode == Mode.RESET) {
                resetQuietly(client);
                continue;
            }
            Socket upstream = new Socket();
            try {
                upstream.connect(target, 5_000);
            } catch (IOException e) {
                // The server is down: the client sees its connection closed, as it would see a refused one.
                resetQuietly(client);
                resetQuietly(upstream);
                continue;
            }
            sockets.add(client);
            sockets.add(upstream);
            daemon("proxy-up-" + client.getPort(), () -> pump(client, upstream));
            daemon("proxy-down-" + client.getPort(), () -> pump(upstream, client));
        }
    }

    /**
     * Copies {@code from} to {@code to}. A reader stamps each chunk with the time it may be forwarded (now plus the
     * latency) and a writer forwards it then, so latency delays every byte by the same amount without slowing the
     * stream down.
     */
    private void pump(Socket from, Socket to) {
        BlockingQueue<Chunk> queue = new LinkedBlockingQueue<>();
        daemon("proxy-writer-" + from.getPort(), () -> forward(queue, from, to));
        byte[] buffer = new byte[CHUNK];
        try (InputStream in = from.getInputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (!awaitForwarding()) {
                    break;
                }
                queue.put(new Chunk(Arrays.copyOf(buffer, n), System.nanoTime() + latencyNanos));
            }
        } catch (IOException e) {
            LOG.trace("Proxy connection closed: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            queue.add(Chunk.END);
        }
    }

    private void forward(BlockingQueue<Chunk> queue, Socket from, Socket to) {
        try (OutputStream out = to.getOutputStream()) {
            for (Chunk chunk = queue.take(); chunk != Chunk.END; chunk = queue.take()) {
                long wait = chunk.sendAtNanos() - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                if (!awaitForwarding()) {
                    break;
                }
                out.write(chunk.bytes());
                out.flush();
            }
        } catch (IOException e) {
            LOG.trace("Proxy connection closed: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            sockets.remove(from);
            sockets.remove(to);
        }
    }

    /** Bytes read from one side, and when they may be written to the other. */
    private record Chunk(byte[] bytes, long sendAtNanos) {
        static final Chunk END = new Chunk(new byte[0], 0);
    }

    /** Holds while black-holed; false when the connection must end (reset, or the proxy closed). */
    private boolean awaitForwarding() throws InterruptedException {
        synchronized (modeChanged) {
            while (mode == Mode.BLACK_HOLE && server != null) {
                modeChanged.wait();
            }
        }
        return mode == Mode.FORWARD && server != null;
    }

    private static void daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void resetQuietly(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
        } catch (IOException e) {
            LOG.trace("Cannot set SO_LINGER: {}", e.getMessage());
        }
        closeQuietly(socket);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.trace("Closing a proxied socket failed: {}", e.getMessage());
        }
    }
}
