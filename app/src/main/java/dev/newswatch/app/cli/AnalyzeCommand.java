package dev.newswatch.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newswatch.core.config.EnrichSettings;
import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.EnrichedArticle;
import dev.newswatch.core.model.Entity;
import dev.newswatch.core.model.Party;
import dev.newswatch.core.serde.Json;
import dev.newswatch.enrich.ArticleEnricher;
import dev.newswatch.enrich.link.EntityLinker;
import dev.newswatch.ingest.normalize.ArticleIds;
import dev.newswatch.ingest.normalize.LanguageDetector;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newswatch analyze}: the enrichment of the pipeline (tag, link, extract deals) without Kafka, on JSON
 * Lines or a plain text file. One JSON object out per input, in order.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Run the enrichment (categories, entities, deals) without Kafka.",
                "Input: JSON Lines with 'text' and optional 'id', 'title', 'lang', 'url', 'publishedAt' (FILE or stdin),",
                "or with --text a plain text file as one article. Output: one JSON object per input, in order."})
public final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "Input file (default: stdin).")
    Path input;

    @Option(names = "--text", description = "Read FILE (or stdin) as the plain text of one article.")
    boolean plainText;

    @Mixin
    EnrichInputs inputs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        EnrichSettings settings = inputs.settings();
        ArticleEnricher enricher = inputs.enricher(settings);
        List<Entity> entities = inputs.entities(settings);
        EntityLinker linker = EntityLinker.of(entities);
        PrintWriter out = spec.commandLine().getOut();
        String name = input == null ? "stdin" : input.toString();
        try (BufferedReader reader = InputException.reading(name, () -> input == null
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(input, StandardCharsets.UTF_8))) {
            if (plainText) {
                StringBuilder text = new StringBuilder();
                String line;
                while ((line = InputException.reading(name, reader::readLine)) != null) {
                    text.append(line).append('\n');
                }
                out.println(Json.write(render(enricher.enrich(article(null, "", text.toString(), null, null, null),
                        linker, linker::entity))));
            } else {
                String line;
                int number = 0;
                while ((line = InputException.reading(name, reader::readLine)) != null) {
                    number++;
                    if (line.isBlank()) {
                        continue;
                    }
                    String json = line;
                    JsonNode node = InputException.reading(name + " line " + number, () -> Json.mapper().readTree(json));
                    if (!node.hasNonNull("text")) {
                        throw new InputException(name + " line " + number + " has no \"text\"");
                    }
                    Article article = article(text(node, "id"), text(node, "title"), node.get("text").asText(),
                            text(node, "lang"), text(node, "url"), text(node, "publishedAt"));
                    out.println(Json.write(render(enricher.enrich(article, linker, linker::entity))));
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    static Article article(String id, String title, String text, String lang, String url, String publishedAt) {
        String articleId = id != null ? id : ArticleIds.forContent("analyze", title, text, null);
        String language = lang != null ? lang : LanguageDetector.detect((title == null ? "" : title) + " " + text);
        Instant published = publishedAt != null ? Instant.parse(publishedAt) : Instant.EPOCH;
        return new Article(articleId, "analyze", "analyze", url, title, text, null, published, published, language,
                List.of(), List.of());
    }

    /** The output shape of analyze: id, categories, entities, deals. */
    static ObjectNode render(EnrichedArticle e) {
        ObjectNode out = Json.mapper().createObjectNode();
        out.put("id", e.id());
        ArrayNode categories = out.putArray("categories");
        e.categoryNames().forEach(categories::add);
        ArrayNode entities = out.putArray("entities");
        for (Entity entity : e.entities()) {
            entities.add(Json.mapper().valueToTree(entity));
        }
        ArrayNode deals = out.putArray("deals");
        for (Deal d : e.deals()) {
            ObjectNode deal = deals.addObject();
            deal.set("investor", party(d.investor()));
            deal.set("target", party(d.target()));
            deal.put("amount", d.amount());
            if (d.amountHigh() != null) {
                deal.put("amountHigh", d.amountHigh());
            }
            deal.put("currency", d.currency());
            deal.put("amountUsd", d.amountUsd());
            deal.put("qualifier", d.qualifier().wireName());
            deal.put("type", d.type().wireName());
            deal.put("stage", d.stage().wireName());
            deal.put("evidence", d.evidence());
        }
        return out;
    }

    private static JsonNode party(Party party) {
        if (party == null) {
            return Json.mapper().nullNode();
        }
        ObjectNode node = Json.mapper().createObjectNode().put("id", party.id()).put("name", party.name());
        if (party.provisional()) {
            node.put("provisional", true);
        }
        return node;
    }

}
