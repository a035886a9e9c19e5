package io.khabar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.khabar.broker.EmbeddedKafkaBroker;
import io.khabar.model.DeadLetters;
import io.khabar.model.KafkaTopics;
import io.khabar.model.RawArticle;
import io.khabar.model.Topics;

/** Publishes the fixtures to a real (embedded KRaft) broker and reads them back. */
class ArticleIngestorIT {

    @TempDir
    static Path brokerDir;

    private static EmbeddedKafkaBroker broker;
    private static IngestConfig config;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedKafkaBroker.start(brokerDir, 0);
        config = new IngestConfig(Map.of(IngestConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            KafkaTopics.ensure(admin, List.of(
                    new NewTopic(config.rawTopic(), 3, (short) 1).configs(config.topicConfigs()),
                    new NewTopic(config.dlqTopic(), 1, (short) 1).configs(config.topicConfigs())),
                    Duration.ofSeconds(30));
        }
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void shouldPublishEveryFixtureWithStableIdsAndDeadLetterTheRest(@TempDir Path input) throws IOException {
        copyFixtures(input);
        List<ParsedInput> parsed = ArticleReader.read(input);
        long articles = parsed.stream().filter(ParsedArticle.class::isInstance).count();

        IngestReport first;
        IngestReport replay;
        try (ArticleIngestor ingestor = new ArticleIngestor(config)) {
            first = ingestor.publish(input);
            replay = ingestor.publish(input);
        }
        assertThat(first.published()).isEqualTo(articles);
        assertThat(first.deadLettered()).isEqualTo(parsed.size() - articles).isEqualTo(2);
        assertThat(replay.ids()).as("a replay gets the same ids").isEqualTo(first.ids());

        List<ConsumerRecord<byte[], byte[]>> raw = readAll(config.rawTopic(), 2 * articles);
        assertThat(raw).hasSize((int) (2 * articles));
        Set<String> keys = new HashSet<>();
        for (ConsumerRecord<byte[], byte[]> record : raw) {
            RawArticle article = Topics.RAW_ARTICLE_SERDE.fromBytes(record.value());
            String key = new String(record.key(), StandardCharsets.UTF_8);
            assertThat(key).isEqualTo(article.id());
            keys.add(key);
        }
        assertThat(keys).as("nothing lost, replays overwrite by key").isEqualTo(first.ids());

        List<ConsumerRecord<byte[], byte[]>> dead = readAll(config.dlqTopic(), 4);
        assertThat(dead).hasSize(4);
        assertThat(dead).allSatisfy(r -> {
            assertThat(header(r, DeadLetters.STAGE)).isEqualTo("ingest");
            assertThat(header(r, DeadLetters.TOPIC)).endsWith("articles.jsonl");
            assertThat(header(r, DeadLetters.PARTITION)).isEqualTo("-1");
        });
        assertThat(dead).extracting(r -> header(r, DeadLetters.OFFSET)).containsExactly("4", "5", "4", "5");
    }

    private static void copyFixtures(Path input) throws IOException {
        for (String folder : List.of("articles", "json")) {
            Path from = Fixtures.path(folder);
            try (Stream<Path> files = Files.list(from)) {
                for (Path file : files.toList()) {
                    Files.createDirectories(input.resolve(folder));
                    Files.copy(file, input.resolve(folder).resolve(file.getFileName()));
                }
            }
        }
    }

    /** Reads a topic from the beginning until {@code expected} records are in, or 30 s pass. */
    private static List<ConsumerRecord<byte[], byte[]>> readAll(String topic, long expected) {
        Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            // one more poll: more records than expected would be duplicates
            consumer.poll(Duration.ofMillis(500)).forEach(records::add);
        }
        return records;
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String key) {
        return new String(record.headers().lastHeader(key).value(), StandardCharsets.UTF_8);
    }
}
