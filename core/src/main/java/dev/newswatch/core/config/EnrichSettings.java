package dev.newswatch.core.config;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of the enrich stage.
 *
 * @param alertFloorUsd   new deals and material updates at or above this USD amount go to the alerts topic
 * @param usdRates        USD value of one unit of each currency (ISO 4217), overriding the built-in table
 * @param dedupWindow     how long an article id is remembered to drop duplicates (event time)
 * @param dealMemory      how long a deal is remembered to merge later reports into it (event time)
 * @param taxonomyFile    the category keyword file (absolute)
 * @param entitiesFile    the entity file, or directory of entity files, that seeds the entities topic (absolute)
 * @param commitInterval  Kafka Streams commit interval: with exactly-once it bounds the latency of each hop
 * @param learnedBackstop whether the learned backstop reads the amounts the deal rules leave without a deal (off by
 *                        default: measured in docs/EXTRACTION.md, session 33, it does not pay yet)
 */
public record EnrichSettings(BigDecimal alertFloorUsd, Map<String, BigDecimal> usdRates, Duration dedupWindow,
                             Duration dealMemory, Path taxonomyFile, Path entitiesFile, Duration commitInterval,
                             boolean learnedBackstop) {

    public static final BigDecimal DEFAULT_ALERT_FLOOR_USD = new BigDecimal("100000000");

    public EnrichSettings {
        Objects.requireNonNull(alertFloorUsd, "alertFloorUsd");
        usdRates = usdRates == null ? Map.of() : Map.copyOf(usdRates);
        Objects.requireNonNull(dedupWindow, "dedupWindow");
        Objects.requireNonNull(dealMemory, "dealMemory");
        Objects.requireNonNull(commitInterval, "commitInterval");
    }

    /** Defaults: {@code taxonomy.yml} and the {@code entities} directory in {@code configDir}. */
    public static EnrichSettings defaults(Path configDir) {
        return new EnrichSettings(DEFAULT_ALERT_FLOOR_USD, Map.of(), Duration.ofDays(7), Duration.ofDays(30),
                configDir.resolve("taxonomy.yml"), configDir.resolve("entities"), Duration.ofMillis(100), false);
    }
}
