package dev.newswatch.alerts;

import dev.newswatch.alerts.channel.AlertView;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The readable block a console subscription prints for one alert. */
final class ConsoleBlock {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private ConsoleBlock() {
    }

    static String render(AlertView v) {
        StringBuilder b = new StringBuilder();
        String title = switch (v.kind()) {
            case AlertView.KIND_NEW -> "NEW DEAL";
            case AlertView.KIND_ARTICLE -> "ARTICLE";
            default -> "DEAL UPDATE";
        };
        b.append("\n┌─ ").append(title).append(" ─ ")
                .append(TIME.format(v.firstSeen())).append('\n');
        b.append("│ ").append(v.headline()).append('\n');
        b.append("│ ").append(v.type() == null ? "article" : v.type() + ", " + v.stage());
        if (!v.categories().isEmpty()) {
            b.append("  [").append(String.join(", ", v.categories())).append(']');
        }
        b.append('\n');
        String evidence = v.evidence() == null ? "" : v.evidence().replaceAll("\\s+", " ").strip();
        if (evidence.length() > 240) {
            evidence = evidence.substring(0, 239) + "…";
        }
        b.append("│ “").append(evidence).append("”\n");
        for (AlertView.Source s : v.sources()) {
            b.append("│ ").append(s.outlet()).append(": ").append(s.url()).append('\n');
        }
        b.append("└─ ").append(v.alertId()).append('\n');
        return b.toString();
    }
}
