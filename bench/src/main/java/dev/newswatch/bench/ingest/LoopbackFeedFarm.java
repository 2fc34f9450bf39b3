package dev.newswatch.bench.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Many RSS feeds served from many loopback addresses, as remote sites would serve them: host {@code h} is
 * 127.0.0.(2 + h), each with its own HTTP server, and every request waits {@code delayMs} before it is answered
 * (a remote site's round trip). Feed {@code f} lives on host {@code f % hosts} at {@code /feed/f.xml}. Each feed
 * has a strong ETag and a Last-Modified date; a request that carries the ETag in {@code If-None-Match}, or (without
 * {@code If-None-Match}) a date not before Last-Modified in {@code If-Modified-Since}, gets 304 and no body.
 *
 * <p>Counts the answers since the last {@link #reset()}, and when the first request came and the last answer went.
 * Thread-safe. Linux routes all of 127.0.0.0/8 to the loopback interface, so no set-up is needed to bind there.
 */
final class LoopbackFeedFarm implements AutoCloseable {

    private static final Instant BASE = Instant.parse("2026-03-02T08:00:00Z");

    private final int hosts;
    private final long delayMs;
    private final List<HttpServer> servers = new ArrayList<>();
    private final ExecutorService executor;
    private final byte[][] bodies;
    private final String[] etags;
    private final Instant[] lastModified;
    private final AtomicLong ok = new AtomicLong();
    private final AtomicLong notModified = new AtomicLong();
    private final AtomicLong other = new AtomicLong();
    private final AtomicLong firstRequestNanos = new AtomicLong();
    private final AtomicLong lastAnswerNanos = new AtomicLong();

    /** Renders {@code feeds} documents of {@code items} items and starts {@code hosts} servers. */
    LoopbackFeedFarm(int feeds, int items, int hosts, long delayMs) throws IOException {
        if (hosts > 250) {
            throw new IllegalArgumentException("at most 250 hosts (127.0.0.2 to 127.0.0.251), got " + hosts);
        }
        this.hosts = hosts;
        this.delayMs = delayMs;
        bodies = new byte[feeds][];
        etags = new String[feeds];
        lastModified = new Instant[feeds];
        for (int i = 0; i < feeds; i++) {
            bodies[i] = rss(i, items).getBytes(StandardCharsets.UTF_8);
            etags[i] = "\"farm-" + i + "-v1\"";
            lastModified[i] = BASE.plusSeconds(60L * i);
        }
        // The JDK server writes headers and body separately; without TCP_NODELAY a small answer (a 304) can wait
        // for the client's delayed ACK, about 40 ms. Real servers set it.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        // Requests sleep out their delay on a thread each: a fixed pool would queue them and add its own delay.
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "feed-farm");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int h = 0; h < hosts; h++) {
                HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address(h)), 0), 1024);
                server.createContext("/feed/", this::handle);
                server.setExecutor(executor);
                server.start();
                servers.add(server);
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private static String address(int host) {
        return "127.0.0." + (2 + host);
    }

    /** The URL of feed {@code feed}. */
    String url(int feed) {
        HttpServer server = servers.get(feed % hosts);
        return "http://" + address(feed % hosts) + ":" + server.getAddress().getPort() + "/feed/" + feed + ".xml";
    }

    int feeds() {
        return bodies.length;
    }

    /** The mean size of a feed document in bytes. */
    long meanBytes() {
        long total = 0;
        for (byte[] body : bodies) {
            total += body.length;
        }
        return bodies.length == 0 ? 0 : total / bodies.length;
    }

    /** Starts a new count. */
    void reset() {
        ok.set(0);
        notModified.set(0);
        other.set(0);
        firstRequestNanos.set(0);
        lastAnswerNanos.set(0);
    }

    /** The answers since the last {@link #reset()}; request times on {@link System#nanoTime()}, 0 when none. */
    Counts counts() {
        return new Counts(ok.get(), notModified.get(), other.get(), firstRequestNanos.get(), lastAnswerNanos.get());
    }

    /** Answers counted since a {@link #reset()}. */
    record Counts(long ok, long notModified, long other, long firstRequestNanos, long lastAnswerNanos) {
    }

    private void handle(HttpExchange exchange) throws IOException {
        firstRequestNanos.compareAndSet(0, System.nanoTime());
        try {
            TimeUnit.MILLISECONDS.sleep(delayMs);
            int feed = feedOf(exchange.getRequestURI().getPath());
            if (feed < 0) {
                other.incrementAndGet();
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().add("ETag", etags[feed]);
            exchange.getResponseHeaders().add("Last-Modified", httpDate(lastModified[feed]));
            if (unchanged(exchange, feed)) {
                notModified.incrementAndGet();
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            ok.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, bodies[feed].length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bodies[feed]);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
            lastAnswerNanos.set(System.nanoTime());
        }
    }

    private int feedOf(String path) {
        String name = path.substring("/feed/".length());
        if (!name.endsWith(".xml")) {
            return -1;
        }
        try {
            int feed = Integer.parseInt(name.substring(0, name.length() - ".xml".length()));
            return feed >= 0 && feed < bodies.length ? feed : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** RFC 9110: If-None-Match decides when present; otherwise If-Modified-Since. */
    private boolean unchanged(HttpExchange exchange, int feed) {
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || t.equals(etags[feed]) || t.equals("W/" + etags[feed])) {
                    return true;
                }
            }
            return false;
        }
        String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
        if (ifModifiedSince == null) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !since.isBefore(lastModified[feed]);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    /**
     * A feed of {@code items} items of about 700 bytes each (about 14 KB for 20): a headline, a paragraph of
     * summary in escaped HTML, a link, a guid and a date, all distinct per feed and item.
     */
    static String rss(int feed, int items) {
        StringBuilder sb = new StringBuilder(720 * items + 400)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>")
                .append("<title>Loopback feed ").append(feed).append("</title>")
                .append("<link>https://farm").append(feed).append(".example/</link>")
                .append("<description>Generated feed ").append(feed)
                .append(" of the side-by-side ingest benchmark.</description>");
        for (int item = items; item >= 1; item--) {
            int company = (feed * 31 + item) % 97;
            int amount = 5 * (1 + (feed + item) % 60);
            sb.append("<item><title>Company ").append(company).append(" raises $").append(amount)
                    .append(" million in a round led by Fund ").append(feed % 13).append("</title>")
                    .append("<link>https://farm").append(feed).append(".example/news/story-").append(item).append("</link>")
                    .append("<guid isPermaLink=\"false\">farm-").append(feed).append('-').append(item).append("</guid>")
                    .append("<description>&lt;p&gt;Company ").append(company).append(" said on Monday it had raised $")
                    .append(amount).append(" million from Fund ").append(feed % 13)
                    .append(" and two earlier backers. The money will pay for hiring and for new data centres in Europe "
                            + "and the United States, the chief executive told reporters, adding that revenue had "
                            + "doubled in each of the last three years.&lt;/p&gt;&lt;p&gt;The company, founded in ")
                    .append(2000 + (feed + item) % 25)
                    .append(", sells software to banks and insurers and employs about ").append(50 + item * 7)
                    .append(" people.&lt;/p&gt;</description>")
                    .append("<pubDate>").append(httpDate(BASE.plusSeconds(3600L * feed + 60L * item))).append("</pubDate>")
                    .append("</item>");
        }
        return sb.append("</channel></rss>").toString();
    }

    @Override
    public void close() {
        for (HttpServer server : servers) {
            server.stop(0);
        }
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d feeds on %d hosts (127.0.0.2-%s), %d ms per request", bodies.length, hosts,
                address(hosts - 1), delayMs);
    }
}
