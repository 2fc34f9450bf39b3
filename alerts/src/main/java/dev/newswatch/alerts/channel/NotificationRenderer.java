package dev.newswatch.alerts.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newswatch.core.serde.Json;
import java.math.BigDecimal;
import java.net.URI;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders alerts into {@link Notification}s: a one-line subject, a plain-text body, an HTML body in which
 * every feed-derived string is escaped, and the JSON payload of the webhook.
 *
 * <p>Rendering is deterministic (no clock, no randomness): the same alert gives the same bytes, so a
 * retried webhook carries the same body. Stateless and thread-safe.
 */
public final class NotificationRenderer {

    /** Longest subject produced; longer headlines are cut with an ellipsis. */
    public static final int MAX_SUBJECT_LENGTH = 200;
    private static final int MAX_FIELD_LENGTH = 300;
    private static final int MAX_EVIDENCE_LENGTH = 2_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /**
     * Renders one alert.
     *
     * @param deliveryId        the delivery's idempotency key
     * @param alert             the alert
     * @param unsubscribeHttps  one-click unsubscribe URL shown in the footer, or null
     * @param unsubscribeMailto mailto unsubscribe URI shown in the footer, or null
     * @return the notification
     */
    public Notification render(String deliveryId, AlertView alert, URI unsubscribeHttps, String unsubscribeMailto) {
        Objects.requireNonNull(alert, "alert");
        StringBuilder text = new StringBuilder();
        appendText(text, alert);
        appendTextFooter(text, unsubscribeHttps, unsubscribeMailto);
        StringBuilder html = new StringBuilder();
        openHtml(html, subject(alert));
        appendHtml(html, alert);
        closeHtml(html, unsubscribeHttps, unsubscribeMailto);
        return new Notification(deliveryId, alert.alertId(), subject(alert), text.toString(), html.toString(),
                json(alert), unsubscribeHttps, unsubscribeMailto);
    }

    /**
     * Renders several alerts as one digest, one section per alert, each alert once (later duplicates by
     * alert id are dropped) in the order given.
     *
     * @param digestId          the digest's idempotency key
     * @param alerts            at least one alert
     * @param unsubscribeHttps  one-click unsubscribe URL shown in the footer, or null
     * @param unsubscribeMailto mailto unsubscribe URI shown in the footer, or null
     * @return the notification; its {@code alertId} is null and its JSON body an array
     */
    public Notification renderDigest(String digestId, List<AlertView> alerts, URI unsubscribeHttps,
                                     String unsubscribeMailto) {
        List<AlertView> unique = distinct(alerts);
        String subject = digestSubject(unique);
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        openHtml(html, subject);
        ArrayNode array = Json.mapper().createArrayNode();
        for (int i = 0; i < unique.size(); i++) {
            AlertView alert = unique.get(i);
            if (i > 0) {
                text.append("\n----------------------------------------\n\n");
                html.append("<hr>\n");
            }
            appendText(text, alert);
            appendHtml(html, alert);
            array.add(jsonNode(alert));
        }
        appendTextFooter(text, unsubscribeHttps, unsubscribeMailto);
        closeHtml(html, unsubscribeHttps, unsubscribeMailto);
        return new Notification(digestId, null, subject, text.toString(), html.toString(), write(array),
                unsubscribeHttps, unsubscribeMailto);
    }

    /**
     * The subject of a single-alert mail: "New deal: ", "Deal update: " or "Article: " and the headline, or a summary
     * of the parties and amount when there is no headline. One line, at most {@value #MAX_SUBJECT_LENGTH}
     * characters.
     *
     * @param alert the alert
     * @return the subject
     */
    public String subject(AlertView alert) {
        String prefix = switch (alert.kind()) {
            case AlertView.KIND_UPDATE -> "Deal update: ";
            case AlertView.KIND_ARTICLE -> "Article: ";
            default -> "New deal: ";
        };
        return PlainText.oneLine(prefix + summary(alert), MAX_SUBJECT_LENGTH);
    }

