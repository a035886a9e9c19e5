package io.khabar.app.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DeletedRecords;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;

/**
 * Deletes the bench topics' records once they are consumed ({@code Admin.deleteRecords}), so that a long run keeps
 * on disk little more than what the enrichment needs: its state (changelogs and RocksDB, most of the bytes). The
 * records of the input the enrichment app has committed and of the output the bench has counted are never read again
 * (the latency phase's sink starts at the end of the output). The broker removes a segment once its retention check
 * finds it wholly before the log's new start.
 */
final class ConsumedTrimmer implements AutoCloseable {

    private final Admin admin;
    private long deleted;

    ConsumedTrimmer(String bootstrap) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        this.admin = Admin.create(props);
    }

    /** The offsets {@code group} has committed on {@code topic}'s partitions: what {@link #trim} may delete before. */
    Map<TopicPartition, Long> committed(String group, String topic) {
        Map<TopicPartition, OffsetAndMetadata> committed = get(admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata());
        Map<TopicPartition, Long> before = new HashMap<>();
        committed.forEach((tp, offset) -> {
            if (tp.topic().equals(topic) && offset != null) {
                before.put(tp, offset.offset());
            }
        });
        return before;
    }

    /** Deletes every record of the topics, up to their ends now. */
    void trimAll(List<TopicPartition> partitions) {
        Map<TopicPartition, ListOffsetsResultInfo> ends = get(admin.listOffsets(partitions.stream()
                .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()))).all());
        Map<TopicPartition, Long> before = new HashMap<>();
        ends.forEach((tp, info) -> before.put(tp, info.offset()));
        trim(before);
    }

    /**
     * Deletes the records before the given offsets (the next offset to read per partition); offsets at or below a
     * partition's start delete nothing.
     */
    void trim(Map<TopicPartition, Long> before) {
        if (before.isEmpty()) {
            return;
        }
        Map<TopicPartition, ListOffsetsResultInfo> starts = get(admin.listOffsets(before.keySet().stream()
                .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.earliest()))).all());
        Map<TopicPartition, RecordsToDelete> toDelete = new HashMap<>();
        before.forEach((tp, offset) -> {
            long start = starts.get(tp).offset();
            if (offset > start) {
                toDelete.put(tp, RecordsToDelete.beforeOffset(offset));
            }
        });
        if (toDelete.isEmpty()) {
            return;
        }
        Map<TopicPartition, KafkaFuture<DeletedRecords>> results = admin.deleteRecords(toDelete).lowWatermarks();
        for (Map.Entry<TopicPartition, KafkaFuture<DeletedRecords>> r : results.entrySet()) {
            deleted += get(r.getValue()).lowWatermark() - starts.get(r.getKey()).offset();
        }
    }

    /** Records (offsets, transaction markers included) deleted so far. */
    long deleted() {
        return deleted;
    }

    private static <T> T get(KafkaFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while deleting consumed records", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("deleting consumed records failed: " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
