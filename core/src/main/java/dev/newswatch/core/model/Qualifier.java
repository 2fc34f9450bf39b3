package dev.newswatch.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How an amount is qualified in the text: "more than $10bn" is {@code MORE_THAN}, and so on. */
public enum Qualifier {
    EXACT, MORE_THAN, AT_LEAST, UP_TO, ABOUT, BETWEEN;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static Qualifier fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
