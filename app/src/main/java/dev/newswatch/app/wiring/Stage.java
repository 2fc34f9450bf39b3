package dev.newswatch.app.wiring;

import dev.newswatch.core.topic.Topic;
import dev.newswatch.core.topic.Topics;
import java.util.List;
import java.util.Locale;

/** The stages of the pipeline; {@code up} runs all of them, each also runs alone. */
public enum Stage {
    INGEST, ENRICH, ALERTS;

    /** The catalogue topics this stage reads or writes, checked on the cluster before it starts. */
    public List<Topic<?, ?>> topics(Topics t) {
        return switch (this) {
            case INGEST -> List.of(t.feeds, t.feedCheckpoints, t.feedStatus, t.articles);
            case ENRICH -> List.of(t.articles, t.entities, t.enriched, t.deals, t.alerts, t.enrichDlq);
            case ALERTS -> List.of(t.alerts, t.subscriptions, t.deliveries, t.alertsDlq);
        };
    }

    /** The stage's name as the command line and the logs spell it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
