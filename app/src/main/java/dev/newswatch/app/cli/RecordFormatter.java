package dev.newswatch.app.cli;

import dev.newswatch.alerts.AlertViews;
import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.EnrichedArticle;
import dev.newswatch.core.model.Party;
import dev.newswatch.core.model.TrackedDeal;
import dev.newswatch.core.model.FeedCheckpoint;
import dev.newswatch.core.model.FeedSpec;
import dev.newswatch.core.model.FeedStatus;
import dev.newswatch.core.serde.Json;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** One compact, human-readable line per topic record, for {@code newswatch tail}. */
final class RecordFormatter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private RecordFormatter() {
    }

    static String line(String key, Object value) {
        if (value == null) {
            return "(deleted) " + key;
        }
        if (value instanceof Article a) {
            return String.format("%s  %-24s [%s]  %s  <%s>", TIME.format(a.published()),
                    FeedsCommand.truncate(a.source(), 24), a.language(), a.title(), a.url());
        }
        if (value instanceof EnrichedArticle e) {
            return String.format("%s  %-24s [%s]  %s  %s  entities=%s%s", TIME.format(e.article().published()),
                    FeedsCommand.truncate(e.article().source(), 24), e.article().language(), e.article().title(),
                    e.categoryNames(), e.entities().stream().map(x -> x.id()).toList(),
                    e.deals().isEmpty() ? "" : "  deals: " + String.join("; ", e.deals().stream().map(RecordFormatter::deal).toList()));
        }
        if (value instanceof TrackedDeal d) {
            return String.format("%s  %s v%d  %s  (%d source%s; %s)", TIME.format(d.lastSeen()), d.dealId(), d.version(),
                    deal(d.deal()), d.sources().size(), d.sources().size() == 1 ? "" : "s", d.change());
        }
        if (value instanceof Alert a && a.aboutArticle()) {
            Article article = a.article().article();
            return String.format("%s  ALERT %-6s %s  %s  [%s] %s", TIME.format(a.raisedAt()), a.kind(), a.alertId(),
                    article.source(), article.language(), article.title());
        }
        if (value instanceof Alert a) {
            TrackedDeal d = a.deal();
            return String.format("%s  ALERT %-6s %s  %s  sources: %s", TIME.format(a.raisedAt()), a.kind(), a.alertId(),
                    deal(d.deal()), String.join(", ", d.sources().stream().map(s -> s.outlet()).distinct().toList()));
        }
        if (value instanceof FeedStatus s) {
            return String.format("%s  %-24s %-12s http=%s new=%d seen=%d %dms%s", TIME.format(s.time()),
                    FeedsCommand.truncate(s.feedId(), 24), s.outcome(), s.httpStatus(), s.itemsNew(), s.itemsSeen(),
                    s.latencyMs(), s.error() == null ? "" : "  " + s.error());
        }
        if (value instanceof FeedSpec f) {
            return String.format("%-28s %s  %s", f.id(), f.name(), f.url());
        }
        if (value instanceof FeedCheckpoint c) {
            return String.format("%-28s last=%s next=%s seen=%d failures=%d etag=%s", c.feedId(), time(c.lastFetch()),
                    time(c.nextFetch()), c.seenIds().size(), c.failures(), c.etag());
        }
        return key + "  " + Json.write(value);
    }

    /** The deal of a deal alert ({@link #deal}), or "article: " and the title of an article alert. */
    static String alertSummary(Alert a) {
        return a.aboutArticle() ? "article: " + a.article().article().title() : deal(a.deal().deal());
    }

    /** "Amazon → OpenAI  more than $10,000,000,000 (USD 10000000000)  investment, in talks". */
    static String deal(Deal d) {
        String amount = d.amount() == null ? "undisclosed amount"
                : d.qualifier().wireName().replace('-', ' ').replace("exact", "").strip() + " "
                + d.currency() + " " + String.format(java.util.Locale.ROOT, "%,.0f", d.amount())
                + (d.amountHigh() == null ? "" : String.format(java.util.Locale.ROOT, "–%,.0f", d.amountHigh()))
                + (d.amountUsd() != null && !"USD".equals(d.currency())
                    ? String.format(java.util.Locale.ROOT, " (≈ USD %,.0f)", d.amountUsd()) : "");
        return String.format("%s → %s  %s  %s, %s", name(d.investor()), name(d.target()), amount.strip(),
                d.type().wireName(), d.stage().wireName());
    }

    private static String name(Party p) {
        return p == null ? "?" : AlertViews.label(p);
    }

    private static String time(Instant t) {
        return t == null ? "-" : TIME.format(t);
    }
}
