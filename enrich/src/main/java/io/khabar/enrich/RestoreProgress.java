package io.khabar.enrich;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.processor.StateRestoreListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports the restoration of state stores from their changelogs at start: with a large dedup state this can take
 * minutes, and without a word the app would look stuck. Counts the records restored ({@link EnrichCounters}).
 */
final class RestoreProgress implements StateRestoreListener {

    private static final Logger LOG = LoggerFactory.getLogger(RestoreProgress.class);

    private final EnrichCounters counters;

    RestoreProgress(EnrichCounters counters) {
        this.counters = counters;
    }

    @Override
    public void onRestoreStart(TopicPartition partition, String store, long startingOffset, long endingOffset) {
        LOG.info("restoring {} from {} (offsets {} to {})", store, partition, startingOffset, endingOffset);
    }

    @Override
    public void onBatchRestored(TopicPartition partition, String store, long batchEndOffset, long restored) {
        counters.restored.addAndGet(restored);
    }

    @Override
    public void onRestoreEnd(TopicPartition partition, String store, long totalRestored) {
        LOG.info("restored {} from {}: {} records", store, partition, totalRestored);
    }
}
