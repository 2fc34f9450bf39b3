package dev.newswatch.app.cli;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.newswatch.core.config.ConfigException;
import dev.newswatch.core.config.ConfigNode;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.model.FeedSpec;
import dev.newswatch.core.model.FeedStatus;
import dev.newswatch.core.model.FullTextMode;
import dev.newswatch.app.wiring.IngestWiring;
import dev.newswatch.ingest.FeedRegistry;
import dev.newswatch.ingest.fetch.FeedFetcher;
import dev.newswatch.ingest.fetch.FetchRequest;
import dev.newswatch.ingest.fetch.FetchResult;
import dev.newswatch.ingest.parse.FeedDiscovery;
import dev.newswatch.ingest.opml.FeedImport;
import dev.newswatch.ingest.opml.Opml;
import dev.newswatch.ingest.opml.OpmlOutline;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newswatch feeds add|remove|list|status}: the feed list in the feeds topic, edited at runtime. */
@Command(name = "feeds", mixinStandardHelpOptions = true,
        description = "Manage the feed list kept in the feeds topic; changes reach running ingesters within seconds.",
        subcommands = {FeedsCommand.Add.class, FeedsCommand.Remove.class, FeedsCommand.ListFeeds.class,
                FeedsCommand.Status.class, FeedsCommand.Import.class, FeedsCommand.Export.class})
public final class FeedsCommand {

    private static final TableCommand.Table<FeedSpec> FEEDS = new TableCommand.Table<>("feed", "feeds",
            "no feed with id %s (see 'newswatch feeds list')", FeedRegistry::new);

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a feed (or replace the one with the same id).")
    static final class Add extends TableCommand.Add<FeedSpec> {
        @Parameters(paramLabel = "URL", description = {"http or https URL of the RSS, Atom or JSON feed,",
                "or of a web page that announces feeds (<link rel=\"alternate\">): the only one is added;",
                "with several, they are listed and --pick N chooses."})
        String url;
        @Option(names = "--name", description = "Display name (default: the host name).")
        String name;
        @Option(names = "--id", description = "Feed id (default: made from the name).")
        String id;
        @Option(names = "--language", description = "Two-letter language of the feed (default: detected per article).")
        String language;
        @Option(names = "--interval", description = "Poll interval, such as 10m or 1h (default: ingest.default-interval).")
        String interval;
        @Option(names = "--full-text", paramLabel = "MODE",
                description = "Fetch article pages: auto (teasers only, the default), always or never.")
        String fullText;
        @Option(names = "--pick", paramLabel = "N",
                description = "When URL is a web page announcing several feeds, add the N-th one listed.")
        Integer pick;
        @Option(names = "--no-discover", description = "Add URL as given, without fetching it to look for feeds.")
        boolean noDiscover;

        Add() {
            super(FEEDS);
        }

        @Override
        FeedSpec value() {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new IllegalArgumentException("feed URL must be http or https: " + url);
            }
            Duration every = interval == null ? null : parseDuration(interval);
            FullTextMode mode = FullTextMode.parse(fullText);
            String feedUrl = url;
            String title = null;
            if (!noDiscover) {
                FeedDiscovery.Found found = discovered(uri);
                if (found != null) {
                    feedUrl = found.url();
                    title = found.title();
                }
            }
            String display = name != null ? name : title != null ? title : URI.create(feedUrl).getHost();
            return new FeedSpec(id != null ? id : FeedSpec.slug(display), feedUrl, display, language, every, mode);
        }

