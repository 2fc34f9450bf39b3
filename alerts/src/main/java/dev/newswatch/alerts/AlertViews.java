package dev.newswatch.alerts;

import dev.newswatch.alerts.channel.AlertView;
import dev.newswatch.alerts.channel.PlainText;
import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.Party;
import dev.newswatch.core.model.Source;
import dev.newswatch.core.model.TrackedDeal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * Turns an alert into the channel-neutral view the mail, webhook and console channels render. A party the
 * entity table does not know yet is shown as "Zentrix Robotics (new company)". Pure.
 */
public final class AlertViews {

    /** Characters of an article's summary an article alert shows. */
    private static final int MAX_SUMMARY = 400;

    private AlertViews() {
    }

    public static AlertView of(Alert alert) {
        if (alert.aboutArticle()) {
            return ofArticle(alert);
        }
        TrackedDeal tracked = alert.deal();
        Deal d = tracked.deal();
        AlertView.Party investor = party(d.investor());
        AlertView.Party target = party(d.target());
        String verb = switch (d.type()) {
            case ACQUISITION -> "to acquire";
            case CONTRACT -> "contract with";
            case SECONDARY_SALE -> "secondary sale in";
            case PARTNERSHIP -> "partnership with";
            case OTHER -> "deal with";
            default -> "to invest in";
        };
        String headline = (investor == null ? "Undisclosed investor" : investor.label()) + " " + verb + " "
                + (target == null ? "an undisclosed party" : target.label()) + ": " + amountText(d) + " ("
                + d.stage().wireName().replace('-', ' ') + ")";
        List<AlertView.Source> sources = tracked.sources().stream()
                .map(AlertViews::source).toList();
        return new AlertView(alert.alertId(), alert.kind(), headline, investor, target, amountText(d), d.amountUsd(),
                d.type().wireName(), d.stage().wireName(), tracked.categories(), d.evidence(), sources,
                tracked.firstSeen());
    }

    /** An article alert: the title as the headline, the summary (cut) as the evidence, the article as the source. */
    private static AlertView ofArticle(Alert alert) {
        Article a = alert.article().article();
        String summary = PlainText.oneLine(a.summary(), MAX_SUMMARY);
        return new AlertView(alert.alertId(), AlertView.KIND_ARTICLE, a.title(), null, null, null, null, null, null,
                alert.article().categoryNames(), summary.isEmpty() ? null : summary,
                List.of(new AlertView.Source(a.title(), a.source(), a.url(), a.published())), a.published());
    }

    /** "more than $10 billion", "up to €1.3 billion (≈ $1.4 billion)", "undisclosed". */
    public static String amountText(Deal d) {
        if (d.amount() == null) {
            return "undisclosed amount";
        }
        String qualifier = switch (d.qualifier()) {
            case MORE_THAN -> "more than ";
            case AT_LEAST -> "at least ";
            case UP_TO -> "up to ";
            case ABOUT -> "about ";
            case BETWEEN -> "between ";
            case EXACT -> "";
        };
        String amount = money(d.amount(), d.currency());
        if (d.amountHigh() != null) {
            amount = amount + " and " + money(d.amountHigh(), d.currency());
        }
        String usd = "";
        if (!"USD".equals(d.currency()) && d.amountUsd() != null) {
            usd = " (≈ " + money(d.amountUsd(), "USD");
            if (d.amountHigh() != null && d.amount().signum() > 0) {
                BigDecimal rate = d.amountUsd().divide(d.amount(), java.math.MathContext.DECIMAL64);
                usd += " and " + money(d.amountHigh().multiply(rate), "USD");
            }
            usd += ")";
        }
        return qualifier + amount + usd;
    }

    static String money(BigDecimal amount, String currency) {
        String symbol = switch (currency) {
            case "USD" -> "$";
            case "EUR" -> "€";
            case "GBP" -> "£";
            default -> currency + " ";
        };
        BigDecimal trillion = new BigDecimal("1000000000000");
        BigDecimal billion = new BigDecimal("1000000000");
        BigDecimal million = new BigDecimal("1000000");
        if (amount.compareTo(trillion) >= 0) {
            return symbol + amount.divide(trillion, 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " trillion";
        }
        // 999,999,999 rounds to "1000 million": say "1 billion" from where the rounding gets there.
        if (amount.compareTo(new BigDecimal("999950000")) >= 0) {
            return symbol + amount.divide(billion, 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " billion";
        }
        if (amount.compareTo(million) >= 0) {
            return symbol + amount.divide(million, 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " million";
        }
        return symbol + String.format(Locale.ROOT, "%,.0f", amount);
    }

    /**
     * How a party is shown wherever an alert is: its name, followed by "(new company)" when the entity table
     * does not know it yet. Null for null.
     */
    public static String label(Party p) {
        AlertView.Party view = party(p);
        return view == null ? null : view.label();
    }

    private static AlertView.Party party(Party p) {
        if (p == null) {
            return null;
        }
        return new AlertView.Party(p.id(), p.name() == null ? p.id() : p.name(), p.provisional());
    }

    private static AlertView.Source source(Source s) {
        return new AlertView.Source(s.title(), s.outlet(), s.url(), s.published());
    }
}
