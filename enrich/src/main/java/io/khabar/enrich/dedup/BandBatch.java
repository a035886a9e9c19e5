package io.khabar.enrich.dedup;

import java.util.List;

/**
 * The band entries of one article that fall into one shard: the value on the band repartition topic. Batching by
 * shard ({@code bandKey mod shards}) keeps the record count per article bounded by the shard count instead of
 * units × bands; entries with the same band key always share a shard, hence a partition.
 */
public record BandBatch(String articleId, long articleTs, List<BandEntry> entries) {
}
