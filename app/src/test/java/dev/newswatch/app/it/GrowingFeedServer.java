package dev.newswatch.app.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Real HTTP feeds on 127.0.0.1 whose item lists grow while a test runs: {@code /feed/N.xml} serves items
 * 1..k of feed N, and k grows by one on every request until {@code maxItems}. An item's description changes
 * on every request too (an edited item must not count as a new article). A test may hold the growth at fewer
 * items with {@link #growUpTo(int)}, so that a fault always meets the same number of articles still to come.
 */
public final class GrowingFeedServer implements AutoCloseable {

    private final HttpServer server;
    private final int maxItems;
    private final AtomicInteger[] served;
    private final AtomicLong requests = new AtomicLong();
    private volatile int cap;

    public GrowingFeedServer(int feeds, int maxItems) throws IOException {
        this.maxItems = maxItems;
        this.cap = maxItems;
        this.served = new AtomicInteger[feeds];
        for (int i = 0; i < feeds; i++) {
            served[i] = new AtomicInteger();
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed/", exchange -> {
            requests.incrementAndGet();
            String name = exchange.getRequestURI().getPath().substring("/feed/".length()).replace(".xml", "");
            int feed = Integer.parseInt(name);
            int count = served[feed].updateAndGet(k -> Math.min(cap, k + 1));
            byte[] body = rss(feed, count, requests.get()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    /** Lets each feed grow to {@code items} items (at most the maximum) and no further. */
    public void growUpTo(int items) {
        cap = Math.min(maxItems, items);
    }

    /** How many items each feed may reach now. */
    public int cap() {
        return cap;
    }

    public String url(int feed) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/feed/" + feed + ".xml";
    }

    public static String itemUrl(int feed, int item) {
        return "https://example.test/feed" + feed + "/item" + item;
    }

    /** Whether every feed has reached its full item list. */
    public boolean complete() {
        for (AtomicInteger s : served) {
            if (s.get() < maxItems) {
                return false;
            }
        }
        return true;
    }

    public long requests() {
        return requests.get();
    }

    private static String rss(int feed, int count, long revision) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>")
                .append("<title>Feed ").append(feed).append("</title><link>https://example.test/</link>");
        for (int item = count; item >= 1; item--) {
            sb.append("<item><title>Feed ").append(feed).append(" item ").append(item).append("</title>")
                    .append("<link>").append(itemUrl(feed, item)).append("</link>")
                    .append("<description>Revision ").append(revision).append(" of this story.</description>")
                    .append("<pubDate>Mon, 02 Nov 2026 10:").append(String.format("%02d", item % 60)).append(":00 GMT</pubDate>")
                    .append("</item>");
        }
        return sb.append("</channel></rss>").toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
