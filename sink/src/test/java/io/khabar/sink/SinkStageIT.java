package io.khabar.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

import io.khabar.model.DeadLetters;

/** The sink against a real in-process Kafka broker, writing bulk files. */
class SinkStageIT {

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

    private static String topicFor(TestInfo info, String kind) {
        return kind + "-" + info.getTestMethod().orElseThrow().getName();
    }

    private Map<String, Object> config(String enriched, String dlq, Path out) {
        Map<String, Object> props = new HashMap<>();
        props.put(SinkConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrap());
        props.put(SinkConfig.ENRICHED_TOPIC_CONFIG, enriched);
        props.put(SinkConfig.DLQ_TOPIC_CONFIG, dlq);
        props.put(SinkConfig.GROUP_ID_CONFIG, "sink-" + enriched);
        props.put(SinkConfig.OUT_DIR_CONFIG, out.toString());
        props.put(SinkConfig.POLL_TIMEOUT_MS_CONFIG, "200");
        return props;
    }

    /** Runs a sink on its own thread, collecting written ids. */
    private static final class Running {
        final Set<String> written = ConcurrentHashMap.newKeySet();
        final Set<String> dead = ConcurrentHashMap.newKeySet();
        final SinkStage stage;
        final CompletableFuture<SinkStats> result;

        Running(Map<String, Object> props) {
            stage = new SinkStage(new SinkConfig(props), written::addAll, dead::addAll);
            result = CompletableFuture.supplyAsync(stage::run);
        }
    }

    private static void await(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    private static Set<String> ids(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> Fixtures.article(i).id()).collect(Collectors.toSet());
    }

    @Test
    void shouldWriteCommittedArticlesOnceAndDeadLetterMalformedOnes(TestInfo info) throws Exception {
        String enriched = topicFor(info, "enriched");
        String dlq = topicFor(info, "dlq");
        kafka.createTopics(enriched, dlq, 3);
        Path out = work.resolve("out");
        kafka.publish(KafkaFixture.articles(enriched, 0, 200), true);
        kafka.publish(KafkaFixture.articles(enriched, 900, 910), false); // aborted: must never be written
        kafka.publish(List.of(KafkaFixture.record(enriched, "broken-1", "{\"id\": \"broken-1\", ".getBytes(StandardCharsets.UTF_8))), true);

        Running sink = new Running(config(enriched, dlq, out));
        await(() -> sink.written.size() >= 200 && sink.dead.contains("broken-1"), Duration.ofSeconds(60), "200 articles");
        sink.stage.close();
        SinkStats stats = sink.result.get(30, TimeUnit.SECONDS);

        List<String> fileIds = BulkFiles.ids(out);
        assertThat(fileIds).hasSize(200).doesNotHaveDuplicates();
        assertThat(new HashSet<>(fileIds)).isEqualTo(ids(0, 200));
        assertThat(sink.written).isEqualTo(ids(0, 200));
        assertThat(stats.articlesWritten()).isEqualTo(200);
        assertThat(stats.deadLettered()).isEqualTo(1);
        assertThat(Files.readString(out.resolve(IndexTemplate.FILE_NAME))).isEqualTo(IndexTemplate.json());

        List<ConsumerRecord<byte[], byte[]>> letters = kafka.readAll(dlq, 1, Duration.ofSeconds(20));
        assertThat(letters).singleElement().satisfies(letter -> {
            assertThat(new String(letter.value(), StandardCharsets.UTF_8)).isEqualTo("{\"id\": \"broken-1\", ");
            assertThat(header(letter, DeadLetters.STAGE)).isEqualTo("sink");
            assertThat(header(letter, DeadLetters.TOPIC)).isEqualTo(enriched);
            assertThat(header(letter, DeadLetters.REASON)).contains("not JSON");
        });
    }