        /**
         * The feed an HTML page at {@code uri} announces (the only one, or the one {@code --pick} chooses); null when
         * {@code uri} is a feed itself or cannot be fetched now (it is then added as given).
         */
        private FeedDiscovery.Found discovered(URI uri) {
            NewswatchConfig config = kafka.load();
            FeedFetcher fetcher = IngestWiring.fetcher(config.ingest(), IngestWiring.networkPolicy(config),
                    Clock.systemUTC());
            FetchResult result = fetcher.fetch(new FetchRequest(uri, null, null));
            if (!(result instanceof FetchResult.Fetched fetched)) {
                String reason = result instanceof FetchResult.Failed failed ? failed.message() : "no answer";
                spec.commandLine().getErr().printf("Note: could not check %s (%s); adding it as given.%n", uri, reason);
                return null;
            }
            if (!FeedDiscovery.isHtml(fetched.body(), fetched.contentType())) {
                return null;
            }
            String html = new String(fetched.body(), StandardCharsets.UTF_8);
            List<FeedDiscovery.Found> feeds = FeedDiscovery.discover(html, fetched.finalUri());
            if (feeds.isEmpty()) {
                throw new IllegalArgumentException(uri + " is a web page that announces no feed"
                        + " (no <link rel=\"alternate\"> of an RSS, Atom or JSON Feed type); give the feed's URL");
            }
            if (pick != null) {
                if (pick < 1 || pick > feeds.size()) {
                    throw new IllegalArgumentException("--pick must be 1 to " + feeds.size() + ", got " + pick);
                }
                return feeds.get(pick - 1);
            }
            if (feeds.size() == 1) {
                spec.commandLine().getOut().printf("Found one feed on %s: %s%n", uri, feeds.get(0).url());
                return feeds.get(0);
            }
            StringBuilder list = new StringBuilder(uri + " announces " + feeds.size() + " feeds; choose one with --pick N:");
            for (int i = 0; i < feeds.size(); i++) {
                FeedDiscovery.Found f = feeds.get(i);
                list.append(String.format("%n  %d. %s  (%s%s)", i + 1, f.url(), f.type(),
                        f.title() == null ? "" : ", \"" + f.title() + "\""));
            }
            throw new IllegalArgumentException(list.toString());
        }

