package dev.newswatch.app.backtest;

import java.time.LocalDate;
import java.util.Objects;

/** One UTC day of a backtest: alerts raised and articles published that day. Immutable. */
public record DayCount(LocalDate day, int alerts, int articles) {

    public DayCount {
        Objects.requireNonNull(day, "day");
    }
}
