package dev.newswatch.app.backtest;

import dev.newswatch.alerts.AlertViews;
import dev.newswatch.alerts.channel.HtmlEscaper;
import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.Party;
import dev.newswatch.core.model.Source;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code OUT.html}: a self-contained page (inline CSS, no script) with the summary, alerts per day as
 * an inline SVG bar chart, the alerts with evidence and source links, and, when present, the label score
 * (misses, false positives) and the rule-set comparison (gained, lost). Every string that comes from a feed
 * or a file is HTML-escaped, and only absolute http(s) URLs become links. Stateless.
 */
public final class HtmlReport {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final int CHART_HEIGHT = 160;
    private static final int CHART_WIDTH = 760;
    private static final String CSS = String.join("\n",
            "body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem auto;max-width:1200px;"
                    + "padding:0 1rem;color:#1d2330;background:#fff}",
            "h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #dde"
                    + ";padding-bottom:.2rem}",
            "table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{text-align:left;vertical-align:top;"
                    + "padding:.35rem .5rem;border-bottom:1px solid #eef}",
            "th{background:#f5f7fb;font-weight:600}table.summary th{width:14rem}td.num{text-align:right;"
                    + "white-space:nowrap}",
            ".evidence{color:#445;font-size:.9rem}.muted{color:#778}.kind{font-weight:600;text-transform:uppercase;"
                    + "font-size:.8rem}",
            ".kind.new{color:#0a7d32}.kind.update{color:#b35c00}.gained{color:#0a7d32}.lost{color:#b3261e}",
            "ul.sources{margin:0;padding-left:1rem}svg text{font:11px system-ui,sans-serif;fill:#445}",
            "svg rect.bar{fill:#3b6fd8}svg line{stroke:#99a}");

    private HtmlReport() {
    }

