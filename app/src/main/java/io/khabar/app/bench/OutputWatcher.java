package io.khabar.app.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Follows an output topic as a downstream reader would ({@code read_committed}, from the start) on a thread of its
 * own: counts the distinct articles (a re-emitted correction counts once) and notes when the count passed each mark, and, when asked, the latency of each record
 * (arrival here minus the record timestamp, which the stages carry over from the raw record's send time).
 */
final class OutputWatcher implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Thread thread;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final AtomicLong count = new AtomicLong();
    private final BitSet seen = new BitSet();
    private final long[] marks;
    private final long[] markNanos;
    private final long[] markCounts;
    private final long[] markPreviousNanos;
    private final long[] markPreviousCounts;
    private final long createdNanos = System.nanoTime();
    private long lastOutputNanos;
    private final LatencyLog latencies;
    private final Map<TopicPartition, Long> consumed = new ConcurrentHashMap<>();
    private volatile RuntimeException failure;

    /**
     * @param marks     counts whose time of arrival is noted (ascending)
     * @param latencies where to record latencies, or null
     */
    OutputWatcher(String bootstrap, String topic, long[] marks, LatencyLog latencies) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "khabar-bench-watch-" + topic + "-" + System.nanoTime());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
        this.marks = marks.clone();
        this.markNanos = new long[marks.length];
        this.markCounts = new long[marks.length];
        this.markPreviousNanos = new long[marks.length];
        this.markPreviousCounts = new long[marks.length];
        this.latencies = latencies;
        this.thread = new Thread(this::loop, "khabar-bench-watch-" + topic);
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        try {
            while (!closing.get()) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(20));
                if (records.isEmpty()) {
                    continue;
                }
                long nanos = System.nanoTime();
                long millis = System.currentTimeMillis();
                long before = count.get();
                long after = before;
                for (TopicPartition tp : records.partitions()) {
                    List<ConsumerRecord<byte[], byte[]>> read = records.records(tp);
                    consumed.merge(tp, read.get(read.size() - 1).offset() + 1, Math::max);
                }
                for (ConsumerRecord<byte[], byte[]> r : records) {
                    int n = r.key() == null ? -1 : numberOf(new String(r.key(), StandardCharsets.UTF_8));
                    if (n < 0 || seen.get(n)) {
                        continue;
                    }
                    seen.set(n);
                    after++;
                    if (latencies != null) {
                        latencies.record(r.timestamp(), millis);
                    }
                }
                for (int i = 0; i < marks.length; i++) {
                    if (markNanos[i] == 0 && after >= marks[i]) {
                        markNanos[i] = nanos;
                        markCounts[i] = after;
                        markPreviousNanos[i] = lastOutputNanos == 0 ? createdNanos : lastOutputNanos;
                        markPreviousCounts[i] = before;
                    }
                }
                if (after > before) {
                    lastOutputNanos = nanos;
                }
                count.set(after);
            }
        } catch (RuntimeException e) {
            if (!closing.get()) {
                failure = e;
            }
        } finally {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
        }
    }

    /** The number of a bench article id ({@code <prefix>-<n>}), or -1. */
    static int numberOf(String id) {
        int dash = id.lastIndexOf('-');
        try {
            return dash < 0 ? -1 : Integer.parseInt(id, dash + 1, id.length(), 10);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Per partition, the offset after the last record counted (all records before it are read). */
    Map<TopicPartition, Long> consumed() {
        return Map.copyOf(consumed);
    }

    long count() {
        if (failure != null) {
            throw failure;
        }
        return count.get();
    }

    /** When the count reached mark {@code i} (System.nanoTime of the poll that passed it), 0 when not yet. */
    long markNanos(int i) {
        return markNanos[i];
    }

    /** The count right after the poll that passed mark {@code i}. */
    long markCount(int i) {
        return markCounts[i];
    }

    /** When output last arrived before the poll that passed mark {@code i} (else when watching began). */
    long markPreviousNanos(int i) {
        return markPreviousNanos[i];
    }

    /** The count right before the poll that passed mark {@code i}. */
    long markPreviousCount(int i) {
        return markPreviousCounts[i];
    }

    /** Waits until {@code expected} records arrived; false on timeout. */
    boolean await(long expected, Duration timeout, Runnable check) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count() < expected) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            check.run();
            Thread.sleep(10);
        }
        return true;
    }

    @Override
    public void close() {
        closing.set(true);
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
