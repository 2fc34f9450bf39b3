package dev.newswatch.app.cli;

import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.serde.Json;
import dev.newswatch.core.topic.Topic;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newswatch tail ALIAS}: print a topic's records, one readable line each (or raw JSON). */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = {"Print the records of a topic, one readable line each.",
                "TOPIC is an alias (articles, enriched, deals, alerts, feeds, feed-status, ...) or a full topic name.",
                "Without --follow it prints the last --lines records and exits; with --follow it keeps printing."})
public final class TailCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Parameters(paramLabel = "TOPIC", description = "Topic alias or name.")
    String topicName;

    @Option(names = "--from-beginning", description = "Print every record, not just the last ones.")
    boolean fromBeginning;

    @Option(names = {"-f", "--follow"}, description = "Keep printing records as they arrive.")
    boolean follow;

    @Option(names = "--json", description = "Print the raw JSON value instead of a readable line.")
    boolean json;

    @Option(names = "--grep", paramLabel = "TEXT", description = "Only records whose JSON contains TEXT (case-insensitive).")
    String grep;

    @Option(names = {"-n", "--lines"}, defaultValue = "20", description = "How many of the latest records to print (default: ${DEFAULT-VALUE}).")
    int lines;

    @Spec
    CommandSpec spec;

    private volatile boolean stopped;

    @Override
    public Integer call() {
        NewswatchConfig config = kafka.load();
        Topic<?, ?> topic = config.topics().find(topicName).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "unknown topic '" + topicName + "'; known: " + String.join(", ",
                        config.topics().all().stream().map(Topic::alias).toList())));
        KafkaClients clients = kafka.clients(config);
        PrintWriter out = spec.commandLine().getOut();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopped = true));
        try (KafkaConsumer<String, ?> consumer = new KafkaConsumer<>(clients.consumer("newswatch-tail", null),
                new org.apache.kafka.common.serialization.StringDeserializer(), topic.valueSerde().deserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo p : consumer.partitionsFor(topic.name(), Duration.ofSeconds(15))) {
                partitions.add(new TopicPartition(topic.name(), p.partition()));
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            List<ConsumerRecord<String, ?>> backlog = backlog(consumer, partitions, begin, end);
            backlog.sort(Comparator.comparingLong(ConsumerRecord::timestamp));
            int skip = fromBeginning ? 0 : Math.max(0, backlog.size() - lines);
            int printed = 0;
            for (ConsumerRecord<String, ?> r : backlog.subList(skip, backlog.size())) {
                printed += print(out, r);
            }
            out.flush();
            while (follow && !stopped) {
                for (ConsumerRecord<String, ?> r : consumer.poll(Duration.ofMillis(500))) {
                    printed += print(out, r);
                }
                out.flush();
            }
            if (!follow && printed == 0) {
                spec.commandLine().getErr().printf("(no records in %s yet)%n", topic.name());
            }
        }
        return ExitCodes.OK;
    }

    /**
     * The records to print before following: all of them with {@code --from-beginning}, else at least the last
     * {@code lines} records of each partition. Transaction markers take offsets too (one per transaction), so the
     * read starts {@code lines} plus some offsets back and goes further back until it has enough.
     */
    private List<ConsumerRecord<String, ?>> backlog(KafkaConsumer<String, ?> consumer, List<TopicPartition> partitions,
                                                   Map<TopicPartition, Long> begin, Map<TopicPartition, Long> end) {
        long window = lines + 16L;
        while (true) {
            Map<TopicPartition, Long> start = new java.util.HashMap<>();
            for (TopicPartition tp : partitions) {
                start.put(tp, fromBeginning ? begin.get(tp) : Math.max(begin.get(tp), end.get(tp) - window));
                consumer.seek(tp, start.get(tp));
            }
            List<ConsumerRecord<String, ?>> backlog = new ArrayList<>();
            while (!reached(consumer, end)) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> backlog.add(r));
            }
            boolean enough = partitions.stream().allMatch(tp -> start.get(tp) <= begin.get(tp)
                    || backlog.stream().filter(r -> r.partition() == tp.partition()).count() >= lines);
            if (enough) {
                return backlog;
            }
            window *= 4;
        }
    }

    private int print(PrintWriter out, ConsumerRecord<String, ?> record) {
        String raw = record.value() == null ? "null" : Json.write(record.value());
        if (grep != null && !raw.toLowerCase(Locale.ROOT).contains(grep.toLowerCase(Locale.ROOT))) {
            return 0;
        }
        out.println(json ? raw : RecordFormatter.line(record.key(), record.value()));
        return 1;
    }

    private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }
}
