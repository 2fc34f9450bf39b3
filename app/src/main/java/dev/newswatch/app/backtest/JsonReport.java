package dev.newswatch.app.backtest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.Party;
import dev.newswatch.core.model.TrackedDeal;
import dev.newswatch.core.serde.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code OUT.json}: {@code {"config", "source", "window", "documents", "duplicates", "problems",
 * "articles", "enriched", "deadLetters", "deals": [TrackedDeal...], "alerts": [{"alertId", "kind", "dealId",
 * "version", "change", "raisedAt", "deal": {"investor", "investorId", "target", "targetId", "amount",
 * "amountHigh", "currency", "amountUsd", "type", "stage", "qualifier", "evidence"}, "categories", "firstSeen",
 * "sources", "sourcesWhenRaised", "subscriptions"}], "byDay": [{"day", "alerts", "articles"}]}}, plus {@code "labels"} and {@code "compare"}
 * when present. An alert's {@code sources} are every report of its deal by the end of the history (the
 * outlets that reported it later included); {@code sourcesWhenRaised} counts those known when it was raised.
 * Amounts are plain JSON numbers. Stateless.
 */
public final class JsonReport {

    private JsonReport() {
    }

    /** The report as a JSON tree. */
    public static ObjectNode tree(BacktestReport report) {
        ObjectNode root = Json.mapper().createObjectNode();
        BacktestResult result = report.result();
        root.set("config", rules(result.rules()));
        root.put("source", report.source());
        ObjectNode window = root.putObject("window");
        window.put("from", report.window().from() == null ? null : report.window().from().toString());
        window.put("to", report.window().to() == null ? null : report.window().to().toString());
        root.put("documents", report.documents());
        root.put("duplicates", report.duplicates());
        ArrayNode problems = root.putArray("problems");
        report.problems().forEach(problems::add);
        root.put("articles", result.articles());
        root.put("enriched", result.enriched());
        root.put("deadLetters", result.deadLetters());
        ArrayNode deals = root.putArray("deals");
        result.deals().forEach(d -> deals.add(Json.mapper().valueToTree(d)));
        root.set("alerts", alerts(result.alerts()));
        ArrayNode days = root.putArray("byDay");
        for (DayCount day : result.byDay()) {
            days.addObject().put("day", day.day().toString()).put("alerts", day.alerts()).put("articles", day.articles());
        }
        if (report.labels() != null) {
            root.set("labels", labels(report.labels()));
        }
        if (report.comparison() != null) {
            RuleComparison c = report.comparison();
            ObjectNode compare = root.putObject("compare");
            compare.set("config", rules(c.other().rules()));
            compare.put("alerts", c.other().alerts().size());
            compare.set("gained", alerts(c.gained()));
            compare.set("lost", alerts(c.lost()));
        }
        return root;
    }

    /** Writes the report to {@code file}. */
    public static void write(BacktestReport report, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Json.mapper().writerWithDefaultPrettyPrinter().with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .writeValue(file.toFile(), tree(report));
    }

    static ObjectNode rules(RuleSet rules) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("configDir", rules.configDir().toString());
        node.put("alertFloorUsd", plain(rules.alertFloorUsd()));
        node.put("defaultMinAmountUsd", plain(rules.defaultMinAmountUsd()));
        node.put("taxonomy", rules.taxonomy().toString());
        node.put("entities", rules.entities());
        ArrayNode subscriptions = node.putArray("subscriptions");
        rules.subscriptions().forEach(subscriptions::add);
        return node;
    }

    static ArrayNode alerts(List<AlertOutcome> outcomes) {
        ArrayNode array = Json.mapper().createArrayNode();
        for (AlertOutcome outcome : outcomes) {
            Alert alert = outcome.alert();
            TrackedDeal tracked = alert.deal();
            ObjectNode node = array.addObject();
            node.put("alertId", alert.alertId());
            node.put("kind", alert.kind());
            node.put("dealId", tracked.dealId());
            node.put("version", tracked.version());
            node.put("change", tracked.change());
            node.put("raisedAt", alert.raisedAt() == null ? null : alert.raisedAt().toString());
            node.set("deal", deal(tracked.deal()));
            ArrayNode categories = node.putArray("categories");
            tracked.categories().forEach(categories::add);
            node.put("firstSeen", tracked.firstSeen() == null ? null : tracked.firstSeen().toString());
            node.set("sources", Json.mapper().valueToTree(outcome.latest().sources()));
            node.put("sourcesWhenRaised", tracked.sources().size());
            ArrayNode subscriptions = node.putArray("subscriptions");
            outcome.subscriptions().forEach(subscriptions::add);
        }
        return array;
    }

    static ObjectNode deal(Deal deal) {
        ObjectNode node = Json.mapper().createObjectNode();
        party(node, "investor", deal.investor());
        party(node, "target", deal.target());
        node.put("amount", plain(deal.amount()));
        node.put("amountHigh", plain(deal.amountHigh()));
        node.put("currency", deal.currency());
        node.put("amountUsd", plain(deal.amountUsd()));
        node.put("type", deal.type().wireName());
        node.put("stage", deal.stage().wireName());
        node.put("qualifier", deal.qualifier().wireName());
        node.put("evidence", deal.evidence());
        return node;
    }

    private static ObjectNode labels(LabelScore score) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("recall", score.recall());
        node.put("precision", score.precision());
        node.put("expected", score.expected());
        node.put("found", score.found());
        node.put("detected", score.detected());
        ArrayNode misses = node.putArray("misses");
        for (LabelScore.Miss miss : score.misses()) {
            ObjectNode m = misses.addObject();
            m.put("item", miss.item());
            m.put("title", miss.title());
            m.put("investor", miss.investor());
            m.put("target", miss.target());
            m.put("usd", plain(miss.usd()));
            ArrayNode alerted = m.putArray("alerted");
            miss.alerted().forEach(d -> alerted.add(deal(d)));
        }
        ArrayNode falsePositives = node.putArray("falsePositives");
        for (LabelScore.FalsePositive fp : score.falsePositives()) {
            ObjectNode f = falsePositives.addObject();
            f.put("item", fp.item());
            f.put("title", fp.title());
            f.set("deal", deal(fp.deal()));
        }
        ArrayNode unmatched = node.putArray("unmatched");
        score.unmatched().forEach(unmatched::add);
        return node;
    }

    private static void party(ObjectNode node, String role, Party party) {
        node.put(role, party == null ? null : party.name());
        node.put(role + "Id", party == null ? null : party.id());
        node.put(role + "Provisional", party != null && party.provisional());
    }

    /** A BigDecimal that Jackson writes without an exponent ({@code 1E+10} becomes {@code 10000000000}). */
    static BigDecimal plain(BigDecimal value) {
        return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
    }
}
