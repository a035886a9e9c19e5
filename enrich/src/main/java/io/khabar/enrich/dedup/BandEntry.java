package io.khabar.enrich.dedup;

/**
 * One unit in one LSH bucket: what a band task stores and compares.
 *
 * @param unit      the unit and its order
 * @param bandKey   the bucket key
 * @param exactHash hash of the canonical token sequence
 * @param features  sorted distinct shingle hashes (empty in exact mode)
 */
public record BandEntry(UnitRef unit, long bandKey, long exactHash, int[] features) {
}
