package dev.newswatch.app.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("integration")
class EmbeddedBrokerTest {

    @TempDir
    Path dataDir;

    @Test
    void shouldKeepRecordsAndRunTransactionsAcrossARestart() throws Exception {
        // Given a broker that committed one transactional record
        try (EmbeddedBroker broker = new EmbeddedBroker(dataDir, 0).start()) {
            createTopic(broker.bootstrapServers(), "restart-check");
            try (KafkaProducer<String, String> producer = transactionalProducer(broker.bootstrapServers())) {
                producer.initTransactions();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("restart-check", "k", "v1"));
                producer.commitTransaction();
            }
        }
        // When it stops and starts again on the same data directory
        try (EmbeddedBroker broker = new EmbeddedBroker(dataDir, 0).start()) {
            // Then the record is still there
            List<String> values = readAll(broker.bootstrapServers(), "restart-check");
            assertEquals(List.of("v1"), values, "records after restart");
        }
    }

    @Test
    void shouldExplainWhenThePortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            BrokerStartException e = assertThrows(BrokerStartException.class,
                    () -> new EmbeddedBroker(dataDir, taken.getLocalPort()).start());
            assertTrue(e.getMessage().contains("already in use"), e.getMessage());
            assertTrue(e.getMessage().contains("--bootstrap-servers"), e.getMessage());
        }
    }

    private static void createTopic(String servers, String name) throws Exception {
        Properties p = new Properties();
        p.put("bootstrap.servers", servers);
        try (Admin admin = Admin.create(p)) {
            admin.createTopics(List.of(new NewTopic(name, 1, (short) 1))).all().get();
        }
    }

    private static KafkaProducer<String, String> transactionalProducer(String servers) {
        Properties p = new Properties();
        p.put("bootstrap.servers", servers);
        p.put("transactional.id", "broker-test");
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    private static List<String> readAll(String servers, String topic) {
        Properties p = new Properties();
        p.put("bootstrap.servers", servers);
        p.put("isolation.level", "read_committed");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            TopicPartition tp = new TopicPartition(topic, 0);
            consumer.assign(List.of(tp));
            consumer.seekToBeginning(List.of(tp));
            long end = consumer.endOffsets(List.of(tp)).get(tp);
            java.util.ArrayList<String> out = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (consumer.position(tp) < end && System.nanoTime() < deadline) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(200));
                records.forEach(r -> out.add(r.value()));
            }
            return out;
        }
    }
}
