package dev.newswatch.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newswatch.core.config.EnrichSettings;
import dev.newswatch.core.model.Entity;
import dev.newswatch.core.serde.Json;
import dev.newswatch.enrich.ArticleEnricher;
import dev.newswatch.enrich.deal.DealBackstop;
import dev.newswatch.enrich.deal.DealEvaluation;
import dev.newswatch.enrich.deal.ExpectedDeal;
import dev.newswatch.enrich.deal.LabelledItem;
import dev.newswatch.enrich.link.EntityLinker;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newswatch features}: the training rows of the learned deal backstop. The rules run on every labelled page;
 * each amount of at least $1M is one JSON line with its features, whether a rule deal carries it, whether a labelled deal
 * has that amount ({@code deal}, within the tolerance of {@code eval}), and its candidate parties, each with its
 * features and whether it is that deal's target or investor, and whether it is the target of any labelled deal of the
 * page ({@code anyTarget}: an added deal paid to anything else is a false positive). {@code tools/backstop/train.py}
 * reads these lines.
 */
@Command(name = "features", mixinStandardHelpOptions = true,
        description = {"Write the training rows of the learned deal backstop for a labelled set.",
                "One JSON line per amount of at least $1M, with its features, whether a rule deal carries it,",
                "its label and its candidate parties (see tools/backstop/README.md)."})
public final class FeaturesCommand implements Callable<Integer> {

    @Option(names = "--labels", required = true, paramLabel = "FILE", description = "Labelled JSONL file.")
    Path labels;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the rows (JSONL).")
    Path out;

    @Mixin
    EnrichInputs inputs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        EnrichSettings settings = inputs.settings();
        List<DealBackstop.Row> rows = new ArrayList<>();
        ArticleEnricher enricher = inputs.enricher(settings, DealBackstop.recording(rows::add));
        List<Entity> entities = inputs.entities(settings);
        EntityLinker linker = EntityLinker.of(entities);
        DealEvaluation evaluation = new DealEvaluation(entities);
        List<LabelledItem> items = InputException.reading(labels, () -> DealEvaluation.readLabels(labels));
        int written = 0;
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (LabelledItem item : items) {
                rows.clear();
                enricher.enrich(AnalyzeCommand.article(item.id(), item.title(), item.text(), item.language(), null,
                        null), linker, linker::entity);
                for (DealBackstop.Row row : rows) {
                    writer.write(Json.write(line(evaluation, item, row)));
                    writer.newLine();
                    written++;
                }
            }
        }
        PrintWriter console = spec.commandLine().getOut();
        console.printf(Locale.ROOT, "%d rows from %d items of %s written to %s%n", written, items.size(), labels, out);
        console.flush();
        return ExitCodes.OK;
    }

    private static ObjectNode line(DealEvaluation evaluation, LabelledItem item, DealBackstop.Row row) {
        List<ExpectedDeal> same = item.deals().stream()
                .filter(d -> DealEvaluation.sameAmount(d, row.usd(), row.currency())).toList();
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("page", item.id());
        node.put("lang", item.language());
        node.put("usd", row.usd());
        node.put("currency", row.currency());
        node.put("sentence", row.sentence());
        node.put("start", row.start());
        node.put("carried", row.carried());
        if (row.carried()) {
            node.put("ruleTarget", row.carrier().target() == null ? null : row.carrier().target().id());
            node.put("ruleInvestor", row.carrier().investor() == null ? null : row.carrier().investor().id());
            node.put("ruleHere", row.carrier().start() <= row.start() && row.carrier().end() > row.start());
        }
        node.put("pageDeals", item.deals().size());
        node.put("lenient", item.lenient());
        node.put("deal", same.isEmpty() ? 0 : 1);
        node.put("labelInvestor", same.stream().anyMatch(d -> d.investor() != null));
        ArrayNode features = node.putArray("features");
        row.features().forEach(features::add);
        ArrayNode candidates = node.putArray("candidates");
        for (DealBackstop.CandidateRow c : row.candidates()) {
            ObjectNode candidate = candidates.addObject();
            candidate.put("id", c.party().id());
            candidate.put("target", same.stream().anyMatch(d -> evaluation.names(d.target(), c.party())) ? 1 : 0);
            candidate.put("investor", same.stream().anyMatch(d -> evaluation.names(d.investor(), c.party())) ? 1 : 0);
            candidate.put("anyTarget",
                    item.deals().stream().anyMatch(d -> evaluation.names(d.target(), c.party())) ? 1 : 0);
            ArrayNode cf = candidate.putArray("features");
            c.features().forEach(cf::add);
        }
        return node;
    }
}
