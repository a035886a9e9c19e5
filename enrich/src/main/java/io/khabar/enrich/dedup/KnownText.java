package io.khabar.enrich.dedup;

import java.util.List;

/**
 * A distinct text the band side has seen (within one epoch): its shingles, and the units seen carrying it.
 *
 * @param features sorted distinct shingle hashes (empty in exact mode)
 * @param copies   units with this text, in {@link UnitRef#ORDER}: the earliest one and the latest others, at most
 *                 {@link BandMatcher#maxCopies()} in all
 */
public record KnownText(int[] features, List<UnitRef> copies) {
}
