package dev.newswatch.app.backtest;

import dev.newswatch.alerts.AlertViews;
import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.Party;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One readable line per alert for the terminal:
 * {@code new     2026-11-18 21:40  Amazon → OpenAI  more-than $10,000,000,000  investment in-talks  3 sources}.
 * Stateless.
 */
public final class AlertLine {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private AlertLine() {
    }

    /** The line of {@code alert} whose deal had {@code sources} reports in the end. */
    public static String of(Alert alert, int sources) {
        Deal deal = alert.deal().deal();
        String qualifier = deal.qualifier().wireName().equals("exact") ? "" : deal.qualifier().wireName() + " ";
        String amount = deal.amountUsd() == null ? "?" : String.format(Locale.ROOT, "$%,.0f", deal.amountUsd());
        return String.format(Locale.ROOT, "%-7s %s  %s → %s  %s%s  %s %s  %d source%s", alert.kind(),
                alert.raisedAt() == null ? "?" : MINUTE.format(alert.raisedAt()), name(deal.investor()),
                name(deal.target()), qualifier, amount, deal.type().wireName(), deal.stage().wireName(), sources,
                sources == 1 ? "" : "s");
    }

    /**
     * The line of an alert that a subscription would have been sent: its time, {@code deal} or {@code article},
     * the amount in US dollars, the parties and the title of its first report:
     * {@code 2026-11-18 21:40  deal     $10,000,000,000  Amazon → OpenAI  Amazon in talks to invest ...}; an article
     * alert has no amount and no parties ({@code -}).
     */
    public static String sent(Alert alert) {
        String time = alert.raisedAt() == null ? "?" : MINUTE.format(alert.raisedAt());
        if (alert.aboutArticle()) {
            return String.format(Locale.ROOT, "%s  %-7s  %-16s  %s  %s", time, "article", "-", "-",
                    alert.article().article().title());
        }
        Deal deal = alert.deal().deal();
        String amount = deal.amountUsd() == null ? "?" : String.format(Locale.ROOT, "$%,.0f", deal.amountUsd());
        String title = alert.deal().sources().isEmpty() ? deal.evidence() : alert.deal().sources().get(0).title();
        return String.format(Locale.ROOT, "%s  %-7s  %-16s  %s → %s  %s", time, "deal", amount, name(deal.investor()),
                name(deal.target()), title);
    }

    private static String name(Party party) {
        return party == null ? "?" : AlertViews.label(party);
    }
}
