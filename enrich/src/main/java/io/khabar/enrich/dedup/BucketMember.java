package io.khabar.enrich.dedup;

import java.util.List;

/**
 * One distinct text in an LSH bucket: its shingles once, and the units seen carrying it.
 *
 * @param exactHash hash of the canonical token sequence (the text's identity)
 * @param features  sorted distinct shingle hashes (empty in exact mode)
 * @param copies    units with this text, in {@link UnitRef#ORDER}: the earliest one and the latest others, at most
 *                  {@link BandMatcher#maxCopies()} in all
 */
public record BucketMember(long exactHash, int[] features, List<UnitRef> copies) {
}
