package dev.newswatch.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newswatch.app.wiring.IngestWiring;
import dev.newswatch.core.config.IngestSettings;
import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.FeedCheckpoint;
import dev.newswatch.core.model.FeedSpec;
import dev.newswatch.core.serde.Json;
import dev.newswatch.ingest.FeedReader;
import dev.newswatch.ingest.ReadResult;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newswatch fetch}: fetch and parse feeds without Kafka, printing one JSON line per article (or per
 * input with {@code --summary}). Inputs are URLs or local files; results come out in input order.
 */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = {"Fetch and parse feeds without Kafka, printing JSON lines.",
                "One line per article, or with --summary one line per input:",
                "{\"input\", \"status\": \"ok\"|\"error\", \"items\", \"error\"}. Exits 0 even when inputs fail.",
                "Obeys the network policy of the config; --allow-network widens it for this run."})
public final class FetchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "URL_OR_FILE", arity = "0..*", description = "Feed URLs (http, https) or local files.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--inputs-from", paramLabel = "FILE", description = "Read more inputs from FILE, one per line ('-' for stdin).")
    String inputsFrom;

    @Option(names = "--summary", description = "One JSON line per input instead of one per article.")
    boolean summary;

    @Option(names = "--allow-network", paramLabel = "CIDR", description = "Also allow this private range for this run (repeatable), e.g. 127.0.0.0/8.")
    List<String> allowNetwork = new ArrayList<>();

    @Option(names = "--threads", defaultValue = "8", description = "Inputs fetched in parallel (default: ${DEFAULT-VALUE}).")
    int threads;

    @Mixin
    ConfigOption config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        FetchInputs read = FetchInputs.read(inputs, inputsFrom, allowNetwork, config, spec, "fetch");
        List<String> all = read.inputs();
        List<URI> uris = read.uris();
        IngestSettings settings = read.settings();
        FeedReader reader = IngestWiring.reader(settings, read.policy(), Clock.systemUTC());
        PrintWriter out = spec.commandLine().getOut();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            Deque<Future<String>> window = new ArrayDeque<>();
            for (int i = 0; i < all.size(); i++) {
                String input = all.get(i);
                URI uri = uris.get(i);
                window.add(pool.submit(() -> render(input, reader.read(feedFor(uri), FeedCheckpoint.empty("fetch")))));
                if (window.size() >= threads * 4) {
                    out.print(take(window));
                }
            }
            while (!window.isEmpty()) {
                out.print(take(window));
            }
            out.flush();
        } finally {
            pool.shutdownNow();
        }
        return ExitCodes.OK;
    }

    private static String take(Deque<Future<String>> window) throws InterruptedException {
        try {
            return window.poll().get();
        } catch (ExecutionException e) {
            return "";
        }
    }

    private String render(String input, ReadResult result) {
        StringBuilder sb = new StringBuilder();
        if (summary) {
            ObjectNode line = Json.mapper().createObjectNode();
            line.put("input", input);
            if (result instanceof ReadResult.Read read) {
                line.put("status", "ok").put("items", read.articles().size());
            } else if (result instanceof ReadResult.Failed failed) {
                line.put("status", "error").put("items", 0).put("error", failed.message());
            } else {
                line.put("status", "ok").put("items", 0);
            }
            sb.append(Json.write(line)).append('\n');
        } else if (result instanceof ReadResult.Read read) {
            for (Article article : read.articles()) {
                sb.append(Json.write(article)).append('\n');
            }
        } else if (result instanceof ReadResult.Failed failed) {
            spec.commandLine().getErr().printf("newswatch: %s: %s%n", input, failed.message());
        }
        return sb.toString();
    }

    private static FeedSpec feedFor(URI uri) {
        String base = uri.getHost() != null ? uri.getHost() + uri.getPath() : Path.of(uri).getFileName().toString();
        return new FeedSpec(FeedSpec.slug(base), uri.toString(), base, null, null);
    }
}
