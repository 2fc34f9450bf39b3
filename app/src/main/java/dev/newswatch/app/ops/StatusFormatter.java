package dev.newswatch.app.ops;

import dev.newswatch.core.model.FeedStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Lays out a {@link StatusReport} as the one screen of {@code newswatch status}: cluster, topics with record
 * counts, newest record and lag, consumer groups, the running process's readiness and Streams state, feeds
 * worst first, deliveries per subscription, and how long ago the last article and alert were. Pure; stateless.
 */
public final class StatusFormatter {

    /** Feeds listed at most; the counts above the table cover all of them. */
    public static final int MAX_FEEDS = 10;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    /** How a feed is doing: its last fetch worked, failed once, or failed again and again (polls spaced out). */
    public enum FeedHealth {
        OK, FAILING, BACKING_OFF;

        public static FeedHealth of(FeedStatus s) {
            if (!s.failed()) {
                return OK;
            }
            // The first failure retries at the feed's interval; each further one doubles it (PollPolicy).
            return s.failures() >= 2 ? BACKING_OFF : FAILING;
        }
    }

    private StatusFormatter() {
    }

    public static String format(StatusReport r) {
        StringBuilder out = new StringBuilder();
        Instant now = r.at();
        line(out, "Newswatch status at %s", TIME.format(now));
        StatusReport.Cluster c = r.cluster();
        line(out, "Kafka: %s, cluster %s, %d %s: %s%s", c.bootstrapServers(), c.clusterId() == null ? "-" : c.clusterId(),
                c.brokers().size(), c.brokers().size() == 1 ? "broker" : "brokers", String.join(", ", c.brokers()),
                c.controller() == null ? "" : " (controller " + c.controller() + ")");
        out.append('\n');
        topics(out, r, now);
        out.append('\n');
        groups(out, r);
        out.append('\n');
        process(out, r);
        out.append('\n');
        feeds(out, r.feeds(), now);
        out.append('\n');
        deliveries(out, r.deliveries());
        out.append('\n');
        line(out, "Last article: %s", since(r.lastArticle(), now));
        line(out, "Last alert:   %s", since(r.lastAlert(), now));
        return out.toString();
    }

    private static void topics(StringBuilder out, StatusReport r, Instant now) {
        int width = Math.max(5, r.topics().stream().mapToInt(t -> t.name().length()).max().orElse(5));
        String row = "%-" + width + "s %5s %8s %6s %3s %10s  %-14s %s";
        line(out, row, "TOPIC", "PARTS", "REPLICAS", "MINISR", "ISR", "RECORDS", "NEWEST", "LAG");
        for (StatusReport.TopicStatus t : r.topics()) {
            if (!t.exists()) {
                line(out, row, t.name(), "-", "-", "-", "-", "-", "-", "not created yet");
                continue;
            }
            String lag = t.lagByGroup().entrySet().stream()
                    .map(e -> role(r, e.getKey()) + " " + e.getValue())
                    .collect(Collectors.joining(", "));
            if (t.inSync() < t.minInsync()) {
                lag = lag.isEmpty() ? "UNDER MIN ISR: writes fail" : lag + "; UNDER MIN ISR: writes fail";
            }
            line(out, row, t.name(), t.partitions(), t.replicas(), t.minInsync(), t.inSync(), t.records(),
                    t.newest() == null ? "-" : ago(t.newest(), now), lag);
        }
    }

    private static String role(StatusReport r, String groupId) {
        return r.groups().stream().filter(g -> g.groupId().equals(groupId)).map(StatusReport.GroupStatus::role)
                .findFirst().orElse(groupId);
    }

    private static void groups(StringBuilder out, StatusReport r) {
        int width = Math.max(14, r.groups().stream().mapToInt(g -> g.groupId().length()).max().orElse(14));
        String row = "%-" + width + "s %-20s %7s %8s";
        line(out, row, "CONSUMER GROUP", "STATE", "MEMBERS", "LAG");
        for (StatusReport.GroupStatus g : r.groups()) {
            line(out, row, g.groupId(), g.state(), g.members(), g.lag() == null ? "-" : g.lag().toString());
        }
    }

