package dev.newswatch.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What kind of deal a sentence reports. Serialised in lower case with hyphens ("secondary-sale"). */
public enum DealType {
    INVESTMENT, ACQUISITION, CONTRACT, SECONDARY_SALE, PARTNERSHIP, OTHER;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static DealType fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
