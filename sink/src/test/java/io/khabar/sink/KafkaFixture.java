package io.khabar.sink;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import io.khabar.broker.EmbeddedKafkaBroker;
import io.khabar.model.KafkaTopics;

/** An embedded broker with the enriched and dead-letter topics, and helpers to write and read them. */
final class KafkaFixture implements AutoCloseable {

    final EmbeddedKafkaBroker broker;

    KafkaFixture(Path dir) {
        broker = EmbeddedKafkaBroker.start(dir, 0);
    }

    /** Creates an enriched topic with {@code partitions} partitions and a one-partition dead-letter topic. */
    void createTopics(String enriched, String dlq, int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            KafkaTopics.ensure(admin, List.of(new NewTopic(enriched, partitions, (short) 1), new NewTopic(dlq, 1, (short) 1)),
                    Duration.ofSeconds(30));
        }
    }

    String bootstrap() {
        return broker.bootstrapServers();
    }

    /** Publishes in one transaction, committed or aborted, as the enricher does. */
    void publish(List<ProducerRecord<byte[], byte[]>> records, boolean commit) {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "sink-test-" + UUID.randomUUID());
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            records.forEach(producer::send);
            if (commit) {
                producer.commitTransaction();
            } else {
                producer.flush();
                producer.abortTransaction();
            }
        }
    }

    static ProducerRecord<byte[], byte[]> record(String topic, String key, byte[] value) {
        return new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value);
    }

    static List<ProducerRecord<byte[], byte[]>> articles(String topic, int from, int to) {
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (int i = from; i < to; i++) {
            records.add(record(topic, Fixtures.article(i).id(), Fixtures.json(Fixtures.article(i))));
        }
        return records;
    }

    /** Reads every committed record of a topic, waiting until at least {@code atLeast} arrived. */
    List<ConsumerRecord<byte[], byte[]>> readAll(String topic, int atLeast, Duration timeout) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
                if (out.size() >= atLeast) {
                    consumer.poll(Duration.ofMillis(300)).forEach(out::add);
                    break;
                }
            }
        }
        return out;
    }

    @Override
    public void close() {
        broker.close();
    }
}
