package dev.newswatch.app.backtest;

/** Receives progress of a long run: {@code done} of {@code total} units. Implementations must be cheap. */
public interface Progress {

    /** Reports nothing. */
    Progress NONE = (done, total) -> { };

    void update(long done, long total);

    /** The run is over (success or not). */
    default void finish() {
    }
}