    /** Writes the page to {@code file}. */
    public static void write(BacktestReport report, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, render(report), StandardCharsets.UTF_8);
    }

    /** The page. */
    public static String render(BacktestReport report) {
        BacktestResult result = report.result();
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Newswatch backtest: ").append(result.alerts().size()).append(" alerts</title>\n")
                .append("<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n")
                .append("<h1>Newswatch backtest</h1>\n<p class=\"muted\">").append(esc(report.source()))
                .append("</p>\n");
        summary(h, report);
        h.append("<h2>Alerts per day</h2>\n");
        chart(h, result.byDay());
        h.append("<h2>Alerts (").append(result.alerts().size()).append(")</h2>\n");
        alertTable(h, result.alerts(), true);
        if (report.labels() != null) {
            labels(h, report.labels());
        }
        if (report.comparison() != null) {
            comparison(h, report.comparison());
        }
        if (!report.problems().isEmpty()) {
            h.append("<h2>Unreadable documents (").append(report.problems().size()).append(")</h2>\n<ul>\n");
            report.problems().forEach(p -> h.append("<li>").append(esc(p)).append("</li>\n"));
            h.append("</ul>\n");
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void summary(StringBuilder h, BacktestReport report) {
        BacktestResult result = report.result();
        long updates = result.alerts().stream().filter(a -> Alert.UPDATE.equals(a.alert().kind())).count();
        h.append("<table class=\"summary\">\n");
        row(h, "Rule set", esc(result.rules().configDir().toString()));
        row(h, "Alert floor", usd(result.rules().alertFloorUsd()) + " (enrich); subscriptions default to "
                + usd(result.rules().defaultMinAmountUsd()));
        row(h, "Entities, subscriptions", result.rules().entities() + " entities; "
                + esc(String.join(", ", result.rules().subscriptions())));
        row(h, "Window", esc(window(report.window())));
        row(h, "Articles", result.articles() + " (from " + report.documents() + " documents; "
                + report.duplicates() + " repeated sightings dropped; " + result.enriched() + " enriched"
                + (result.deadLetters() > 0 ? "; " + result.deadLetters() + " dead letters" : "") + ")");
        row(h, "Deals", String.valueOf(result.deals().size()));
        row(h, "Alerts", result.alerts().size() + " (" + (result.alerts().size() - updates) + " new, " + updates
                + (updates == 1 ? " update)" : " updates)"));
        if (report.labels() != null) {
            row(h, "Against labels", String.format(Locale.ROOT, "recall %.3f, precision %.3f",
                    report.labels().recall(), report.labels().precision()));
        }
        if (report.comparison() != null) {
            row(h, "Compared with", esc(report.comparison().other().rules().configDir().toString()) + ": "
                    + report.comparison().gained().size() + " gained, " + report.comparison().lost().size() + " lost");
        }
        h.append("</table>\n");
    }

    /** Alerts per day as bars; each bar's tooltip gives the day, its alerts and its articles. */
    static void chart(StringBuilder h, List<DayCount> days) {
        if (days.isEmpty()) {
            h.append("<p class=\"muted\">No articles in the window.</p>\n");
            return;
        }
        int most = Math.max(1, days.stream().mapToInt(DayCount::alerts).max().orElse(1));
        int left = 30;
        int bottom = 22;
        int top = 14;
        double slot = Math.min(48.0, (double) (CHART_WIDTH - left) / days.size());
        double bar = Math.max(1.0, slot * 0.7);
        int width = (int) Math.ceil(left + slot * days.size()) + 4;
        int plot = CHART_HEIGHT - bottom - top;
        int labelEvery = Math.max(1, (int) Math.ceil(days.size() / 12.0));
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(CHART_HEIGHT).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(CHART_HEIGHT).append("\" aria-label=\"Alerts per day\">\n");
        h.append("<line x1=\"").append(left).append("\" y1=\"").append(top + plot).append("\" x2=\"").append(width)
                .append("\" y2=\"").append(top + plot).append("\"/>\n");
        h.append("<text x=\"0\" y=\"").append(top + 4).append("\">").append(most).append("</text>\n");
        h.append("<text x=\"0\" y=\"").append(top + plot).append("\">0</text>\n");
        for (int i = 0; i < days.size(); i++) {
            DayCount day = days.get(i);
            double x = left + i * slot + (slot - bar) / 2;
            double height = (double) day.alerts() * plot / most;
            double y = top + plot - height;
            h.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                            + "height=\"%.1f\"><title>%s: %d alerts, %d articles</title></rect>%n", x, y, bar, height,
                    day.day(), day.alerts(), day.articles()));
            if (day.alerts() > 0 && slot >= 14) {
                h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%d</text>%n",
                        x + bar / 2, y - 3, day.alerts()));
            }
            if (i % labelEvery == 0) {
                h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                        x + bar / 2, CHART_HEIGHT - 6, day.day().toString().substring(5)));
            }
        }
        h.append("</svg>\n");
    }

    private static void alertTable(StringBuilder h, List<AlertOutcome> alerts, boolean withSubscriptions) {
        if (alerts.isEmpty()) {
            h.append("<p class=\"muted\">None.</p>\n");
            return;
        }
        h.append("<table>\n<tr><th>Raised</th><th>Kind</th><th>Deal</th><th>Amount</th><th>Evidence</th>")
                .append("<th>Sources</th>").append(withSubscriptions ? "<th>Subscriptions</th>" : "").append("</tr>\n");
        for (AlertOutcome outcome : alerts) {
            Alert alert = outcome.alert();
            Deal deal = alert.deal().deal();
            h.append("<tr><td class=\"num\">").append(time(alert.raisedAt())).append("</td>")
                    .append("<td><span class=\"kind ").append(esc(alert.kind())).append("\">").append(esc(alert.kind()))
                    .append("</span>").append(Alert.NEW.equals(alert.deal().change()) ? ""
                            : "<br><span class=\"muted\">" + esc(alert.deal().change()) + "</span>").append("</td>")
                    .append("<td>").append(parties(deal)).append("<br><span class=\"muted\">")
                    .append(esc(deal.type().wireName())).append(", ").append(esc(deal.stage().wireName()))
                    .append("</span></td>")
                    .append("<td class=\"num\">").append(amount(deal)).append("</td>")
                    .append("<td class=\"evidence\">").append(esc(deal.evidence())).append("</td>")
                    .append("<td>").append(sources(outcome.latest().sources())).append("</td>");
            if (withSubscriptions) {
                h.append("<td>").append(outcome.subscriptions().isEmpty() ? "<span class=\"muted\">none</span>"
                        : esc(String.join(", ", outcome.subscriptions()))).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private static void labels(StringBuilder h, LabelScore score) {
        h.append("<h2>Against labels</h2>\n<p>").append(String.format(Locale.ROOT,
                "Recall %.3f (%d of %d expected deals alerted), precision %.3f (%d false positives in %d alerted "
                        + "deals).", score.recall(), score.found(), score.expected(), score.precision(),
                score.falsePositives().size(), score.detected())).append("</p>\n");
        h.append("<h3>Misses (").append(score.misses().size()).append(")</h3>\n");
        if (score.misses().isEmpty()) {
            h.append("<p class=\"muted\">None.</p>\n");
        } else {
            h.append("<table>\n<tr><th>Item</th><th>Expected</th><th>USD</th><th>Alerted instead</th></tr>\n");
            for (LabelScore.Miss miss : score.misses()) {
                h.append("<tr><td>").append(esc(miss.item())).append("<br><span class=\"muted\">")
                        .append(esc(miss.title())).append("</span></td><td>")
                        .append(esc(miss.investor() == null ? "?" : miss.investor())).append(" → ")
                        .append(esc(miss.target())).append("</td><td class=\"num\">").append(usd(miss.usd()))
                        .append("</td><td>");
                if (miss.alerted().isEmpty()) {
                    h.append("<span class=\"muted\">nothing</span>");
                }
                for (Deal d : miss.alerted()) {
                    h.append(parties(d)).append(' ').append(amount(d)).append("<br>");
                }
                h.append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("<h3>False positives (").append(score.falsePositives().size()).append(")</h3>\n");
        if (score.falsePositives().isEmpty()) {
            h.append("<p class=\"muted\">None.</p>\n");
        } else {
            h.append("<table>\n<tr><th>Item</th><th>Alerted deal</th><th>Amount</th><th>Evidence</th></tr>\n");
            for (LabelScore.FalsePositive fp : score.falsePositives()) {
                h.append("<tr><td>").append(esc(fp.item())).append("<br><span class=\"muted\">").append(esc(fp.title()))
                        .append("</span></td><td>").append(parties(fp.deal())).append("</td><td class=\"num\">")
                        .append(amount(fp.deal())).append("</td><td class=\"evidence\">")
                        .append(esc(fp.deal().evidence())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        if (!score.unmatched().isEmpty()) {
            h.append("<p class=\"muted\">Labelled items with no article in the history (not scored): ")
                    .append(esc(String.join(", ", score.unmatched()))).append("</p>\n");
        }
    }

    private static void comparison(StringBuilder h, RuleComparison c) {
        h.append("<h2>Compared with ").append(esc(c.other().rules().configDir().toString())).append("</h2>\n<p>")
                .append("That rule set: alert floor ").append(usd(c.other().rules().alertFloorUsd()))
                .append(", subscriptions default to ").append(usd(c.other().rules().defaultMinAmountUsd())).append("; ")
                .append(c.other().alerts().size()).append(" alerts against ").append(c.base().alerts().size())
                .append(".</p>\n");
        h.append("<h3 class=\"gained\">Gained (").append(c.gained().size()).append(")</h3>\n");
        alertTable(h, c.gained(), true);
        h.append("<h3 class=\"lost\">Lost (").append(c.lost().size()).append(")</h3>\n");
        alertTable(h, c.lost(), true);
    }

    private static String parties(Deal deal) {
        return "<strong>" + party(deal.investor()) + "</strong> → <strong>" + party(deal.target()) + "</strong>";
    }

    private static String party(Party party) {
        return party == null ? "<span class=\"muted\">?</span>" : esc(AlertViews.label(party));
    }

    private static String sources(List<Source> sources) {
        StringBuilder s = new StringBuilder("<ul class=\"sources\">");
        for (Source source : sources) {
            String title = esc(source.title().isBlank() ? source.url() : source.title());
            s.append("<li>").append(esc(source.outlet())).append(": ");
            HtmlEscaper.linkableUrl(source.url()).ifPresentOrElse(
                    url -> s.append("<a href=\"").append(esc(url)).append("\">").append(title).append("</a>"),
                    () -> s.append(title));
            s.append(" <span class=\"muted\">(").append(esc(source.language())).append(", ")
                    .append(time(source.published())).append(")</span></li>");
        }
        return s.append("</ul>").toString();
    }

    private static String amount(Deal deal) {
        if (deal.amountUsd() == null) {
            return deal.amount() == null ? "<span class=\"muted\">?</span>"
                    : esc(deal.amount().toPlainString() + " " + deal.currency());
        }
        String qualifier = deal.qualifier().wireName().equals("exact") ? "" : deal.qualifier().wireName() + " ";
        String usd = esc(qualifier) + usd(deal.amountUsd());
        if (deal.currency() != null && !"USD".equals(deal.currency()) && deal.amount() != null) {
            usd += "<br><span class=\"muted\">" + esc(String.format(Locale.ROOT, "%,.0f %s", deal.amount(),
                    deal.currency())) + "</span>";
        }
        return usd;
    }

    private static String usd(BigDecimal amount) {
        return amount == null ? "?" : String.format(Locale.ROOT, "$%,.0f", amount);
    }

    private static String window(TimeWindow window) {
        if (window.from() == null && window.to() == null) {
            return "all published times";
        }
        return (window.from() == null ? "the beginning" : window.from().toString()) + " to "
                + (window.to() == null ? "the end" : window.to() + " (exclusive)");
    }

    private static String time(Instant time) {
        return time == null ? "" : MINUTE.format(time);
    }

    private static void row(StringBuilder h, String header, String html) {
        h.append("<tr><th>").append(header).append("</th><td>").append(html).append("</td></tr>\n");
    }

    private static String esc(String text) {
        return HtmlEscaper.escape(text);
    }
}
