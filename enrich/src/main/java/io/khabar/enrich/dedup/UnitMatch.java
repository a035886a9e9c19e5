package io.khabar.enrich.dedup;

/**
 * {@code unit} repeats the earlier {@code match}.
 *
 * @param unit       the later unit
 * @param kind       paragraph-level or sentence-level
 * @param match      the earlier unit
 * @param similarity 1.0 for an exact repeat after normalization, else shingle Jaccard
 */
public record UnitMatch(UnitRef unit, MatchKind kind, UnitRef match, double similarity) {
}
