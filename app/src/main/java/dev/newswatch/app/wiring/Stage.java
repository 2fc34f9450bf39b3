package dev.newswatch.app.wiring;

/** The stages of the pipeline; {@code up} runs all of them, each also runs alone. */
public enum Stage {
    INGEST, ENRICH, ALERTS
}
