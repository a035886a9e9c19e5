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

    /** 1.0 for an exact repeat, else the Jaccard index of the shingles. */
    public double similarityTo(BandEntry other) {
        if (exactHash == other.exactHash) {
            return 1.0;
        }
        return Similarity.jaccard(features, other.features);
    }
}
