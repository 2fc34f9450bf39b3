package dev.newswatch.alerts.chat;

import dev.newswatch.alerts.channel.AlertView;
import dev.newswatch.alerts.channel.HtmlEscaper;
import dev.newswatch.alerts.channel.NotificationRenderer;
import dev.newswatch.alerts.channel.PlainText;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What every chat message says about an alert, as flat untrusted text (title, facts, evidence, sources,
 * alert id), and the escapes of the platforms' markup. Stateless and thread-safe.
 */
final class ChatText {

    static final NotificationRenderer RENDERER = new NotificationRenderer();
    static final int MAX_EVIDENCE = 1_000;
    static final int MAX_SOURCE_LABEL = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private ChatText() {
    }

    /** "New deal: ..." or "Deal update: ...", one line, at most {@code max} characters. */
    static String title(AlertView alert, int max) {
        return PlainText.oneLine(RENDERER.subject(alert), max);
    }

    static List<NotificationRenderer.Fact> facts(AlertView alert) {
        return NotificationRenderer.factList(alert);
    }

    static String evidence(AlertView alert) {
        return PlainText.oneLine(alert.evidence(), MAX_EVIDENCE);
    }

    static String sourceLabel(AlertView.Source source) {
        return PlainText.oneLine(NotificationRenderer.sourceLabel(source), MAX_SOURCE_LABEL);
    }

    /** The source's URL when it is an absolute http(s) URL, in ASCII (no spaces, no '|', '<' or '>'). */
    static Optional<String> link(AlertView.Source source) {
        return HtmlEscaper.linkableUrl(source.url());
    }

    static String footer(AlertView alert) {
        return "Alert " + alert.alertId() + " \u00b7 first seen " + TIME.format(alert.firstSeen());
    }

    /** Slack mrkdwn: only '&', '<' and '>' are escaped; Slack reads everything else as it is. */
    static String slack(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * Markdown as Discord and Teams read it: every ASCII punctuation mark that can start markup (and a list
     * marker at the start) is backslash-escaped, so feed text never becomes bold, a link, a heading, a list, a
     * mention, an emoji or a quote; and "{{",
     * which Teams reads as a date function, is broken with a zero-width space.
     */
    static String markdown(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean listMarker = (i == 0 && (c == '-' || c == '+'))
                    || (c == '.' && i > 0 && text.substring(0, i).chars().allMatch(Character::isDigit));
            if ("\\*_~`|>#[]()<@:".indexOf(c) >= 0 || listMarker) {
                out.append('\\');
            }
            out.append(c);
            if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                out.append('\u200b');
            }
        }
        return out.toString();
    }

    /** A URL inside a Markdown link's parentheses: the characters that would end or break it percent-encoded. */
    static String markdownUrl(String url) {
        return url.replace("(", "%28").replace(")", "%29").replace(" ", "%20");
    }

    /** Cuts already escaped text to {@code max} characters without leaving a dangling escape or entity. */
    static String cut(String escaped, int max) {
        if (escaped.length() <= max) {
            return escaped;
        }
        int end = max - 1;
        while (end > 0 && (escaped.charAt(end - 1) == '\\' || Character.isHighSurrogate(escaped.charAt(end - 1)))) {
            end--;
        }
        int amp = escaped.lastIndexOf('&', end - 1);
        if (amp >= 0 && escaped.indexOf(';', amp) >= end) {
            end = amp;
        }
        return escaped.substring(0, end) + "\u2026";
    }
}
