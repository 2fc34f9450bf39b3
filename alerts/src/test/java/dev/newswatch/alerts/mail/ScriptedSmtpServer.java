package dev.newswatch.alerts.mail;

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
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny SMTP server on 127.0.0.1 that holds a real SMTP conversation and answers from a script, so
 * tests can get 4xx and 5xx replies that GreenMail does not give.
 *
 * <p>Script keys are a step name, optionally with {@code #n} for the n-th connection (1-based):
 * {@code GREETING}, {@code EHLO} (the full multi-line reply), {@code MAIL}, {@code RCPT}, {@code DATA},
 * {@code DATA-END} (the reply after the final dot). A {@code GREETING} of {@code ""} means "accept and
 * never say anything"; a {@code DATA-END} of {@code ""} means "take the whole message, then close the connection
 * without a reply" and one of {@code "SILENT"} "take the whole message and never answer". Unscripted steps succeed;
 * the EHLO reply offers no STARTTLS.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    private static final Map<String, String> DEFAULTS = Map.of(
            "GREETING", "220 scripted.test ESMTP ready",
            "EHLO", "250-scripted.test\r\n250-8BITMIME\r\n250 SIZE 10000000",
            "MAIL", "250 2.1.0 sender ok",
            "RCPT", "250 2.1.5 recipient ok",
            "DATA", "354 end data with <CR><LF>.<CR><LF>",
            "DATA-END", "250 2.0.0 queued");

    private final ServerSocket socket;
    private final Map<String, String> script;
    private final List<String> transcript = new CopyOnWriteArrayList<>();
    private final List<String> acceptedMessages = new CopyOnWriteArrayList<>();
    private final List<String> unansweredMessages = new CopyOnWriteArrayList<>();
    private final List<Socket> clients = new CopyOnWriteArrayList<>();
    private int connections;

    private ScriptedSmtpServer(Map<String, String> script) throws IOException {
        this.script = Map.copyOf(script);
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread thread = new Thread(this::serve, "scripted-smtp-" + socket.getLocalPort());
        thread.setDaemon(true);
        thread.start();
    }

    static ScriptedSmtpServer start(Map<String, String> script) throws IOException {
        return new ScriptedSmtpServer(script);
    }

    int port() {
        return socket.getLocalPort();
    }

    /** Every command received, prefixed with the connection number: {@code "1 RCPT TO:<a@b>"}. */
    List<String> transcript() {
        return List.copyOf(transcript);
    }

    /** The data of every message the server answered 250 to after the final dot. */
    List<String> acceptedMessages() {
        return List.copyOf(acceptedMessages);
    }

    /** The data of every message taken whole but never answered ({@code DATA-END} scripted as "" or "SILENT"). */
    List<String> unansweredMessages() {
        return List.copyOf(unansweredMessages);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                clients.add(client);
                connections++;
                converse(client, connections);
            } catch (IOException e) {
                if (socket.isClosed()) {
                    return;
                }
            }
        }
    }

    private String reply(String step, int connection) {
        String specific = script.get(step + "#" + connection);
        if (specific != null) {
            return specific;
        }
        return script.getOrDefault(step, DEFAULTS.get(step));
    }

    private void converse(Socket client, int connection) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = client.getOutputStream();
        String greeting = reply("GREETING", connection);
        if (greeting.isEmpty()) {
            return;
        }
        send(out, greeting);
        String line;
        while ((line = in.readLine()) != null) {
            transcript.add(connection + " " + line);
            String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
            switch (verb) {
                case "EHLO" -> send(out, reply("EHLO", connection));
                case "HELO" -> send(out, "250 scripted.test");
                case "MAIL" -> send(out, reply("MAIL", connection));
                case "RCPT" -> send(out, reply("RCPT", connection));
                case "DATA" -> {
                    String answer = reply("DATA", connection);
                    send(out, answer);
                    if (answer.startsWith("354") && !receiveData(in, out, connection)) {
                        if (reply("DATA-END", connection).isEmpty()) {
                            client.close();
                            return;
                        }
                        in.readLine();
                        return;
                    }
                }
                case "RSET", "NOOP" -> send(out, "250 2.0.0 ok");
                case "QUIT" -> {
                    send(out, "221 2.0.0 bye");
                    client.close();
                    return;
                }
                default -> send(out, "502 5.5.2 command not recognised");
            }
        }
    }

    /** Reads the message up to the final dot and answers it; false when the script says not to answer. */
    private boolean receiveData(BufferedReader in, OutputStream out, int connection) throws IOException {
        StringBuilder data = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null && !line.equals(".")) {
            data.append(line).append("\r\n");
        }
        String answer = reply("DATA-END", connection);
        if (answer.isEmpty() || answer.equals("SILENT")) {
            unansweredMessages.add(data.toString());
            return false;
        }
        if (answer.startsWith("250")) {
            acceptedMessages.add(data.toString());
        }
        send(out, answer);
        return true;
    }

    private static void send(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket client : clients) {
            client.close();
        }
    }
}