    private static void process(StringBuilder out, StatusReport r) {
        StatusReport.ProcessStatus p = r.process();
        if (p.health() == null) {
            line(out, "Process: %s%s", p.url() == null ? "" : p.url() + ": ", p.error() == null ? "no answer" : p.error());
        } else {
            String checks = p.health().checks().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue().status())
                    .collect(Collectors.joining(", "));
            line(out, "Process: %s: %s (%s)", p.url(), p.health().status(), checks);
        }
        line(out, "Streams app (enrich): %s", p.streamsState());
    }

    private static void feeds(StringBuilder out, List<FeedStatus> feeds, Instant now) {
        Map<FeedHealth, Long> counts = feeds.stream().collect(Collectors.groupingBy(FeedHealth::of, Collectors.counting()));
        line(out, "Feeds: %d ok, %d failing, %d backing off%s", counts.getOrDefault(FeedHealth.OK, 0L),
                counts.getOrDefault(FeedHealth.FAILING, 0L), counts.getOrDefault(FeedHealth.BACKING_OFF, 0L),
                feeds.size() > MAX_FEEDS ? " (the " + MAX_FEEDS + " worst below)" : "");
        if (feeds.isEmpty()) {
            line(out, "  (no feed polled yet)");
            return;
        }
        String row = "%-12s %-26s %-10s %5s %-10s %s";
        line(out, row, "STATE", "FEED", "LAST POLL", "HTTP", "NEXT POLL", "ERROR");
        for (FeedStatus s : worstFirst(feeds).subList(0, Math.min(MAX_FEEDS, feeds.size()))) {
            String state = switch (FeedHealth.of(s)) {
                case OK -> FeedStatus.NOT_MODIFIED.equals(s.outcome()) ? "ok (304)" : "ok";
                case FAILING -> "failing";
                case BACKING_OFF -> "backoff x" + s.failures();
            };
            line(out, row, state, truncate(s.feedId(), 26), ago(s.time(), now),
                    s.httpStatus() == 0 ? "-" : String.valueOf(s.httpStatus()),
                    s.nextPoll() == null ? "-" : ago(s.nextPoll(), now), s.error() == null ? "" : truncate(s.error(), 60));
        }
    }

    /** Most consecutive failures first, then the feeds polled longest ago, then by id. */
    public static List<FeedStatus> worstFirst(List<FeedStatus> feeds) {
        return feeds.stream()
                .sorted(Comparator.comparingInt((FeedStatus s) -> s.failed() ? s.failures() : 0).reversed()
                        .thenComparing(FeedStatus::time)
                        .thenComparing(FeedStatus::feedId))
                .toList();
    }

    private static void deliveries(StringBuilder out, Map<String, StatusReport.DeliveryCounts> deliveries) {
        line(out, "Deliveries:");
        if (deliveries.isEmpty()) {
            line(out, "  (no deliveries yet)");
            return;
        }
        int width = Math.max(12, deliveries.keySet().stream().mapToInt(String::length).max().orElse(12));
        String row = "%-" + width + "s %9s %8s %5s";
        line(out, row, "SUBSCRIPTION", "DELIVERED", "PENDING", "DEAD");
        deliveries.forEach((id, c) -> line(out, row, id, c.delivered(), c.pending(), c.dead()));
    }

    private static String since(Instant t, Instant now) {
        return t == null ? "none yet" : ago(t, now) + " (" + TIME.format(t) + ")";
    }

    /** "42s ago", "5m ago", "3h 20m ago", "2d 4h ago"; a time in the future reads "in 5m". */
    public static String ago(Instant t, Instant now) {
        Duration d = Duration.between(t, now);
        boolean future = d.isNegative();
        String text = human(d.abs());
        return future ? "in " + text : text + " ago";
    }

    static String human(Duration d) {
        long s = d.toSeconds();
        if (s < 120) {
            return s + "s";
        }
        if (s < 3600) {
            return s / 60 + "m";
        }
        if (s < 48 * 3600) {
            return s / 3600 + "h " + s % 3600 / 60 + "m";
        }
        return s / 86400 + "d " + s % 86400 / 3600 + "h";
    }

    private static String truncate(String text, int max) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
