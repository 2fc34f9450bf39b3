package dev.newswatch.app.cli;

import dev.newswatch.core.model.Article;
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

    private static String time(Instant t) {
        return t == null ? "-" : TIME.format(t);
    }
}