    /**
     * The subject of a digest: "1 new deal" or "N new deals".
     *
     * @param count how many alerts the digest holds
     * @return the subject
     */
    public String digestSubject(int count) {
        return plural(count, "new deal");
    }

    /**
     * The subject of a digest of {@code alerts}, counting deal alerts (new and updated) apart from article alerts:
     * "N new deals", "N new articles", or "N new deals and M articles" when it holds both.
     *
     * @param alerts the alerts of the digest, each once
     * @return the subject
     */
    public String digestSubject(List<AlertView> alerts) {
        long articles = alerts.stream().filter(a -> AlertView.KIND_ARTICLE.equals(a.kind())).count();
        long deals = alerts.size() - articles;
        if (articles == 0) {
            return digestSubject(alerts.size());
        }
        if (deals == 0) {
            return plural(articles, "new article");
        }
        return plural(deals, "new deal") + " and " + plural(articles, "article");
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /**
     * The webhook payload for one alert: a JSON object with {@code alertId, kind, headline, investor,
     * target, amountText, amountUsd, type, stage, categories, evidence, sources, firstSeen, parties}; instants as
     * ISO-8601 strings, {@code amountUsd} as a plain JSON number, absent values as null. {@code investor} and
     * {@code target} are the names; {@code parties} holds {@code investor} and {@code target} as objects
     * {@code {id, name, provisional}} (or null), {@code provisional: true} marking a company the entity table
     * does not know yet.
     *
     * @param alert the alert
     * @return the JSON text, one line
     */
    public String json(AlertView alert) {
        return write(jsonNode(alert));
    }

    private static List<AlertView> distinct(List<AlertView> alerts) {
        if (alerts == null || alerts.isEmpty()) {
            throw new IllegalArgumentException("a digest needs at least one alert");
        }
        Map<String, AlertView> byId = new LinkedHashMap<>();
        for (AlertView alert : alerts) {
            byId.putIfAbsent(Objects.requireNonNull(alert, "alert in digest").alertId(), alert);
        }
        return new ArrayList<>(byId.values());
    }

    private static String summary(AlertView alert) {
        if (alert.headline() != null && !alert.headline().isBlank()) {
            return alert.headline();
        }
        List<String> parts = new ArrayList<>();
        String parties = join(label(alert.investor()), " \u2192 ", label(alert.target()));
        if (!parties.isEmpty()) {
            parts.add(parties);
        }
        if (alert.amountText() != null && !alert.amountText().isBlank()) {
            parts.add(alert.amountText());
        }
        return parts.isEmpty() ? "alert " + alert.alertId() : String.join(", ", parts);
    }

    private static String join(String left, String separator, String right) {
        boolean hasLeft = left != null && !left.isBlank();
        boolean hasRight = right != null && !right.isBlank();
        if (hasLeft && hasRight) {
            return left + separator + right;
        }
        return hasLeft ? left : hasRight ? right : "";
    }

    /**
     * One labelled value of an alert, flattened to one line: what every channel shows as its facts.
     *
     * @param label "Investor", "Target", "Amount", "Type", "Stage", "Categories" or "First seen"
     * @param value the untrusted value, one line, at most 300 characters
     */
    public record Fact(String label, String value) {
    }

    /**
     * The facts of an alert in display order, each present value once: investor, target, amount (with USD),
     * type, stage, categories and first seen. Values come from feeds: channels escape them.
     *
     * @param alert the alert
     * @return the facts, never null
     */
    public static List<Fact> factList(AlertView alert) {
        return facts(alert).stream().map(f -> new Fact(f[0], f[1])).toList();
    }

    /**
     * One source as a line, "title — outlet — 2026-11-24 21:40 UTC", flattened; "(untitled)" without a title.
     *
     * @param source the source
     * @return the line, never empty
     */
    public static String sourceLabel(AlertView.Source source) {
        return sourceLine(source);
    }

    /**
     * The alert as an HTML fragment (heading, facts table, quoted evidence, linked sources), every feed string
     * escaped: the body of a mail without the document around it, for feed entries.
     *
     * @param alert the alert
     * @return the fragment
     */
    public String htmlSection(AlertView alert) {
        StringBuilder html = new StringBuilder();
        appendHtml(html, alert);
        return html.toString();
    }

    /**
     * The alert as plain text (subject, facts, evidence, sources), without the mail footer.
     *
     * @param alert the alert
     * @return the text
     */
    public String textSection(AlertView alert) {
        StringBuilder text = new StringBuilder();
        appendText(text, alert);
        return text.toString();
    }

    private static List<String[]> facts(AlertView alert) {
        List<String[]> rows = new ArrayList<>();
        addFact(rows, "Investor", label(alert.investor()));
        addFact(rows, "Target", label(alert.target()));
        addFact(rows, "Amount", amount(alert));
        addFact(rows, "Type", alert.type());
        addFact(rows, "Stage", alert.stage());
        addFact(rows, "Categories", alert.categories().isEmpty() ? null : String.join(", ", alert.categories()));
        addFact(rows, "First seen", TIME.format(alert.firstSeen()));
        return rows;
    }

    private static void addFact(List<String[]> rows, String label, String value) {
        String flat = PlainText.oneLine(value, MAX_FIELD_LENGTH);
        if (!flat.isEmpty()) {
            rows.add(new String[] {label, flat});
        }
    }

    private static String amount(AlertView alert) {
        String usd = alert.amountUsd() == null ? null : "USD " + usdFormat().format(alert.amountUsd());
        if (alert.amountText() == null || alert.amountText().isBlank()) {
            return usd;
        }
        return usd == null ? alert.amountText() : alert.amountText() + " (" + usd + ")";
    }

    private static DecimalFormat usdFormat() {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    private void appendText(StringBuilder out, AlertView alert) {
        out.append(subject(alert)).append("\n\n");
        for (String[] fact : facts(alert)) {
            out.append(fact[0]).append(": ").append(fact[1]).append('\n');
        }
        String evidence = PlainText.oneLine(alert.evidence(), MAX_EVIDENCE_LENGTH);
        if (!evidence.isEmpty()) {
            out.append("\n\"").append(evidence).append("\"\n");
        }
        if (!alert.sources().isEmpty()) {
            out.append("\nSources:\n");
            for (AlertView.Source source : alert.sources()) {
                out.append("- ").append(sourceLine(source));
                String url = PlainText.oneLine(source.url(), MAX_FIELD_LENGTH);
                if (!url.isEmpty()) {
                    out.append("\n  ").append(url);
                }
                out.append('\n');
            }
        }
    }

    private static String sourceLine(AlertView.Source source) {
        List<String> parts = new ArrayList<>();
        String title = PlainText.oneLine(source.title(), MAX_FIELD_LENGTH);
        parts.add(title.isEmpty() ? "(untitled)" : title);
        String outlet = PlainText.oneLine(source.outlet(), MAX_FIELD_LENGTH);
        if (!outlet.isEmpty()) {
            parts.add(outlet);
        }
        if (source.published() != null) {
            parts.add(TIME.format(source.published()));
        }
        return String.join(" \u2014 ", parts);
    }

    private static void appendTextFooter(StringBuilder out, URI unsubscribeHttps, String unsubscribeMailto) {
        out.append("\n-- \nYou receive this because you subscribed to Newswatch deal alerts.\n");
        if (unsubscribeHttps != null) {
            out.append("Unsubscribe: ").append(unsubscribeHttps.toASCIIString()).append('\n');
        } else if (unsubscribeMailto != null) {
            out.append("Unsubscribe: ").append(unsubscribeMailto).append('\n');
        }
    }

    private static void openHtml(StringBuilder out, String title) {
        out.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(HtmlEscaper.escape(title))
                .append("</title></head>\n<body style=\"font-family: sans-serif; line-height: 1.4\">\n");
    }

    private void appendHtml(StringBuilder out, AlertView alert) {
        out.append("<h2>").append(HtmlEscaper.escape(subject(alert))).append("</h2>\n<table>\n");
        for (String[] fact : facts(alert)) {
            out.append("<tr><th align=\"left\">").append(HtmlEscaper.escape(fact[0])).append("</th><td>")
                    .append(HtmlEscaper.escape(fact[1])).append("</td></tr>\n");
        }
        out.append("</table>\n");
        String evidence = PlainText.oneLine(alert.evidence(), MAX_EVIDENCE_LENGTH);
        if (!evidence.isEmpty()) {
            out.append("<blockquote>").append(HtmlEscaper.escape(evidence)).append("</blockquote>\n");
        }
        if (!alert.sources().isEmpty()) {
            out.append("<ul>\n");
            for (AlertView.Source source : alert.sources()) {
                out.append("<li>");
                Optional<String> href = HtmlEscaper.linkableUrl(source.url());
                if (href.isPresent()) {
                    out.append("<a href=\"").append(HtmlEscaper.escape(href.get())).append("\">")
                            .append(HtmlEscaper.escape(sourceLine(source))).append("</a>");
                } else {
                    out.append(HtmlEscaper.escape(sourceLine(source)));
                }
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        }
    }

    private static void closeHtml(StringBuilder out, URI unsubscribeHttps, String unsubscribeMailto) {
        out.append("<p style=\"color: #666; font-size: small\">You receive this because you subscribed to"
                + " Newswatch deal alerts.");
        String link = unsubscribeHttps != null ? unsubscribeHttps.toASCIIString() : unsubscribeMailto;
        if (link != null) {
            out.append(" <a href=\"").append(HtmlEscaper.escape(link)).append("\">Unsubscribe</a>");
        }
        out.append("</p>\n</body></html>\n");
    }

    private static ObjectNode jsonNode(AlertView alert) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("alertId", alert.alertId());
        node.put("kind", alert.kind());
        node.put("headline", alert.headline());
        node.put("investor", name(alert.investor()));
        node.put("target", name(alert.target()));
        node.put("amountText", alert.amountText());
        // Plain digits: a receiver parsing 1E+10 as a float would lose precision.
        node.put("amountUsd", alert.amountUsd() == null ? null : new BigDecimal(alert.amountUsd().toPlainString()));
        node.put("type", alert.type());
        node.put("stage", alert.stage());
        ArrayNode categories = node.putArray("categories");
        alert.categories().forEach(categories::add);
        node.put("evidence", alert.evidence());
        ArrayNode sources = node.putArray("sources");
        for (AlertView.Source source : alert.sources()) {
            ObjectNode s = sources.addObject();
            s.put("title", source.title());
            s.put("outlet", source.outlet());
            s.put("url", source.url());
            s.put("published", iso(source.published()));
        }
        node.put("firstSeen", iso(alert.firstSeen()));
        ObjectNode parties = node.putObject("parties");
        putParty(parties, "investor", alert.investor());
        putParty(parties, "target", alert.target());
        return node;
    }

    private static void putParty(ObjectNode parties, String role, AlertView.Party party) {
        if (party == null) {
            parties.putNull(role);
            return;
        }
        parties.putObject(role)
                .put("id", party.id())
                .put("name", party.name())
                .put("provisional", party.provisional());
    }

    private static String name(AlertView.Party party) {
        return party == null ? null : party.name();
    }

    private static String label(AlertView.Party party) {
        return party == null ? null : party.label();
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String write(Object node) {
        try {
            return Json.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an alert as JSON", e);
        }
    }
}