    @Test
    void shouldLoseNothingWhenStoppedOrFailingMidwayAndRestarted(TestInfo info) throws Exception {
        String enriched = topicFor(info, "enriched");
        String dlq = topicFor(info, "dlq");
        kafka.createTopics(enriched, dlq, 3);
        Path out = work.resolve("out");
        Map<String, Object> props = config(enriched, dlq, out);
        props.put(SinkConfig.BULK_MAX_BYTES_CONFIG, "20000"); // many small files
        props.put("consumer.max.poll.records", "50");

        // Run 1: stopped gracefully while articles are still arriving.
        Running first = new Running(props);
        CompletableFuture<Void> feed = CompletableFuture.runAsync(() -> {
            for (int batch = 0; batch < 10; batch++) {
                kafka.publish(KafkaFixture.articles(enriched, batch * 100, batch * 100 + 100), true);
            }
        });
        await(() -> first.written.size() >= 150, Duration.ofSeconds(60), "first writes");
        first.stage.close();
        first.result.get(30, TimeUnit.SECONDS);
        feed.get(60, TimeUnit.SECONDS);
        int afterFirst = BulkFiles.ids(out).size();

        // Run 2: stops hard on a malformed record with on.error=fail; what it had not committed is dropped.
        kafka.publish(List.of(KafkaFixture.record(enriched, "poison", "nicht json".getBytes(StandardCharsets.UTF_8))), true);
        Map<String, Object> failing = new HashMap<>(props);
        failing.put(SinkConfig.ON_ERROR_CONFIG, "fail");
        Running second = new Running(failing);
        assertThatThrownBy(() -> second.result.get(60, TimeUnit.SECONDS)).hasCauseInstanceOf(SinkException.class)
                .hasMessageContaining("on.error");
        int afterSecond = BulkFiles.ids(out).size();

        // Run 3: dead-letters the poison record and finishes the rest.
        Running third = new Running(props);
        await(() -> third.dead.contains("poison") && BulkFiles.ids(out).containsAll(ids(0, 1000)),
                Duration.ofSeconds(60), "all 1000 articles");
        third.stage.close();
        third.result.get(30, TimeUnit.SECONDS);

        List<String> all = BulkFiles.ids(out);
        Map<String, Long> counts = all.stream().collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        assertThat(counts.keySet()).isEqualTo(ids(0, 1000));
        long duplicated = counts.values().stream().filter(c -> c > 1).count();
        System.out.printf("restart check: run1 wrote %d, run2 (failed) left %d, total %d lines for %d ids, %d ids twice;"
                + " %d files%n", afterFirst, afterSecond - afterFirst, all.size(), counts.size(), duplicated,
                BulkFiles.list(out).size());
        assertThat(duplicated).as("graceful stop and failure both commit exactly what was written").isZero();
        try (var parts = Files.list(out)) {
            assertThat(parts.filter(p -> p.toString().endsWith(".part"))).isEmpty();
        }
    }

    @Test
    void shouldReplayFromTheStartIntoAFreshDirectoryAndStopByItself(TestInfo info) throws Exception {
        String enriched = topicFor(info, "enriched");
        String dlq = topicFor(info, "dlq");
        kafka.createTopics(enriched, dlq, 2);
        kafka.publish(KafkaFixture.articles(enriched, 0, 120), true);
        Path live = work.resolve("live");
        Running sink = new Running(config(enriched, dlq, live));
        await(() -> sink.written.size() >= 120, Duration.ofSeconds(60), "live run");
        sink.stage.close();
        sink.result.get(30, TimeUnit.SECONDS);

        Path fresh = work.resolve("replay");
        Map<String, Object> props = config(enriched, dlq, fresh);
        props.put(SinkConfig.REPLAY_FROM_CONFIG, "earliest");
        List<String> replayed = Collections.synchronizedList(new ArrayList<>());
        SinkStats stats = new SinkStage(new SinkConfig(props), replayed::addAll).run(); // bounded: returns by itself
        assertThat(stats.articlesWritten()).isEqualTo(120);
        assertThat(BulkFiles.ids(fresh)).hasSize(120).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids(0, 120));

        Path future = work.resolve("none");
        props.put(SinkConfig.OUT_DIR_CONFIG, future.toString());
        props.put(SinkConfig.REPLAY_FROM_CONFIG, "2999-01-01T00:00:00Z");
        assertThat(new SinkStage(new SinkConfig(props), ids -> { }).run().articlesWritten()).isZero();
        assertThat(BulkFiles.list(future)).isEmpty();
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String key) {
        return new String(record.headers().lastHeader(key).value(), StandardCharsets.UTF_8);
    }

}
