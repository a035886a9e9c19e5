package io.khabar.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.khabar.broker.EmbeddedKafkaBroker;
import io.khabar.model.KafkaTopics;

/** {@link ConsumedTrimmer} on a real broker: it deletes what was consumed, and nothing else. */
class ConsumedTrimmerIT {

    @TempDir
    Path dir;

    @Test
    void shouldDeleteOnlyTheRecordsBeforeTheCommittedOrConsumedOffsets() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir.resolve("kafka"), 0);
                Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                        broker.bootstrapServers()));
                ConsumedTrimmer trimmer = new ConsumedTrimmer(broker.bootstrapServers())) {
            KafkaTopics.ensure(admin, List.of(new NewTopic("in", 2, (short) 1), new NewTopic("out", 1, (short) 1)),
                    Duration.ofSeconds(60));
            produce(broker.bootstrapServers(), "in", 0, 50);
            produce(broker.bootstrapServers(), "in", 1, 30);
            produce(broker.bootstrapServers(), "out", 0, 40);
            TopicPartition in0 = new TopicPartition("in", 0);
            TopicPartition in1 = new TopicPartition("in", 1);
            TopicPartition out0 = new TopicPartition("out", 0);

            // a group that has read 20 records of partition 0 and none of partition 1
            admin.alterConsumerGroupOffsets("readers", Map.of(in0, new OffsetAndMetadata(20))).all().get();
            trimmer.trim(trimmer.committed("readers", "in"));
            assertThat(starts(admin, in0, in1)).containsEntry(in0, 20L).containsEntry(in1, 0L);

            trimmer.trim(Map.of(out0, 15L));
            trimmer.trim(Map.of(out0, 10L)); // behind the start: nothing more
            assertThat(starts(admin, out0)).containsEntry(out0, 15L);
            assertThat(trimmer.deleted()).isEqualTo(35);

            trimmer.trimAll(List.of(in0, in1));
            assertThat(starts(admin, in0, in1)).containsEntry(in0, 50L).containsEntry(in1, 30L);
            assertThat(trimmer.deleted()).isEqualTo(35 + 30 + 30);
        }
    }

    private static void produce(String bootstrap, String topic, int partition, int count) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            for (int i = 0; i < count; i++) {
                producer.send(new ProducerRecord<>(topic, partition, "k" + i, "v" + i));
            }
            producer.flush();
        }
    }

    private static Map<TopicPartition, Long> starts(Admin admin, TopicPartition... partitions) throws Exception {
        return admin.listOffsets(List.of(partitions).stream()
                .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.earliest()))).all().get()
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }
}
