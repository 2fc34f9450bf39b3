package dev.newswatch.alerts.channel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Alert fixtures shared by the channel, webhook and mail tests. */
public final class TestAlerts {

    public static final Instant FIRST_SEEN = Instant.parse("2026-11-26T09:30:00Z");

    private TestAlerts() {
    }

    /** The running example: a clean, complete alert. */
    public static AlertView amazonOpenAi() {
        return new AlertView("alert-amazon-openai", "new",
                "Amazon in talks to invest more than $10 billion in OpenAI",
                "Amazon", "OpenAI", "more than $10 billion", new BigDecimal("1E+10"),
                "investment", "talks", List.of("AI", "Cloud"),
                "Amazon is in talks to invest more than $10 billion in OpenAI, people familiar said.",
                List.of(new AlertView.Source("Amazon in talks to invest in OpenAI", "Example Times",
                        "https://news.example.test/amazon-openai", Instant.parse("2026-11-26T09:00:00Z"))),
                FIRST_SEEN);
    }

    /** An alert with the given id and headline, otherwise like {@link #amazonOpenAi()}. */
    public static AlertView withHeadline(String alertId, String headline) {
        AlertView base = amazonOpenAi();
        return new AlertView(alertId, base.kind(), headline, base.investor(), base.target(), base.amountText(),
                base.amountUsd(), base.type(), base.stage(), base.categories(), base.evidence(), base.sources(),
                base.firstSeen());
    }

    /** Every feed-derived field carries markup, quotes, ampersands or line breaks. */
    public static AlertView hostile() {
        return new AlertView("alert-hostile", "update",
                "<script>alert(\"pwned\")</script> Smith & Sons\r\nBcc: victim@evil.test",
                "Evil \"Quotes\" & Co", "<b>Target</b>", "more than $5 billion", new BigDecimal("5000000000"),
                "acquisition", "announced", List.of("M&A", "<i>AI</i>"),
                "They said \"<img src=x onerror=alert(1)>\" & left.\nX-Injected: yes",
                List.of(new AlertView.Source("Title with <tags> & \"quotes\"", "Outlet's <Name>",
                                "javascript:alert(document.cookie)", null),
                        new AlertView.Source("Quote breakout", "Example",
                                "https://news.example.test/a'onmouseover='alert(1)", null)),
                FIRST_SEEN);
    }
}
