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
                new AlertView.Party("amazon", "Amazon", false), new AlertView.Party("openai", "OpenAI", false),
                "more than $10 billion", new BigDecimal("1E+10"),
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

    /**
     * The deal of the issue "open-world parties": a start-up and its lead investor that no entity file knows,
     * both provisional parties.
     */
    public static AlertView zentrixHalvora() {
        String evidence = "Zentrix Robotics, a Munich-based robotics start-up, has raised $300 million in a Series C"
                + " round led by Halvora Capital.";
        return new AlertView("deal-5e11c0de5e11c0de-v1", "new",
                "Halvora Capital (new company) to invest in Zentrix Robotics (new company): $300 million (announced)",
                new AlertView.Party("halvora-capital", "Halvora Capital", true),
                new AlertView.Party("zentrix-robotics", "Zentrix Robotics", true), "$300 million",
                new BigDecimal("300000000"), "investment", "announced", List.of("ai-funding"), evidence,
                List.of(new AlertView.Source("Zentrix Robotics raises $300 million", "Example Times",
                        "https://news.example.test/zentrix", Instant.parse("2026-11-26T09:00:00Z"))),
                FIRST_SEEN);
    }

    /** Every feed-derived field carries markup, quotes, ampersands or line breaks. */
    public static AlertView hostile() {
        return new AlertView("alert-hostile", "update",
                "<script>alert(\"pwned\")</script> Smith & Sons\r\nBcc: victim@evil.test",
                new AlertView.Party("evil-quotes-co", "Evil \"Quotes\" & Co", false),
                new AlertView.Party("b-target-b", "<b>Target</b>", true), "more than $5 billion", new BigDecimal("5000000000"),
                "acquisition", "announced", List.of("M&A", "<i>AI</i>"),
                "They said \"<img src=x onerror=alert(1)>\" & left.\nX-Injected: yes",
                List.of(new AlertView.Source("Title with <tags> & \"quotes\"", "Outlet's <Name>",
                                "javascript:alert(document.cookie)", null),
                        new AlertView.Source("Quote breakout", "Example",
                                "https://news.example.test/a'onmouseover='alert(1)", null)),
                FIRST_SEEN);
    }
}
