package io.khabar.enrich;

/**
 * The dedup state of a band task was written with another number of band shards than this run's. Fatal: matching on
 * would miss the repeats of everything stored (their buckets sit in other tasks), and nothing would say so.
 */
public final class BandLayoutException extends IllegalStateException {

    public BandLayoutException(String task, int storedShards, int shards) {
        super("the dedup state of band task " + task + " was written with " + storedShards + " band shard(s), this run"
                + " has " + shards + " (" + EnrichConfig.DEDUP_SHARDS_CONFIG + "; 0 follows the raw topic's partitions):"
                + " repeats of the stored paragraphs would go unflagged. Set " + EnrichConfig.DEDUP_SHARDS_CONFIG + "="
                + storedShards + " to keep the stored layout, or reset the application (kafka-streams-application-reset"
                + " and a fresh state.dir) and replay the raw topic to rebuild the state with " + shards);
    }
}
