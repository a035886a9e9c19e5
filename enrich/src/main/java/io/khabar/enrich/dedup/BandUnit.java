package io.khabar.enrich.dedup;

/**
 * One fingerprinted unit as the band side sees it: the unit, its text's identity and shingles, and those of its LSH
 * band keys that fall into one shard (all of them in dedup-eval). The shingles travel once per unit and shard, not
 * once per band key.
 *
 * @param unit      the unit
 * @param exactHash hash of the canonical token sequence (the text's identity)
 * @param features  sorted distinct shingle hashes (empty in exact mode)
 * @param bandKeys  the unit's band keys handled here
 * @param sketch    the unit's MinHash sketch ({@link Fingerprint#sketch()})
 */
public record BandUnit(UnitRef unit, long exactHash, int[] features, long[] bandKeys, byte[] sketch) {
}
