package io.khabar.enrich.dedup;

import java.util.List;

/**
 * The units of one article with band keys in one shard, each with just those keys: the value on the band
 * repartition topic. Batching by shard ({@code bandKey mod shards}) keeps the record count per article bounded by the
 * shard count instead of units × bands; units with the same band key always share a shard, hence a partition. The
 * units' article id and timestamp are the batch's (written once). {@code source} is the raw-topic partition the
 * article was read from (-1: unknown, e.g. a record of an older version), which lets the band task match batches in
 * timestamp order across the partitions ({@code dedup.order.wait.ms}).
 */
public record BandBatch(String articleId, long articleTs, List<BandUnit> units, int source) {

    /** A batch of unknown source partition. */
    public BandBatch(String articleId, long articleTs, List<BandUnit> units) {
        this(articleId, articleTs, units, -1);
    }

    /** The shard of a band key: the band task that stores and looks up that key. */
    public static int shardOf(long bandKey, int shards) {
        return (int) Math.floorMod(bandKey, (long) shards);
    }
}
