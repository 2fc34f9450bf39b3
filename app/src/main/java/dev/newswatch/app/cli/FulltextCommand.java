package dev.newswatch.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newswatch.app.wiring.IngestWiring;
import dev.newswatch.core.config.IngestSettings;
import dev.newswatch.core.net.NetworkPolicy;
import dev.newswatch.core.serde.Json;
import dev.newswatch.ingest.fulltext.ArticleExtractor;
import dev.newswatch.ingest.fulltext.PageReader;
import dev.newswatch.ingest.fulltext.PageResult;
import dev.newswatch.ingest.fulltext.RobotsCache;
import java.io.PrintWriter;
import java.net.URI;
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
 * {@code newswatch fulltext}: extract the article of web pages without Kafka, printing one JSON line per input,
 * in input order: {@code {"input", "status", "title", "text", "published", "error"}}.
 */
@Command(name = "fulltext", mixinStandardHelpOptions = true,
        description = {"Extract the article (headline, body text, publication date) of web pages, without Kafka.",
                "Inputs are URLs or local HTML files (plain or .gz). One JSON line per input, in input order:",
                "{\"input\", \"status\": \"ok\"|\"error\", \"title\", \"text\", \"published\", \"error\"}.",
                "Exits 0 even when inputs fail. Obeys the network policy of the config and robots.txt."})
public final class FulltextCommand implements Callable<Integer> {

    @Parameters(paramLabel = "URL_OR_FILE", arity = "0..*", description = "Page URLs (http, https) or local files.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--inputs-from", paramLabel = "FILE", description = "Read more inputs from FILE, one per line ('-' for stdin).")
    String inputsFrom;

    @Option(names = "--allow-network", paramLabel = "CIDR", description = "Also allow this private range for this run (repeatable), e.g. 127.0.0.0/8.")
    List<String> allowNetwork = new ArrayList<>();

    @Option(names = "--threads", defaultValue = "4", description = "Inputs read in parallel (default: ${DEFAULT-VALUE}).")
    int threads;

    @Mixin
    ConfigOption config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        FetchInputs read = FetchInputs.read(inputs, inputsFrom, allowNetwork, config, spec, "fulltext");
        List<String> all = read.inputs();
        List<URI> uris = read.uris();
        IngestSettings settings = read.settings();
        NetworkPolicy policy = read.policy();
        var fetcher = IngestWiring.fetcher(settings, policy, Clock.systemUTC());
        PageReader reader = new PageReader(fetcher, new RobotsCache(fetcher,
                Clock.systemUTC()), new ArticleExtractor());
        PrintWriter out = spec.commandLine().getOut();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            Deque<Future<String>> window = new ArrayDeque<>();
            for (int i = 0; i < all.size(); i++) {
                String input = all.get(i);
                URI uri = uris.get(i);
                window.add(pool.submit(() -> render(input, reader.read(uri))));
                if (window.size() >= Math.max(1, threads) * 4) {
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

    /** One output line; every key is present, with null where it does not apply. */
    static String render(String input, PageResult result) {
        ObjectNode line = Json.mapper().createObjectNode();
        line.put("input", input);
        if (result instanceof PageResult.Extracted extracted) {
            var article = extracted.article();
            line.put("status", "ok")
                    .put("title", article.title())
                    .put("text", article.text())
                    .put("published", article.published() == null ? null : article.published().toString())
                    .putNull("error");
        } else if (result instanceof PageResult.Failed failed) {
            line.put("status", "error").putNull("title").putNull("text").putNull("published")
                    .put("error", failed.message());
        }
        return Json.write(line) + "\n";
    }
}
