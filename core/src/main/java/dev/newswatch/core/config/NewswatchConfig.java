package dev.newswatch.core.config;

import dev.newswatch.core.model.FeedSpec;
import dev.newswatch.core.topic.Topics;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The whole configuration of one Newswatch deployment, loaded by {@link ConfigLoader} from a config
 * directory. Immutable.
 *
 * @param configDir the directory the files were read from (absolute)
 * @param dataDir   where the embedded broker and local state live (absolute)
 * @param kafka     Kafka connection and topic layout
 * @param ingest    feed polling settings
 * @param network   the network policy of feeds and webhooks
 * @param feeds     the feeds of {@code feeds.yml}, which seed the feeds topic
 * @param enrich    the enrich stage's settings
 * @param alerts    the alerts stage's settings
 */
public record NewswatchConfig(Path configDir, Path dataDir, KafkaSettings kafka, IngestSettings ingest,
                              NetworkSettings network, List<FeedSpec> feeds, EnrichSettings enrich,
                              AlertsSettings alerts) {

    public NewswatchConfig {
        Objects.requireNonNull(configDir, "configDir");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(kafka, "kafka");
        Objects.requireNonNull(ingest, "ingest");
        Objects.requireNonNull(network, "network");
        feeds = feeds == null ? List.of() : List.copyOf(feeds);
        enrich = enrich == null ? EnrichSettings.defaults(configDir) : enrich;
        alerts = alerts == null ? AlertsSettings.defaults(configDir) : alerts;
    }

    /** The topic catalogue these settings describe. */
    public Topics topics() {
        return new Topics(kafka.topicPrefix(), kafka.partitions());
    }

    public NewswatchConfig withKafka(KafkaSettings newKafka) {
        return new NewswatchConfig(configDir, dataDir, newKafka, ingest, network, feeds, enrich, alerts);
    }

    public NewswatchConfig withDataDir(Path newDataDir) {
        return new NewswatchConfig(configDir, newDataDir.toAbsolutePath().normalize(), kafka, ingest, network, feeds, enrich, alerts);
    }

    public NewswatchConfig withAlerts(AlertsSettings newAlerts) {
        return new NewswatchConfig(configDir, dataDir, kafka, ingest, network, feeds, enrich, newAlerts);
    }

    public NewswatchConfig withFeeds(List<FeedSpec> newFeeds) {
        return new NewswatchConfig(configDir, dataDir, kafka, ingest, network, newFeeds, enrich, alerts);
    }
}
