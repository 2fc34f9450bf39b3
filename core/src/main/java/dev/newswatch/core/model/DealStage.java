package dev.newswatch.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How far along a deal is, in the order a story usually moves: rumoured, in talks, announced, completed.
 * {@code BACKGROUND} marks a past deal cited as context ("has invested since 2019").
 */
public enum DealStage {
    RUMOURED, IN_TALKS, ANNOUNCED, COMPLETED, BACKGROUND;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static DealStage fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
