package dev.newswatch.app.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A plain SMTP server on 127.0.0.1 (a real SMTP conversation on a raw socket) that loses its reply to the first
 * {@code lostReplies} messages: it reads each of them whole, up to the final dot, and closes the connection without
 * answering, as a server that crashed or lost its network right after queueing the mail would. Later messages get
 * {@code 250}. Every message it read is kept, answered or not. One connection at a time. Thread-safe.
 */
final class LossySmtpServer implements AutoCloseable {

    /** One message read whole, and whether the server answered it. */
    record Received(String data, boolean answered) {
        /** The value of the Message-ID header, or null. */
        String messageId() {
            for (String line : data.split("\r\n")) {
                if (line.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                    return line.substring(11).trim();
                }
            }
            return null;
        }
    }

    private final ServerSocket server;
    private final AtomicInteger lostReplies;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    LossySmtpServer(int lostReplies) throws IOException {
        this.lostReplies = new AtomicInteger(lostReplies);
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread thread = new Thread(this::serve, "lossy-smtp-" + server.getLocalPort());
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Every message read whole, in order. */
    List<Received> received() {
        return List.copyOf(received);
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                converse(client);
            } catch (IOException e) {
                if (server.isClosed()) {
                    return;
                }
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = client.getOutputStream();
        send(out, "220 lossy.test ESMTP ready");
        String line;
        while ((line = in.readLine()) != null) {
            String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
            switch (verb) {
                case "EHLO" -> send(out, "250-lossy.test\r\n250 8BITMIME");
                case "HELO" -> send(out, "250 lossy.test");
                case "MAIL", "RCPT", "RSET", "NOOP" -> send(out, "250 2.0.0 ok");
                case "DATA" -> {
                    send(out, "354 end data with <CR><LF>.<CR><LF>");
                    StringBuilder data = new StringBuilder();
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        data.append(line).append("\r\n");
                    }
                    boolean answer = lostReplies.getAndDecrement() <= 0;
                    received.add(new Received(data.toString(), answer));
                    if (!answer) {
                        return;
                    }
                    send(out, "250 2.0.0 queued");
                }
                case "QUIT" -> {
                    send(out, "221 2.0.0 bye");
                    return;
                }
                default -> send(out, "502 5.5.2 command not recognised");
            }
        }
    }

    private static void send(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
