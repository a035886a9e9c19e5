package io.khabar.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window between a bulk file's rename and the offset commit: a sink killed there restarts from the old
 * committed offset. Rewinding the group's offsets after a clean run puts the output directory and the group in
 * exactly that state; the offset manifests must keep the restarted sink from writing those articles again.
 */
class SinkFileOffsetsIT {

    @TempDir
    static Path brokerDir;

    @TempDir
    Path work;

    private static KafkaFixture kafka;

    @BeforeAll
    static void startBroker() {
        kafka = new KafkaFixture(brokerDir);
    }

    @AfterAll
    static void stopBroker() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void shouldNotRewriteArticlesAlreadyInFilesWhenTheCommitWasLost() throws Exception {
        Map<String, Long> counts = rewindAndRestart("enriched-kept", false);
        assertThat(counts.keySet()).isEqualTo(ids(0, 350));
        assertThat(counts.values()).as("every article exactly once across the bulk files").containsOnly(1L);
    }

    @Test
    void shouldRewriteWithoutManifestsWhichShowsTheyAreWhatPreventsIt() throws Exception {
        Map<String, Long> counts = rewindAndRestart("enriched-lost", true);
        assertThat(counts.keySet()).isEqualTo(ids(0, 350));
        assertThat(counts.values().stream().filter(c -> c > 1).count())
                .as("with the manifests gone the rewound group writes the first 300 again").isEqualTo(300);
    }

    private Map<String, Long> rewindAndRestart(String topic, boolean deleteManifests) throws Exception {
        kafka.createTopics(topic, topic + "-dlq", 3);
        Path out = work.resolve("out");
        Map<String, Object> props = new HashMap<>();
        props.put(SinkConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrap());
        props.put(SinkConfig.ENRICHED_TOPIC_CONFIG, topic);
        props.put(SinkConfig.DLQ_TOPIC_CONFIG, topic + "-dlq");
        props.put(SinkConfig.GROUP_ID_CONFIG, "sink-" + topic);
        props.put(SinkConfig.OUT_DIR_CONFIG, out.toString());
        props.put(SinkConfig.POLL_TIMEOUT_MS_CONFIG, "200");
        props.put(SinkConfig.BULK_MAX_BYTES_CONFIG, "30000");

        kafka.publish(KafkaFixture.articles(topic, 0, 300), true);
        runUntil(props, 300);
        assertThat(BulkFiles.ids(out)).hasSize(300);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(FileOffsets.SUFFIX)).count())
                    .as("one manifest per completed file").isEqualTo(BulkFiles.list(out).size());
        }
        if (deleteManifests) {
            try (Stream<Path> files = Files.list(out)) {
                for (Path f : files.filter(f -> f.getFileName().toString().endsWith(FileOffsets.SUFFIX)).toList()) {
                    Files.delete(f);
                }
            }
        }

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrap()))) {
            Map<TopicPartition, OffsetAndMetadata> zero = new HashMap<>();
            for (int p = 0; p < 3; p++) {
                zero.put(new TopicPartition(topic, p), new OffsetAndMetadata(0));
            }
            admin.alterConsumerGroupOffsets("sink-" + topic, zero).all().get(30, TimeUnit.SECONDS);
        }
        kafka.publish(KafkaFixture.articles(topic, 300, 350), true);
        runUntil(props, 350);
        return BulkFiles.ids(out).stream().collect(Collectors.groupingBy(id -> id, Collectors.counting()));
    }

    private static void runUntil(Map<String, Object> props, int distinct) throws Exception {
        Set<String> written = ConcurrentHashMap.newKeySet();
        SinkStage stage = new SinkStage(new SinkConfig(props), written::addAll);
        CompletableFuture<SinkStats> result = CompletableFuture.supplyAsync(stage::run);
        Path out = Path.of((String) props.get(SinkConfig.OUT_DIR_CONFIG));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (distinctIds(out) < distinct && !result.isDone()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + distinct + " articles in " + out);
            }
            Thread.sleep(50);
        }
        Thread.sleep(500); // room for a wrong rewrite to show up
        stage.close();
        result.get(30, TimeUnit.SECONDS);
    }

    private static long distinctIds(Path out) throws IOException {
        return Files.isDirectory(out) ? BulkFiles.ids(out).stream().distinct().count() : 0;
    }

    private static Set<String> ids(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> Fixtures.article(i).id()).collect(Collectors.toSet());
    }
}
