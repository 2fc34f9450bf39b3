package dev.newswatch.app.ops;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * The meter registry of one process, rendered in the Prometheus text format: the JVM's meters (memory, GC,
 * threads, class loading, processor, uptime) are bound at creation; the pipeline's meters and the Kafka
 * clients' are added by the stages. {@link #close()} stops the GC listener and closes the registry.
 * Thread-safe.
 */
public final class ProcessMeters implements AutoCloseable {

    /** The content type of {@link #scrape()}: the Prometheus text format 0.0.4. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();

    public ProcessMeters() {
        registry.config().meterFilter(ONE_STATE_STORE_TAG);
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /**
     * Kafka Streams names a state store's metrics after the store's type ("in.memory.state.id", "rocksdb.state.id"),
     * so one meter name would carry two sets of tag keys, which Prometheus refuses (the second store's meters were
     * dropped with a warning at start). This filter gives every {@code kafka.stream.state.*} meter the same keys:
     * {@code state.id} (the store's name) and {@code store.type} (what the key named: "in.memory", "rocksdb").
     */
    static final MeterFilter ONE_STATE_STORE_TAG = new MeterFilter() {
        private static final String SUFFIX = ".state.id";

        @Override
        public Meter.Id map(Meter.Id id) {
            if (!id.getName().startsWith("kafka.stream.state.")) {
                return id;
            }
            List<Tag> tags = new ArrayList<>();
            boolean renamed = false;
            for (Tag tag : id.getTagsAsIterable()) {
                String key = tag.getKey();
                if (key.endsWith(SUFFIX) && key.length() > SUFFIX.length()) {
                    tags.add(Tag.of("state.id", tag.getValue()));
                    tags.add(Tag.of("store.type", key.substring(0, key.length() - SUFFIX.length())));
                    renamed = true;
                } else {
                    tags.add(tag);
                }
            }
            return renamed ? id.replaceTags(tags) : id;
        }
    };

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** Every meter now, in the Prometheus text format. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