        @Override
        String added(FeedSpec feed) {
            return "feed " + feed.id() + " (" + feed.url() + ")";
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a feed by id.")
    static final class Remove extends TableCommand.Remove<FeedSpec> {
        Remove() {
            super(FEEDS);
        }

        @Override
        void afterRemove(NewswatchConfig config, String removed) {
            if (config.feeds().stream().anyMatch(f -> f.id().equals(removed))) {
                out().printf("Note: %s is still listed in %s and comes back at the next start; remove it there too.%n",
                        removed, config.configDir().resolve("feeds.yml"));
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the feeds in the feeds topic.")
    static final class ListFeeds extends TableCommand.ListAll<FeedSpec> {
        ListFeeds() {
            super(FEEDS);
        }

        @Override
        void printHeader(PrintWriter out) {
            out.printf("%-28s %-4s %-9s %-9s %s%n", "ID", "LANG", "INTERVAL", "FULL-TEXT", "URL");
        }

        @Override
        void printRow(PrintWriter out, FeedSpec f) {
            out.printf("%-28s %-4s %-9s %-9s %s%n", f.id(), f.language() == null ? "-" : f.language(),
                    f.interval() == null ? "default" : f.interval().toString().substring(2).toLowerCase(Locale.ROOT),
                    (f.fullText() == null ? FullTextMode.AUTO : f.fullText()).name().toLowerCase(Locale.ROOT), f.url());
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Health of every feed from the feed-status topic: failing feeds first, then the others.")
    static final class Status implements Callable<Integer> {
        @Mixin
        KafkaOptions kafka;
        @Spec
        CommandSpec spec;

        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

        @Override
        public Integer call() {
            NewswatchConfig config = kafka.load();
            FeedRegistry registry = new FeedRegistry(config.topics(), kafka.clients(config));
            Map<String, FeedSpec> feeds = registry.all();
            Map<String, FeedStatus> statuses = registry.statuses();
            PrintWriter out = spec.commandLine().getOut();
            List<FeedStatus> rows = new ArrayList<>();
            for (FeedSpec f : feeds.values()) {
                FeedStatus s = statuses.get(f.id());
                if (s != null) {
                    rows.add(s);
                }
            }
            rows.sort(Comparator.comparing((FeedStatus s) -> !s.failed())
                    .thenComparing(Comparator.comparingInt(FeedStatus::failures).reversed())
                    .thenComparing(FeedStatus::feedId));
            int failing = (int) rows.stream().filter(FeedStatus::failed).count();
            out.printf("%d feeds: %d ok, %d failing, %d not polled yet (times UTC)%n", feeds.size(), rows.size() - failing,
                    failing, feeds.size() - rows.size());
            out.printf("%-7s %-26s %-14s %5s %4s %5s %8s %-14s %s%n", "STATE", "FEED", "LAST POLL", "HTTP", "NEW",
                    "SEEN", "LATENCY", "NEXT POLL", "ERROR");
            Instant now = Instant.now();
            for (FeedStatus s : rows) {
                String state = s.failed() ? "FAIL×" + s.failures() : s.outcome().equals(FeedStatus.OK) ? "ok" : "304";
                String next = s.nextPoll() == null ? "-" : "in " + human(Duration.between(now, s.nextPoll()));
                out.printf("%-7s %-26s %-14s %5s %4d %5d %6dms %-14s %s%n", state, truncate(s.feedId(), 26),
                        TIME.format(s.time()), s.httpStatus() == 0 ? "-" : String.valueOf(s.httpStatus()), s.itemsNew(),
                        s.itemsSeen(), s.latencyMs(), next, s.error() == null ? "" : s.error());
                if (s.push() != null) {
                    out.println("        " + push(s.push()));
                }
            }
            for (FeedSpec f : feeds.values()) {
                if (!statuses.containsKey(f.id())) {
                    out.printf("%-7s %-26s %s%n", "new", truncate(f.id(), 26), "not polled yet");
                }
            }
            return ExitCodes.OK;
        }
    }

    /** The WebSub line under a feed's row: state, hub, lease end, last notification, why it failed. */
    static String push(FeedStatus.Push p) {
        StringBuilder line = new StringBuilder("push: ").append(p.state()).append(" at ").append(p.hub());
        if (p.leaseEnd() != null && !"failed".equals(p.state())) {
            line.append(", lease ends ").append(Status.TIME.format(p.leaseEnd()));
        }
        line.append(", last notification ").append(p.lastNotification() == null ? "none" : Status.TIME.format(p.lastNotification()));
        if (p.error() != null) {
            line.append("; ").append(p.error()).append(" (polled at the normal interval)");
        }
        return line.toString();
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Add the feeds of an OPML file (nested outlines with xmlUrl, title or text, language).",
                    "Prints one line per feed: added, already there, or refused with the reason."})
    static final class Import implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "The OPML file, as feed readers export it.")
        Path file;
        @Mixin
        KafkaOptions kafka;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            List<OpmlOutline> outlines = InputException.reading(file, () -> Opml.read(Files.readString(file)));
            NewswatchConfig config = kafka.load();
            FeedRegistry registry = new FeedRegistry(config.topics(), kafka.clients(config));
            List<FeedImport.Line> lines = FeedImport.plan(registry.all(), outlines);
            PrintWriter out = spec.commandLine().getOut();
            int added = 0;
            int present = 0;
            int refused = 0;
            for (FeedImport.Line line : lines) {
                switch (line.outcome()) {
                    case ADDED -> {
                        registry.add(line.feed());
                        added++;
                        out.printf("added          %-28s %s%n", line.id(), line.url());
                    }
                    case ALREADY_THERE -> {
                        present++;
                        out.printf("already there  %-28s %s%n", line.id(), line.url());
                    }
                    case REFUSED -> {
                        refused++;
                        out.printf("refused        %-28s %s: %s%n", "-", line.url(), line.reason());
                    }
                }
            }
            out.printf("%d feeds in %s: %d added, %d already there, %d refused.%n", lines.size(), file, added, present,
                    refused);
            return ExitCodes.OK;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the feed list in the feeds topic as OPML 2.0, to FILE or to standard output.")
    static final class Export implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", arity = "0..1", description = "Where to write (default: standard output).")
        Path file;
        @Mixin
        KafkaOptions kafka;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            NewswatchConfig config = kafka.load();
            Map<String, FeedSpec> feeds = new FeedRegistry(config.topics(), kafka.clients(config)).all();
            String xml = Opml.write(feeds.values(), "Newswatch feeds", Instant.now());
            if (file == null) {
                spec.commandLine().getOut().print(xml);
                spec.commandLine().getOut().flush();
            } else {
                Files.writeString(file, xml);
                spec.commandLine().getOut().printf("Wrote %d feeds to %s.%n", feeds.size(), file);
            }
            return ExitCodes.OK;
        }
    }

    static String human(Duration d) {
        long s = d.toSeconds();
        if (s <= 0) {
            return "now";
        }
        if (s < 120) {
            return s + "s";
        }
        if (s < 7200) {
            return (s / 60) + "m";
        }
        return (s / 3600) + "h" + (s % 3600 / 60) + "m";
    }

    static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** The {@code --interval} option as a duration; IllegalArgumentException when it is not one. */
    static Duration parseDuration(String text) {
        var node = new ConfigNode("--interval", "interval", TextNode.valueOf(text));
        try {
            return node.duration(null, Duration.ofSeconds(10), Duration.ofDays(7));
        } catch (ConfigException e) {
            throw new IllegalArgumentException("--interval: " + e.reason(), e);
        }
    }
}
